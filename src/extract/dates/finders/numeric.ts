import { dayValue, validDay } from '../calendar.js';
import { pattern, type Finder } from '../finder.js';

/** "1997-10-08", "10/8/1997", "10/8/97" (month first, as American news writes it) */
export const numericFinder: Finder = {
  name: 'numeric',
  pattern: pattern(
    '\\b(?:(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})|(?<month>\\d{1,2})/(?<day>\\d{1,2})/(?<year>\\d{4}'
    + '|\\d{2}))\\b(?![/-]\\d)',
  ),
  extract(m) {
    const g = m.groups;
    const twoDigits = (yy: string): number => 1900 + Number(yy) + (Number(yy) < 50 ? 100 : 0);
    const [year, month, day] = g.isoYear
      ? [Number(g.isoYear), Number(g.isoMonth), Number(g.isoDay)]
      : [m.need('year').length === 2 ? twoDigits(m.need('year')) : Number(g.year), Number(g.month), Number(g.day)];
    return validDay(year, month, day) ? { value: dayValue({ year, month, day }), kind: 'date' } : null;
  },
};
