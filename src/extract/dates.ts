import type { Article } from '../article/article.js';
import type { DateEntity } from '../types.js';

export function findDates(_article: Article): DateEntity[] {
  return []; // placeholder until the date finder lands
}
