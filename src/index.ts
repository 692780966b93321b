export { extract, extractArticle } from './extract.js';
export { parseArticle } from './article/article.js';
export type { Article, Token, Sentence, ParseOptions } from './article/article.js';
export { KINDS } from './types.js';
export type {
  CountryEntity,
  DateEntity,
  DateKind,
  Entity,
  ExtractOptions,
  Extraction,
  Kind,
  Mention,
  PersonEntity,
  RoleEntity,
  RoleLink,
} from './types.js';
export { HtmlPageWriter, toHtml, toHtmlBatch } from './output/html.js';
export type { HtmlBatchItem, HtmlOptions } from './output/html.js';
