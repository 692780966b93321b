import { pattern, type DateMatch, type Finder } from '../finder.js';

// Two years joined by a hyphen or a dash: "2004-2005", "1961-62", "1998–99"; the second after the first, within a
// generation (a span of years, not a phone number or a score), neither part of a longer number or an amount
const FIRST = '(?<![\\d$£#.,-])\\b(?<first>1[6-9]\\d\\d|20\\d\\d)';
const SECOND = '(?<second>1[6-9]\\d\\d|20\\d\\d|\\d\\d)\\b(?![\\d%]|,\\d|\\.\\d|-\\d)';

/** The second year of "1961-62" in full: 1962; null when the pair is no range of years. */
function secondYear(first: string, second: string): number | null {
  const a = Number(first);
  let b = Number(second);
  if (second.length === 2) {
    b = Math.floor(a / 100) * 100 + b;
    if (b <= a) b += 100;
  }
  return b > a && b - a <= 30 ? b : null;
}

const isRange = (m: DateMatch): boolean => secondYear(m.need('first'), m.need('second')) !== null;

/** "the 2004-2005 season", "in 1961-62": the first year of a range (HeidelTime and TimeML mark each year) */
export const yearRangeFirstFinder: Finder = {
  name: 'year-range',
  pattern: pattern(`${FIRST}(?=\\s?[-–]\\s?${SECOND})`),
  extract: (m) => (isRange(m) ? { value: m.need('first'), kind: 'date' } : null),
};

/** ... and the second: "62" in "1961-62" is 1962 */
export const yearRangeSecondFinder: Finder = {
  name: 'year-range',
  pattern: pattern(`(?<=${FIRST}\\s?[-–]\\s?)${SECOND}`),
  extract(m) {
    const y = secondYear(m.need('first'), m.need('second'));
    return y === null ? null : { value: String(y), kind: 'date' };
  },
};
