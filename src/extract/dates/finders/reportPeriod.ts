import { quarterOf, yearValue } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';
import { lastQuarter } from '../values.js';

/**
 * Earnings reports name their quarter once and then refer back to it: "the quarter", "the year-ago quarter", "the
 * corresponding period last year". These finders give the quarter just ended (or that quarter a year before) and mark
 * the value as an anaphor, which the anaphora refiner binds to the quarter the report named.
 */

/** "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period" */
export const theQuarterFinder: Finder = {
  name: 'the-quarter',
  pattern: patternCi(
    '\\bthe\\s+(?:(?<mod>latest|current|most\\s+recent|year-earlier|year-ago|previous|prior)\\s+)?(?<unit>quarter|period)\\b',
  ),
  extract(m, ctx) {
    const mod = (m.groups.mod ?? '').toLowerCase();
    const period = m.need('unit').toLowerCase() === 'period';
    if (period && !mod.startsWith('year') && mod !== 'latest') return null;
    // "the quarter-to-quarter comparison"
    if (/^-/.test(m.after(1))) return null;
    if (!ctx.quarterly && period) return null;
    if (mod === 'current') return { value: ctx.dct ? `${yearValue(ctx.dct.year)}-Q${quarterOf(ctx.dct.month)}` : 'XXXX-QX', kind: 'date' };
    const back = mod.startsWith('year') ? 4 : mod === 'previous' || mod === 'prior' ? 1 : 0;
    const value = lastQuarter(ctx, back);
    if (back === 0) return { value, kind: 'date', anaphor: 'quarter' };
    if (back === 4) return { value, kind: 'date', anaphor: 'quarter-year-before' };
    return { value, kind: 'date' };
  },
};

/**
 * "the corresponding period last year", "last year's quarter", "the 1988 quarter": the reported quarter of another
 * year, in articles that report by quarters
 */
export const reportPeriodFinder: Finder = {
  name: 'report-period',
  pattern: patternCi(
    '\\bthe\\s+(?:(?:corresponding|comparable|same)\\s+(?<ago>year-ago\\s+|year-earlier\\s+)?(?:quarter|period)'
    + '(?:\\s+(?<when>last\\s+year|a\\s+year\\s+(?:ago|earlier)|of\\s+(?:the\\s+)?(?:previous|prior)\\s+year|(?:of|in)\\s+'
    + '(?<ofYear>\\d{4})))?'
    + "|(?<yearFirst>\\d{4})\\s+(?:quarter|period))\\b|\\blast\\s+year['’]s\\s+(?:quarter|period)\\b"
    // "for the quarter a year ago, the bank earned $16 million": the reported quarter, a year back
    + '|\\bthe\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)\\b',
  ),
  extract(m, ctx) {
    if (!ctx.quarterly || !ctx.dct) return null;
    const { ago, when, ofYear, yearFirst } = m.groups;
    const year = ofYear ?? yearFirst;
    if (year) {
      // "net was $306 million in the first nine months, against $195 million in the 1988 period": that span's year
      if (yearFirst && /\b(?:months|half)\b/i.test(m.before(100))) return null;
      return { value: `${year}-Q${lastQuarter(ctx).slice(-1)}`, kind: 'date', anaphor: 'quarter-in-year' };
    }
    if (/^the\s+(?:corresponding|comparable|same)/i.test(m.text) && !ago && !when) return null; // "the same period": of what?
    return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
  },
};

/** "year-earlier" results: the same period a year before */
export const yearEarlierFinder: Finder = {
  name: 'year-earlier',
  pattern: patternCi('\\byear-(?:earlier|ago)\\b(?![\\s-]+(?:quarter|period))'),
  extract(m, ctx) {
    if (!ctx.dct) return { value: 'XXXX', kind: 'date' };
    if (ctx.quarterly) return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
    return { value: yearValue(ctx.dct.year - 1), kind: 'date' };
  },
};
