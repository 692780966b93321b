import { patternCi, type Finder } from '../finder.js';
import { duration } from '../values.js';
import { UNIT, alt, words } from '../vocabulary.js';

/** "several years", "a few weeks", "recent years", "for years", "months ago" */
export const vagueAmountFinder: Finder = {
  name: 'vague-amount',
  pattern: patternCi(
    `\\b(?:(?:the\\s+)?(?:past|last|next|coming)\\s+)?(?<vague>${alt(words.vague)}|(?<=\\bfor\\s)|(?<=\\bin\\s)|(?<=\\bover\\s)|`
    + `(?<=\\bwithin\\s))`
    + `\\s*\\b(?<unit>${UNIT})s\\b(?:\\s+(?<ago>ago))?`,
  ),
  extract(m) {
    if (m.groups.ago) return { value: 'PAST_REF', kind: 'date' };
    const unit = m.need('unit');
    if (!m.groups.vague && !/^(?:year|month|week|decade|centur)/i.test(unit)) return null;
    return { value: duration(null, unit), kind: 'duration' };
  },
};

/** "day-long", "decades-long", "several-year": durations as adjectives */
export const adjectivalDurationFinder: Finder = {
  name: 'long',
  pattern: patternCi(`\\b(?:(?<unit>${UNIT})(?<plural>s)?-long|(?:several|few|many|multi)-(?<vagueUnit>${UNIT}))\\b`),
  extract(m) {
    const { unit, plural } = m.groups;
    if (unit) return { value: duration(plural ? null : 1, unit), kind: 'duration' };
    return { value: duration(null, m.need('vagueUnit')), kind: 'duration' };
  },
};
