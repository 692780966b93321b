import type { Article } from '../article/article.js';
import type { Entity } from '../types.js';
import type { Found } from './context.js';

export function findInitiatives(_article: Article, _found: Pick<Found, 'countries' | 'organizations' | 'people' | 'places'>): Entity[] {
  return []; // placeholder until the initiative finder lands
}
