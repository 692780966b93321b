import { pattern, patternCi, type Finder, type Narrative } from '../finder.js';
import { PART, PARTS, WEEKDAY, WEEKDAYS } from '../vocabulary.js';

/**
 * Expressions anchored on the story's own time, not the document date. Their value here is a placeholder; the
 * narrative refiner resolves it against the date the story named last.
 */

/**
 * "down 4.5% from the previous Friday", "the following Monday": a weekday before or after the day the story last
 * named (anaphoric, unlike "last Friday", which counts from the document date)
 */
export const narrativeWeekdayFinder: Finder = {
  name: 'narrative-weekday',
  pattern: pattern(`\\b[Tt]he\\s+(?<rel>previous|preceding|following)\\s+(?<weekday>${WEEKDAY})\\b(?!s)`),
  extract(m) {
    const wd = WEEKDAYS[m.need('weekday').toLowerCase()]!;
    const shift = /following/i.test(m.need('rel')) ? 1 : -1;
    return { value: `XXXX-WXX-${wd}`, kind: 'date', narrative: { unit: 'day', shift, weekday: wd } };
  },
};

const PLACEHOLDER: Record<Narrative['unit'], string> = {
  year: 'XXXX', quarter: 'XXXX-QX', month: 'XXXX-XX', week: 'XXXX-WXX', day: 'XXXX-XX-XX',
};

/**
 * "that year", "later that year", "the following month", "Earlier that day", "that same day", "the next morning":
 * a unit of the date the narrative last named; "the next year" stays the coming one (relative-unit)
 */
export const narrativeFinder: Finder = {
  name: 'narrative',
  pattern: patternCi(
    `(?:\\b(?<adverb>earlier|later|early|late)\\s+)?\\b(?<rel>that(?:\\s+same)?|the\\s+(?:following|same|previous|preceding)`
    + `|the\\s+next(?=\\s+(?:day|${PART})\\b))`
    + `\\s+(?<unit>day|${PART}|week|month|year|quarter)\\b`,
  ),
  extract(m) {
    const rel = m.need('rel').toLowerCase().replace(/\s+/g, ' ');
    const word = m.need('unit').toLowerCase();
    const part = PARTS[word];
    // "trades made that day": a bare "that day" is mostly no date of the story; with "earlier", "same" it is
    if (rel === 'that' && (word === 'day' || part) && !m.groups.adverb) return null;
    const shift = /following|next/.test(rel) ? 1 : /previous|preceding/.test(rel) ? -1 : 0;
    const unit = part ? 'day' : (word as Narrative['unit']);
    return { value: PLACEHOLDER[unit], kind: part ? 'time' : 'date', narrative: part ? { unit, shift, part } : { unit, shift } };
  },
};

/**
 * Market reports sum up the week of the day they report on: "For the week, the index fell 3%", "Thursday and the
 * week's busiest session". The week of the day the story named last (the document date before any).
 */
export const storyWeekFinder: Finder = {
  name: 'story-week',
  pattern: pattern("(?:(?<=\\b[Ff]or\\s+)the\\s+week(?=,)|\\b[Tt]he\\s+week(?=['’]s\\b))"),
  extract() {
    return { value: PLACEHOLDER.week, kind: 'date', narrative: { unit: 'week', shift: 0 } };
  },
};
