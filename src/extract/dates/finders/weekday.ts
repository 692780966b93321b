import { pattern, type Finder } from '../finder.js';
import { directionOf, resolveWeekday } from '../values.js';
import { PART, PARTS, WEEKDAY, WEEKDAYS } from '../vocabulary.js';

// TimeML: "Wednesday night" = 2000-01-05TNI (the gold is split between this and the bare day).
const PART_OF_WEEKDAY = true;

/** "Friday", "last Friday", "Wednesday night", "Tuesdays" */
export const weekdayFinder: Finder = {
  name: 'weekday',
  pattern: pattern(
    `(?:\\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+coming)?|[Cc]oming|[Ee]arlier|[Ll]ate|[Ee]arly)\\s+)?\\b(?<weekday>${WEEKDAY})`
    + `(?<plural>s)?\\b`
    + `(?:\\s+(?<part>${PART})(?<parts>s)?)?`,
  ),
  extract(m, ctx) {
    const { rel, plural, part, parts } = m.groups;
    const name = m.need('weekday');
    const wd = WEEKDAYS[name.toLowerCase()]!;
    // "Tuesdays", "Tuesday nights": every Tuesday
    if (plural || parts) return { value: `XXXX-WXX-${wd}${part ? 'T' + PARTS[part.toLowerCase()] : ''}`, kind: 'set' };
    const dir = /^earlier$/i.test(rel ?? '') ? 'earlier' : /coming/i.test(rel ?? '') ? 'next' : directionOf(rel);
    const day = resolveWeekday(ctx, wd, m.index, m.end, dir === 'this' ? undefined : dir);
    // "Earlier Friday, police said", "Late Monday": TimeBank spans the day alone (6 of 8 on timebank-dev)
    const skip = /^(?:earlier|later|early|late)$/i.test(rel ?? '') ? m.text.indexOf(name) : 0;
    return { value: part && PART_OF_WEEKDAY ? `${day}T${PARTS[part.toLowerCase()]}` : day, kind: 'date', skip };
  },
};
