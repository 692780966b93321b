import type { Article } from '../article/article.js';
import type { CountryEntity } from '../types.js';

export function findCountries(_article: Article): CountryEntity[] {
  return []; // placeholder until the country finder lands
}
