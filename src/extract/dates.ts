import type { Article } from '../article/article.js';
import type { DateEntity, DateKind } from '../types.js';
import { FINDERS, REFINERS } from './dates/configuration.js';
import { makeContext, type TenseToken } from './dates/context.js';
import { runFinder, type Timex } from './dates/finder.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';

/**
 * Every temporal expression of the article body with its TIMEX3 value, in the manner of chrono and HeidelTime: the
 * finders of `dates/configuration.ts` (one pattern family each, with its normalization), then its refiners (overlaps
 * resolved in favour of the longest expression, anaphora, narrative time, ...), then mentions grouped by value.
 * Each mention's `why` names the finder and the refiners that made it.
 */
export function findDates(article: Article): DateEntity[] {
  const timexes = findTimexes(article.body, article.documentDate, article.tokens);
  const candidates: Candidate<{ value: string; kind: DateKind }>[] = [];
  for (const t of timexes) {
    const mention = makeMention(article.text, t.start, t.end);
    if (!mention) continue;
    mention.why = t.why;
    candidates.push({ key: t.value, name: mention.text, mention, data: { value: t.value, kind: t.kind } });
  }
  return groupEntities(candidates) as DateEntity[];
}

/** The temporal expressions of `body`, non-overlapping, in text order. */
export function findTimexes(body: string, documentDate: string | null, tokens: readonly TenseToken[]): Timex[] {
  const ctx = makeContext(body, documentDate, tokens);
  let timexes = FINDERS.flatMap((finder) => runFinder(finder, body, ctx));
  const refine = { body, documentDate, dct: ctx.dct };
  for (const refiner of REFINERS) timexes = refiner.refine(timexes, refine);
  return timexes;
}
