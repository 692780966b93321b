import { addDays, dayNumber, dayValue, daysInMonth, weekday, type Day } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';
import { FLOATING, HOLIDAYS, alt } from '../vocabulary.js';

/** "Christmas", "Thanksgiving Day", "New Year's Day", "Election Day", "Labor Day", "Mother's Day 1999" */
export const holidayFinder: Finder = {
  name: 'holiday',
  pattern: patternCi(`\\b(?<holiday>${alt([...Object.keys(HOLIDAYS), ...Object.keys(FLOATING)])})\\b(?:,?\\s+(?<year>\\d{4})\\b)?`),
  extract(m, ctx) {
    const holiday = m.need('holiday');
    if (!/^[A-Z]/.test(holiday)) return null;
    const name = holiday.toLowerCase();
    const stated = m.groups.year;
    const year = stated ? Number(stated) : ctx.dct ? ctx.dct.year : null;
    if (year === null) return { value: 'XXXX-XX-XX', kind: 'date' };
    const tense = stated || !ctx.dct ? null : ctx.tense(m.index, m.end);
    const on = dayInYear(name);
    return { value: dayValue(stated || !ctx.dct ? on(year) : nearest(ctx.dct, on, year, tense)), kind: 'date' };
  },
};

/** The day of a holiday in a given year: a fixed date, or the n-th weekday of a month ("Election Day"). */
function dayInYear(name: string): (y: number) => Day {
  const rule = FLOATING[name];
  if (!rule) {
    const md = HOLIDAYS[name]!;
    return (y) => ({ year: y, month: Number(md.slice(0, 2)), day: Number(md.slice(3)) });
  }
  // the n-th weekday of a month on or after a day ("Election Day": the Tuesday after the first Monday of November)
  const [month, wd, n, from] = rule as [number, number, number, number];
  return (y) => {
    if (n < 0) {
      const last: Day = { year: y, month, day: daysInMonth(y, month) };
      return addDays(last, -((weekday(last) - wd + 7) % 7));
    }
    const first = from + ((wd - weekday({ year: y, month, day: from }) + 7) % 7);
    return { year: y, month, day: first + 7 * (n - 1) };
  };
}

const HOLIDAY_CLOSE_DAYS = 7;

/** The last one in past-tense sentences, the next one in future ones, else the nearest ("from now to Election Day"). */
function nearest(dct: Day, on: (y: number) => Day, year: number, tense: string | null): Day {
  const days = (x: Day): number => dayNumber(x) - dayNumber(dct);
  // "billboards that were driving along highways during the Labor Day weekend", written two days before it: a
  // holiday days away is this one whatever the tense
  const close = (x: Day): boolean => Math.abs(days(x)) <= HOLIDAY_CLOSE_DAYS;
  const fits = (x: Day): boolean => close(x) || (tense === 'past' ? days(x) <= 0 : tense === 'future' ? days(x) >= 0 : true);
  const options = [on(year - 1), on(year), on(year + 1)].filter(fits);
  return options.reduce((a, b) => (Math.abs(days(b)) < Math.abs(days(a)) ? b : a));
}
