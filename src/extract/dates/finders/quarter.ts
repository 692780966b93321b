import { quarterOf, yearValue } from '../calendar.js';
import { determinerOfAdjective, patternCi, type DateMatch, type Finder, type Found } from '../finder.js';
import { yearOf } from '../values.js';
import { ORDINALS, QUARTER_ORDINAL } from '../vocabulary.js';

/** "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1990", "the first half" */
export const quarterFinder: Finder = {
  name: 'quarter',
  pattern: patternCi(
    `(?:\\b(?<own>this|last|next)\\s+year['’]s\\s+)?(?:\\bthe\\s+)?(?:(?<mod>fiscal|latest|current|year-earlier|year-ago)\\s+)?(?:`
    + `(?<before>\\d{4})\\s+)?`
    + `\\b(?<ordinal>${QUARTER_ORDINAL}|last(?=[\\s-]+half))[\\s-]+(?:fiscal[\\s-]+)?(?<unit>quarter|half)\\b`
    + '(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<after>\\d{4})|(?<rel>this|last|next)\\s+year))?',
  ),
  extract(m, ctx) {
    const { own, mod, before, after, rel } = m.groups;
    const ordinal = m.need('ordinal').toLowerCase();
    const half = m.need('unit').toLowerCase() === 'half';
    // "the first half of the '80s", "the last half of the century": a half of something else
    if (half && !after && !rel && /^\s+of\b/i.test(m.after(4))) return null;
    // "the last half of 1989": the second
    const n = half && ordinal === 'last' ? 2 : ORDINALS[ordinal]!;
    // "this year's third quarter" = 1989-Q3
    let year: string | null = before ?? after ?? (rel ? yearOf(ctx, rel) : own ? yearOf(ctx, own) : null);
    if (!year && ctx.dct) {
      // A quarter later than the current one is last year's in past-tense reports ("fourth quarter" in February).
      const current = half ? (ctx.dct.month <= 6 ? 1 : 2) : quarterOf(ctx.dct.month);
      year = yearValue(ctx.dct.year - (n > current && !ctx.future(m.index, m.end) ? 1 : 0));
    }
    if (/year-(?:earlier|ago)/i.test(mod ?? '') && year) year = yearValue(Number(year) - 1);
    return { value: `${year ?? 'XXXX'}-${half ? 'H' : 'Q'}${n}`, kind: 'date', skip: determinerOfAdjective(m.text) };
  },
};

/** "the first two quarters of 1990", "the last two quarters of next year": half of that year (1990-H1) */
export const twoQuartersFinder: Finder = {
  name: 'two-quarters',
  pattern: patternCi(
    '(?:\\bthe\\s+)?\\b(?<which>first|last|final|second)\\s+(?:two|2)\\s+(?:fiscal\\s+)?quarters\\s+of\\s+(?:fiscal\\s+)?(?:'
    + '(?<year>\\d{4})\\b|(?<rel>this|last|next)\\s+year\\b)',
  ),
  extract(m, ctx) {
    const year = m.groups.year ?? yearOf(ctx, m.groups.rel);
    return { value: `${year ?? 'XXXX'}-H${/^first$/i.test(m.need('which')) ? 1 : 2}`, kind: 'date' };
  },
};

// "the second and fourth quarters": two ordinals sharing one plural unit, each a quarter of any year (TimeML's
// set XXXX-Q2, as "six and nine months" are two durations)
const PAIR_END = `[\\s-]+(?:fiscal[\\s-]+)?quarters\\b`;

function pairValue(m: DateMatch): Found {
  return { value: `XXXX-Q${ORDINALS[m.need('ordinal').toLowerCase()]!}`, kind: 'set' };
}

/** "second" in "the second and fourth quarters" */
export const quarterPairFirstFinder: Finder = {
  name: 'quarter-pair',
  pattern: patternCi(`\\b(?<ordinal>${QUARTER_ORDINAL})(?=\\s+(?:and|or)\\s+(?:${QUARTER_ORDINAL})${PAIR_END})`),
  extract: pairValue,
};

/** "fourth quarters" in "the second and fourth quarters" */
export const quarterPairSecondFinder: Finder = {
  name: 'quarter-pair',
  pattern: patternCi(`(?<=\\b(?:${QUARTER_ORDINAL})\\s+(?:and|or)\\s+)\\b(?<ordinal>${QUARTER_ORDINAL})${PAIR_END}`),
  extract: pairValue,
};
