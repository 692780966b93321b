import type { Token } from '../article/article.js';
import type { Entity } from '../types.js';
import { overlaps } from './mentions.js';

// Token helpers more than one extractor needs, kept once.

/** A sentence or clause boundary in `post` (a token's trailing text): a comma, period, dash, parenthesis. */
export const breaksAfter = (t: Token, post: string = t.post): boolean => /[,.;:!?()\u2013\u2014"]|\s-\s/u.test(post);

/** Hyphen-joined to the next token ("vice-president", "Port-" of "Port-au-Prince"). */
export const joinedAfter = (t: Token): boolean => t.post === '-';

/**
 * 1 for each token that an entity's mention covers: any character of it (`overlap`), or all of it (`inside`).
 * Linear: the mentions are sorted once and only the next few still open are checked for each token (mentions
 * rarely nest more than a couple deep).
 */
export function markTokens(tokens: readonly Token[], entities: readonly Entity[], how: 'overlap' | 'inside' = 'overlap'): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const spans = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const inside = how === 'inside';
  let j = 0;
  for (const t of tokens) {
    while (j < spans.length && spans[j]!.end <= t.start) j++;
    for (let k = j; k < spans.length && k < j + 4 && (inside ? spans[k]!.start <= t.start : spans[k]!.start < t.end); k++) {
      if (inside ? spans[k]!.end >= t.end : overlaps(spans[k]!, t)) { out[t.index] = 1; break; }
    }
  }
  return out;
}
