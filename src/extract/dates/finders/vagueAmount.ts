import { patternCi, type Finder } from '../finder.js';
import { duration } from '../values.js';
import { UNIT, alt, words } from '../vocabulary.js';

// A bare plural unit measures time after a preposition of extent or a verb of taking time: "for years", "within
// weeks", "took months", "spent hours"
const EXTENT = '(?:for|in|over|within|took|take|takes|taking|lasted|lasts|spent|spend|spends|spending)';

/**
 * "several years", "a few weeks", "recent years", "for years", "for hours", "took months", "(just) months ago", "in coming
 * weeks", "in past years"; "weeks or months", "recent weeks and months": a coordinated second unit joins the span
 */
export const vagueAmountFinder: Finder = {
  name: 'vague-amount',
  pattern: patternCi(
    `\\b(?:(?:the\\s+)?(?:past|last|next|coming)\\s+)?(?<vague>${alt(words.vague)}|(?<=\\b${EXTENT}\\s)|(?=${UNIT}s\\s+ago\\b))`
    + `\\s*\\b(?<unit>${UNIT})s\\b(?:\\s+(?:or|and)\\s+(?:${UNIT})s\\b)?(?:\\s+(?<ago>ago))?`,
  ),
  extract(m) {
    if (m.groups.ago) return { value: 'PAST_REF', kind: 'date' };
    // "in coming months", "in past years": with no determiner, TimeBank's vague reference (3 of 4), not a span
    const bare = /^(coming|past)\b/i.exec(m.need('vague'));
    if (bare) return { value: bare[1]!.toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF', kind: 'date' };
    const unit = m.need('unit');
    // "in days", "in seconds" read as "within" too often to be wrong, but "in hours of talks" is no extent; the
    // calendar units after "in" are ("in years")
    const calendar = /^(?:year|month|week|decade|centur)/i.test(unit);
    if (!m.groups.vague && !calendar && (/\bin\s$/i.test(m.before(4)) || /^quarter/i.test(unit))) return null;
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

/**
 * "in the weeks before the shooting", "the days after the vote", "in the years that followed": the stretch before or
 * after an event, a vague duration spanned without "the" (TimeBank)
 */
export const aroundEventFinder: Finder = {
  name: 'around-event',
  pattern: patternCi(`\\bthe\\s+(?<unit>${UNIT})s(?=\\s+(?:before|after|following|leading\\s+up\\s+to|that\\s+followed)\\b)`),
  extract(m) {
    const unit = m.need('unit');
    return { value: duration(null, unit), kind: 'duration', skip: m.text.length - unit.length - 1 };
  },
};
