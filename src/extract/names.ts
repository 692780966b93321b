import type { Article } from '../article/article.js';
import type { Entity, PersonEntity } from '../types.js';
import type { Found } from './context.js';

export interface Names {
  people: PersonEntity[];
  organizations: Entity[];
  places: Entity[];
}

export function findNames(_article: Article, _found: Pick<Found, 'countries' | 'dates'>): Names {
  return { people: [], organizations: [], places: [] }; // placeholder until the name finder lands
}
