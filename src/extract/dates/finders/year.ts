import { patternCi, type Finder } from '../finder.js';
import { EDGE, ZONE } from '../vocabulary.js';

/**
 * "fiscal 1989", "the end of 1990", "1997", "mid-1996", "post-1959"; not an amount ("$1990", "1990%", "1,990"),
 * a range's second number ("1988-1990" keeps only its first), nor a 24-hour time ("1600 GMT", "2000 hours")
 */
export const yearFinder: Finder = {
  name: 'year',
  pattern: patternCi(
    `(?:\\b(?:fiscal(?:\\s+year)?|calendar(?:\\s+year)?|pre-|post-|${EDGE})\\s*)?(?<![\\d$£#.,])(?<!(?<!\\b(?:mid|pre|post))-)\\b`
    + `(?<year>1[6-9]\\d\\d|20\\d\\d)\\b`
    + `(?![\\d%]|,\\d|\\.\\d|-\\d\\d\\d|\\s*(?:%|percent|per\\s+cent|${ZONE}|local\\s+time|hours?\\b|hrs\\b))`,
  ),
  extract: (m) => ({ value: m.need('year'), kind: 'date' }),
};
