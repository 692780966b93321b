import { patternCi, type Finder } from '../finder.js';
import { duration } from '../values.js';
import { MONTH, MONTHS, PART, PARTS, SEASON, SEASONS, SETS, UNIT, WEEKDAY, WEEKDAYS, alt } from '../vocabulary.js';

// "its quarterly dividend": a word follows, and it is no preposition or conjunction
const BEFORE_NOUN = /^\s+(?!(?:and|or|to|in|on|at|for|from|by|since|until|than|as|but|with|through|during|over)\b)[A-Za-z]/;

/** "daily", "every day", "each year", "annually", "per year", "each July", "every summer" */
export const setFinder: Finder = {
  name: 'set',
  pattern: patternCi(
    `\\b(?:(?<adverb>${alt(Object.keys(SETS))})|(?:every|each|per)\\s+(?<unit>${UNIT}|${WEEKDAY.toLowerCase()}|${PART}|${SEASON})|(?:every`
    + `|each)\\s+(?<month>${MONTH}))\\b`,
  ),
  extract(m) {
    const { adverb, month } = m.groups;
    // "each July": that month of every year
    if (month) {
      if (!/^(?:May|[A-Z][a-z]{3,})$/.test(month)) return null;
      return { value: `XXXX-${String(MONTHS[month.toLowerCase()]).padStart(2, '0')}`, kind: 'set' };
    }
    if (adverb) {
      // TimeML annotates the adjective too ("a daily rally" is a SET); TimeBank's financial news leaves out the
      // adjectives of payments and reports ("its quarterly dividend"), so only those less frequent words are skipped
      const after = m.after(16);
      if (!/^(?:daily|weekly|nightly)$/i.test(adverb) && BEFORE_NOUN.test(after)) return null;
      // "to rise 8.5% annually", "average daily volume": a rate or an average of amounts, not a recurring time
      if (/\d\s*(?:%|percent)\s*$/i.test(m.before(12)) || /\baverage\s+$/i.test(m.before(9))) return null;
      return { value: SETS[adverb.toLowerCase()]!, kind: 'set' };
    }
    const w = m.need('unit').toLowerCase();
    if (WEEKDAYS[w]) return { value: `XXXX-WXX-${WEEKDAYS[w]}`, kind: 'set' };
    if (PARTS[w]) return { value: `XXXX-XX-XXT${PARTS[w]}`, kind: 'set' };
    // "every summer": that season of every year
    if (SEASONS[w]) return { value: `XXXX-${SEASONS[w]}`, kind: 'set' };
    return { value: duration(1, w), kind: 'set' };
  },
};
