import { dayValue, validDay } from '../calendar.js';
import type { DateContext } from '../context.js';
import { pattern, type DateMatch, type Finder, type Found } from '../finder.js';
import { resolveMonthDay } from '../values.js';
import { MONTH, MONTHS, ORDINAL_DAY, WEEKDAY, ordinalValue, year } from '../vocabulary.js';

/** A day of a month, with its year or resolved against the document date ("March 21, 2024", "21 March"). */
function monthDay(ctx: DateContext, m: DateMatch, monthWord: string, dayWord: string, yearDigits: string | undefined): Found | null {
  const month = MONTHS[monthWord.toLowerCase()]!;
  const day = /^\d/.test(dayWord) ? parseInt(dayWord, 10) : ordinalValue(dayWord);
  if (yearDigits) {
    const y = Number(yearDigits);
    return validDay(y, month, day) ? { value: dayValue({ year: y, month, day }), kind: 'date' } : null;
  }
  if (day < 1 || day > 31) return null;
  return { value: resolveMonthDay(ctx, month, day, m.index, m.end), kind: 'date' };
}

const YEAR = `(?:,?\\s+${year('year')})?`;

/** "March 21, 2024", "Friday, March 21", "Aug. 9", "Sept. 30, 1989", "March eighth" */
export const monthDayFinder: Finder = {
  name: 'month-day',
  pattern: pattern(
    `\\b(?:${WEEKDAY},?\\s+)?(?<month>${MONTH})\\.?\\s+(?<day>\\d{1,2}(?:st|nd|rd|th)?(?!\\d|:\\d|,\\d|\\.\\d)|${ORDINAL_DAY})${YEAR}`,
  ),
  extract: (m, ctx) => monthDay(ctx, m, m.need('month'), m.need('day'), m.groups.year),
};

/**
 * "the summit on April 24 and 25", "March 3 or 4, 1999": the second day of a pair shares the first one's month (and
 * year); TimeML marks it as a date of its own. Not a count that follows ("on May 5 and 6 people died").
 */
export const monthDayPairFinder: Finder = {
  name: 'month-day-pair',
  pattern: pattern(
    `(?<=\\b(?<month>${MONTH})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:and|or|&)\\s{1,3})(?<day>\\d{1,2})(?:st|nd|rd|th)?`
    + '(?![\\d%:.,/-]\\d|\\d|\\s*(?:%|-)|\\s+(?:percent|per|of|people|persons|men|women|children|years?|months?|weeks?|days?|hours?'
    + '|minutes?'
    + `|times|million|billion|thousand|hundred|dollars|cents)\\b)${YEAR}`,
  ),
  extract: (m, ctx) => monthDay(ctx, m, m.need('month'), m.need('day'), m.groups.year),
};

/** "21 March 2024", "the 4th of July", "the twenty-first of June" */
export const dayMonthFinder: Finder = {
  name: 'day-month',
  pattern: pattern(
    `(?:\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?|\\b(?:[Tt]he\\s+)?(?<dayWord>${ORDINAL_DAY})\\s+of\\s+)`
    + `(?<month>${MONTH})\\b\\.?${YEAR}`,
  ),
  extract: (m, ctx) => monthDay(ctx, m, m.need('month'), m.groups.day ?? m.need('dayWord'), m.groups.year),
};
