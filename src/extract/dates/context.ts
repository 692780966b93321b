import { parseDay, type Day } from './calendar.js';
import words from './words.json' with { type: 'json' };

/** What a rule knows when it resolves a match: the document date and the tense around the match. */
export interface DateContext {
  /** The document date, or null: relative expressions then keep X placeholders (`XXXX-12`). */
  dct: Day | null;
  /** True when the sentence holding `offset` speaks of the future ("will", "next", "is expected to"). */
  future(offset: number): boolean;
  /** True when the article reports by fiscal quarters: "a year earlier" then means the same quarter a year ago. */
  quarterly: boolean;
  body: string;
}

const FUTURE = new RegExp(`(?:^|[^\\w'’])(?:${words.futureMarkers.map(escape).join('|')})(?![\\w])`, 'i');
const QUARTERLY = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b/i;

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sentences are located by binary search over their starts; a sentence's tense is computed once. The future test
 * looks at the whole sentence: "The launch ... in December" (past) vs "The launch will take place in December".
 */
export function makeContext(
  body: string,
  documentDate: string | null,
  sentences: readonly { start: number; end: number }[],
): DateContext {
  const cache = new Map<number, boolean>();
  const starts = sentences.map((s) => s.start);
  return {
    dct: documentDate ? parseDay(documentDate) : null,
    body,
    quarterly: QUARTERLY.test(body),
    future(offset: number): boolean {
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (found < 0) return false;
      const hit = cache.get(found);
      if (hit !== undefined) return hit;
      const s = sentences[found]!;
      const result = FUTURE.test(body.slice(s.start, s.end));
      cache.set(found, result);
      return result;
    },
  };
}
