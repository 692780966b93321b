import { addDays, weekValue, weekday, yearValue } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';

/** "year-end", "the end of the year", "the year": the document's year; "for the year", "the fiscal year": a year's span */
export const theYearFinder: Finder = {
  name: 'the-year',
  pattern: patternCi(
    "\\b(?:year[-\\s]end|year's\\s+end|(?:the\\s+)?end\\s+of\\s+the\\s+year|the\\s+(?:(?:full|fiscal|latest\\s+fiscal"
    + "|current\\s+fiscal)\\s+)?year)\\b"
    + '(?![\\s-]+(?:earlier|ago|before|old|later)\\b|\\s+\\d)',
  ),
  extract(m, ctx) {
    if (/Year/.test(m.text)) return null; // "Player of the Year": a title
    const t = m.text.toLowerCase();
    // "revenue for the year ended March 31", "in the fiscal year ending June 30": a span of a year (P1Y, TimeBank 7 of
    // 8); "a high for the year", "the first nine months of the year", "the full year": the document's year
    if (/^the\s+(?:fiscal\s+)?year$/.test(t) && /^\s+(?:ended|ending)\b/i.test(m.after(12))) return { value: 'P1Y', kind: 'duration' };
    // "complete the deal by year-end": December 31 (TimeBank, 2 of 2); "since year-end": the last one
    if (/^year-end$/.test(t) && ctx.dct) {
      return { value: `${yearValue(ctx.dct.year - (/\bsince\s+$/.test(m.before(8).toLowerCase()) ? 1 : 0))}-12-31`, kind: 'date' };
    }
    return { value: ctx.dct ? yearValue(ctx.dct.year) : 'XXXX', kind: 'date' };
  },
};

/** "the weekend": the weekend just past, or the coming one in future sentences */
export const weekendFinder: Finder = {
  name: 'weekend',
  pattern: patternCi('\\bthe\\s+weekend\\b'),
  extract(m, ctx) {
    const d = ctx.dct;
    if (!d) return { value: 'XXXX-WXX-WE', kind: 'date' };
    const future = ctx.future(m.index, m.end);
    const back = future || weekday(d) >= 6 ? 0 : 7;
    return { value: `${weekValue(addDays(d, -back))}-WE`, kind: 'date' };
  },
};
