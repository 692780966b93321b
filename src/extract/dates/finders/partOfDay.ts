import { addDays, dayValue } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';
import { dayOf } from '../values.js';
import { PART, PARTS, WEEKDAY, alt, words } from '../vocabulary.js';

// "today's" before a noun of the age we live in (a word between them: "today's personal computers")
const GENERIC_TODAY = new RegExp(`^today['’]s\\s+(?:[a-z-]+\\s+)?(?:${alt(words.genericToday)})\\b`, 'i');

const DAY_WORD = `(?:yesterday|today|tomorrow|${WEEKDAY.toLowerCase()})`;

/** "midday", "mid-afternoon yesterday": that part of the day */
export const middayFinder: Finder = {
  name: 'midday',
  pattern: patternCi(`\\b(?<part>midday|mid-?day|mid-?\\s?(?:morning|afternoon|evening))\\b(?:\\s+(?<day>${DAY_WORD})\\b)?`),
  extract(m, ctx) {
    const w = m.need('part').toLowerCase();
    const part = /day$/.test(w) ? '12:00' : PARTS[w.replace(/^mid-?\s?/, '')]!;
    return { value: `${dayOf(ctx, m.groups.day, m.index, m.end)}T${part}`, kind: 'time' };
  },
};

/** "today", "late yesterday", "Earlier yesterday" (TimeBank spans the adverb with these), "tonight", "this morning", "last night" */
export const deicticDayFinder: Finder = {
  name: 'deictic-day',
  pattern: patternCi(
    '(?:\\b(?:late|early|earlier|later)\\s+)?'
    + `\\b(?<day>(?:this|yesterday|tomorrow|last)\\s+(?:${PART})|today|yesterday|tomorrow|tonight)\\b`,
  ),
  extract(m, ctx) {
    // "in today's world", "for today's youth", "many of today's personal computers": nowadays, which TimeBank leaves
    if (GENERIC_TODAY.test(m.text + m.after(30))) return null;
    const w = m.need('day').toLowerCase().split(/\s+/);
    const d = ctx.dct;
    const shift = w[0] === 'yesterday' || (w[0] === 'last' && w[1] === 'night') ? -1 : w[0] === 'tomorrow' ? 1 : 0;
    const base = d ? dayValue(addDays(d, shift)) : 'XXXX-XX-XX';
    if (w[0] === 'tonight') return { value: `${base}TNI`, kind: 'time' };
    if (w.length > 1) return { value: `${base}T${PARTS[w[1]!] ?? 'XX'}`, kind: 'time' };
    return { value: base, kind: 'date' };
  },
};
