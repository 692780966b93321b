import { dayValue } from '../calendar.js';
import type { DateContext } from '../context.js';
import { pattern, patternCi, type DateMatch, type Finder } from '../finder.js';
import { dayOf, resolveMonthDay } from '../values.js';
import { MONTH, MONTHS, WEEKDAY, WEEKDAYS, ZONE } from '../vocabulary.js';

const DAY_WORD = `${WEEKDAY.toLowerCase()}|today|yesterday|tomorrow`;
// after a case-sensitive pattern
const CAPITAL_DAY_WORD = `${WEEKDAY}|[Tt]oday|[Yy]esterday|[Tt]omorrow`;
const GLOSS_THEN_DAY = new RegExp(`^\\s*\\([^()]{1,30}\\)\\s*,?\\s*(?:on\\s+)?(?<day>${DAY_WORD})\\b`, 'i');

/** "3 p.m.", "10:35 a.m. EST", "noon", "10 p.m. Wednesday", "Friday at 9 a.m.", "5 p.m. EST, Nov. 6" */
export const clockFinder: Finder = {
  name: 'clock',
  pattern: patternCi(
    `(?:\\b(?<dayBefore>${DAY_WORD})(?:\\s+at|,)?\\s+)?(?:\\b(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<half>a\\.m\\.?`
    + `|p\\.m\\.?|am\\b|pm\\b)`
    + `(?:\\s+${ZONE}\\b)?|\\b(?<named>noon|midnight))(?:,?\\s+(?:on\\s+)?(?:(?<dayAfter>${DAY_WORD})\\b|(?<month>${MONTH})\\.?\\s+`
    + `(?<day>\\d{1,2})(?![\\d:])))?`,
  ),
  extract(m, ctx) {
    const { dayBefore, dayAfter, hour, minute, half, named, month } = m.groups;
    // "High Noon", "high noon comes today": the idiom of a showdown, no time of day
    if (named && !dayBefore && /\bhigh\s+$/i.test(m.before(6))) return null;
    const base = dayOfClock(m, ctx, (dayBefore ?? dayAfter)?.toLowerCase(), month);
    if (base === null) return null;
    let h: number;
    let min = 0;
    if (named) { h = named.toLowerCase() === 'noon' ? 12 : 24; }
    else {
      h = Number(hour);
      min = minute ? Number(minute) : 0;
      if (h > 12 || min > 59) return null;
      const pm = /^p/i.test(half ?? '');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    const clock = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    // "Slepian was shot at 10 p.m.": a bare time in a past clause is on the day the story last named
    if (!dayBefore && !dayAfter && !month && !GLOSS_THEN_DAY.test(m.after(50)) && ctx.tense(m.index, m.end) === 'past') {
      return { value: `${base}T${clock}`, kind: 'time', narrative: { unit: 'day', shift: 0, part: clock, dayOnly: true } };
    }
    return { value: `${base}T${clock}`, kind: 'time' };
  },
};

/** The day of a clock time: the day named beside it, or after a gloss in another zone, or the document date. */
function dayOfClock(m: DateMatch, ctx: DateContext, dayWord: string | undefined, month: string | undefined): string | null {
  // "10:35 a.m. (0735 GMT) Friday": the day after a gloss in another time zone
  const glossed = dayWord || month ? null : GLOSS_THEN_DAY.exec(m.after(50));
  const word = dayWord ?? glossed?.groups?.day?.toLowerCase();
  if (word && (WEEKDAYS[word] || ctx.dct)) return dayOf(ctx, word, m.index, m.end);
  // "5 p.m. EST, Nov. 6": the time of that calendar day
  if (month) {
    const day = Number(m.need('day'));
    if (day < 1 || day > 31) return null;
    return resolveMonthDay(ctx, MONTHS[month.toLowerCase()]!, day, m.index, m.end);
  }
  return ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
}

/** "1600 GMT", "0930 local time", "09:30 GMT Monday": the 24-hour clock of wire reports, with the day it names */
export const clock24Finder: Finder = {
  name: 'clock24',
  pattern: pattern(
    '\\b(?:(?<hour>[01]\\d|2[0-3])(?<minute>[0-5]\\d)|(?<colonHour>[01]?\\d|2[0-3]):(?<colonMinute>[0-5]\\d))'
    + `(?:\\s+${ZONE}\\b|\\s+local\\s+time\\b|\\s*hrs\\b)(?:,?\\s+(?:on\\s+)?(?<day>${CAPITAL_DAY_WORD})\\b)?`,
  ),
  extract(m, ctx) {
    // "10:35 a.m. (0735 GMT)": the same moment in another zone, a gloss on the time before it
    if (/\d\s*(?:[ap]\.?m\.?|noon|midnight|[A-Z]{3})\s*\(\s*$/i.test(m.before(16))) return null;
    const { hour, minute, colonHour, colonMinute, day } = m.groups;
    const base = day ? dayOf(ctx, day, m.index, m.end) : ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
    return { value: `${base}T${(hour ?? colonHour ?? '').padStart(2, '0')}:${minute ?? colonMinute}`, kind: 'time' };
  },
};

/**
 * "won in 2:14:07", "ran the 1,500 in 3:31.84": a race time on the clock is a duration (PT2H14M7S, PT3M31.84S), not a
 * time of day; not a clock time with its seconds ("10:35:20 a.m.", "10:35:20 GMT")
 */
export const clockDurationFinder: Finder = {
  name: 'clock-duration',
  pattern: pattern(
    '\\b(?:(?<hours>\\d{1,2}):(?<minutes>[0-5]\\d):(?<seconds>[0-5]\\d(?:\\.\\d{1,3})?)|(?<m>\\d{1,2}):'
    + '(?<s>[0-5]\\d\\.\\d{1,3}))(?![\\d:]|\\.\\d)'
    + `(?!\\s*(?:[ap]\\.?m\\b|${ZONE}\\b|local\\s+time\\b|hrs\\b))`,
  ),
  extract(m) {
    const { hours, minutes, seconds } = m.groups;
    const part = (n: string | undefined, unit: string): string => (n && Number(n) ? `${Number(n)}${unit}` : '');
    const value = `PT${part(hours, 'H')}${part(minutes ?? m.groups.m, 'M')}${part(seconds ?? m.groups.s, 'S')}`;
    return value === 'PT' ? null : { value, kind: 'duration' };
  },
};
