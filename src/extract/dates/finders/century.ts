import { patternCi, type Finder } from '../finder.js';

/** "the 20th century", "the early 19th century": TIMEX3 gives a century its first two digits (19, 18) */
export const centuryFinder: Finder = {
  name: 'century',
  pattern: patternCi('(?:\\bthe\\s+)?(?:(?:early|late|mid-?)\\s*)?\\b(?<ordinal>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b'),
  extract: (m) => ({ value: String(Number(m.need('ordinal')) - 1).padStart(2, '0'), kind: 'date' }),
};
