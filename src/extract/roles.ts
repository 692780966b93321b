import type { Article } from '../article/article.js';
import type { RoleEntity } from '../types.js';
import type { Found } from './context.js';

export function findRoles(_article: Article, _found: Pick<Found, 'people' | 'organizations' | 'countries' | 'places'>): RoleEntity[] {
  return []; // placeholder until the role finder lands
}
