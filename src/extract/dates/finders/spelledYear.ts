import { monthValue } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';
import { CENTURIES, CENTURY_WORD, DIGIT_WORD, MONTH, MONTHS, SEASON, SEASONS, TEEN, TENS, numberValue } from '../vocabulary.js';

/** "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven": years spoken in broadcast transcripts */
export const spelledYearFinder: Finder = {
  name: 'spelled-year',
  pattern: patternCi(
    `(?:\\b(?<month>${MONTH})\\s+(?:of\\s+)?|\\bthe\\s+(?<season>${SEASON})\\s+of\\s+)?\\b(?:(?:the\\s+year\\s+)?`
    + `(?<millennium>two\\s+thousand)`
    + `(?:\\s+(?:and\\s+)?(?<ones>${DIGIT_WORD}|ten))?|(?<century>${CENTURY_WORD})[\\s-]+(?<tens>${TENS}|${TEEN})(?:[\\s-]+`
    + `(?<unit>${DIGIT_WORD}))?)\\b`,
  ),
  extract(m) {
    // "January nineteen ninety-seven" (1997-01), "the winter of nineteen ninety-four" (1994-WI)
    const { month, season, millennium, ones, unit } = m.groups;
    if (month && !/^[A-Z][a-z]/.test(month)) return null; // "may nineteen ..." is no month
    let year: number;
    if (millennium) year = 2000 + (ones ? numberValue(ones) ?? 0 : 0);
    else {
      const century = CENTURIES[m.need('century').toLowerCase()]!;
      year = century * 100 + (numberValue(m.need('tens')) ?? 0) + (unit ? numberValue(unit) ?? 0 : 0);
    }
    if (month) return { value: monthValue(year, MONTHS[month.toLowerCase()]!), kind: 'date' };
    if (season) return { value: `${year}-${SEASONS[season.toLowerCase()]}`, kind: 'date' };
    return { value: String(year), kind: 'date' };
  },
};
