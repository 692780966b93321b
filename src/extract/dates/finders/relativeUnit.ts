import { addDays, addMonths, monthValue, weekValue } from '../calendar.js';
import type { DateContext } from '../context.js';
import { patternCi, type DateMatch, type Finder, type Found } from '../finder.js';
import { directionOf, duration, lastQuarter, seasonValue, shifted } from '../values.js';
import { SEASON, SEASONS } from '../vocabulary.js';

// "the next year or so": likewise the coming calendar unit (1 of 1 on timebank-dev)
const THE_NEXT_CAL = true;

/** "last year", "this month", "earlier this year", "next week", "the past year", "this summer", "last fall", "the next year or so" */
export const relativeUnitFinder: Finder = {
  name: 'relative-unit',
  pattern: patternCi(
    '(?:\\b(?<adverb>earlier|later|early|late|mid-)\\s*)?\\b(?<rel>this\\s+past|this|last|next|past|coming|previous|current'
    + '|the\\s+past|the\\s+coming'
    + `|the\\s+previous|the\\s+next|the\\s+current|the\\s+last|that)\\s+(?<unit>week(?:end)?|month|year|quarter|decade|century`
    + `|${SEASON})\\b(?:\\s+or\\s+so\\b)?`,
  ),
  extract(m, ctx) {
    // "this past weekend", "this past spring": the last one
    const rel = m.need('rel').toLowerCase().replace(/\s+/g, ' ').replace(/^this past$/, 'last');
    // ABC's "This Week", "Next Year in Jerusalem": a capitalised unit makes a title
    if (/^[A-Z][a-z]/.test(m.need('unit'))) return null;
    const unit = m.need('unit').toLowerCase();
    const d = ctx.dct;
    if (rel === 'that') return null;
    // "the past year", "the next month": a stretch of time, not a calendar unit
    // "the past year", "the last decade": TimeBank mostly gives the calendar unit before the document's (4 of 5
    // on timebank-dev), "past decade" without the determiner a stretch of time
    const calendarPast = (rel === 'the past' || rel === 'the last') && !SEASONS[unit] && unit !== 'weekend';
    const comingCalendar = THE_NEXT_CAL && (rel === 'the next' || rel === 'the coming');
    if (((rel.startsWith('the ') && rel !== 'the current') || rel === 'past') && !calendarPast && !comingCalendar) {
      if (SEASONS[unit] || unit === 'weekend') return null;
      return { value: duration(1, unit), kind: 'duration' };
    }
    // "over the coming decade", "the next century": a stretch ahead of the speaker, not a calendar decade (P10Y)
    if ((rel === 'the next' || rel === 'the coming') && (unit === 'decade' || unit === 'century')) {
      return { value: duration(1, unit), kind: 'duration' };
    }
    // "this century": TimeBank gives the span of a hundred years (2 of 2 on timebank-dev)
    if (rel === 'this' && unit === 'century') return { value: 'P100Y', kind: 'duration' };
    const dir = directionOf(rel);
    const n = dir === 'last' ? 1 : dir === 'next' ? -1 : 0;
    if (SEASONS[unit]) return { value: seasonValue(ctx, unit, rel, m.index, m.end), kind: 'date' };
    if (!d) return { value: unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX', kind: 'date' };
    if (rel === 'last' && unit === 'year' && !m.groups.adverb && ctx.quarterly) {
      const quarter = lastYearsQuarter(m, ctx);
      if (quarter) return quarter;
    }
    if (unit === 'weekend') return { value: `${weekValue(addDays(d, -7 * n))}-WE`, kind: 'date' };
    return { value: shifted(ctx, n, unit), kind: 'date' };
  },
};

/**
 * "In the latest quarter, it earned $24 million, compared with a loss of $3 million last year", "sales in the
 * period rose from last year's $1.55 billion": in a quarterly report, when the sentence or the one before speaks
 * of the quarter, the figure of the same quarter a year before (a year after a span of months); "earnings for
 * this year, up from last year's" compares years
 */
function lastYearsQuarter(m: DateMatch, ctx: DateContext): Found | null {
  // (the expression's own capital letter ends the sentence before it: "... from Hugo. Last year ...")
  const sentences = ctx.body.slice(Math.max(0, m.index - 400), m.index + 1).split(/[.!?]["'\u201d]?\s+(?=[A-Z"'\u201c])/);
  const own = (sentences[sentences.length - 1] ?? '').slice(0, -1);
  const near = (sentences[sentences.length - 2] ?? '') + ' ' + own;
  const rest = m.after(60).split(/[.!?]\s/)[0]!;
  if (/\b(?:compared\s+with|from|against|versus)\b/i.test(own) && /[$%#]|\bcents?\b/.test(own + rest)
    && /\b(?:quarter|period)\b/i.test(near) && !/\byear\b/i.test(own + ' ' + rest)) {
    return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
  }
  return null;
}

/**
 * "at the end of this week", "the beginning of next month", "by the end of the month": the edge of a deictic week or
 * month is part of the expression (TimeML), its value that week or month ("the month": the current one)
 */
export const edgeOfUnitFinder: Finder = {
  name: 'edge-of-unit',
  pattern: patternCi(
    '\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?<rel>this|next|last|the)\\s+(?<unit>week|month)\\b(?!\\s+of\\b)',
  ),
  extract(m, ctx) {
    const d = ctx.dct;
    const rel = m.need('rel').toLowerCase();
    const shift = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
    if (/^week$/i.test(m.need('unit'))) return { value: d ? weekValue(addDays(d, 7 * shift)) : 'XXXX-WXX', kind: 'date' };
    if (!d) return { value: 'XXXX-XX', kind: 'date' };
    const x = addMonths(d.year, d.month, shift);
    return { value: monthValue(x.year, x.month), kind: 'date' };
  },
};
