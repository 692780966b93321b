import { patternCi, type Finder } from '../finder.js';
import { duration } from '../values.js';
import { NUM, UNIT, numberValue } from '../vocabulary.js';

/**
 * "twice a year", "once a week", "three times a day", "four times per season": a frequency, which TimeML marks as a
 * SET of the unit (the count is its `freq` attribute, outside the value): P1Y, P1W, P1D
 */
export const frequencyFinder: Finder = {
  name: 'frequency',
  pattern: patternCi(
    `\\b(?<count>once|twice|thrice|${NUM}\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>${UNIT})\\b`
    + '(?!\\s+(?:ago|earlier|later|before))', // "twice a year ago" counts back, no frequency
  ),
  extract(m) {
    const count = m.need('count').toLowerCase();
    if (/times$/.test(count) && !(numberValue(count.replace(/\s+times$/, '')) ?? 0)) return null;
    return { value: duration(1, m.need('unit')), kind: 'set' };
  },
};
