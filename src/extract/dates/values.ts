import {
  addDays, addMonths, dayNumber, dayValue, monthValue, quarterOf, validDay, weekValue, weekday, yearValue, type Day,
} from './calendar.js';
import type { DateContext } from './context.js';
import { SEASONS, UNITS, WEEKDAYS } from './vocabulary.js';

/** From matched words to TIMEX3 values: the normalization the finders share. */

// Measured on timebank-dev: value F1 +0.4 point ("April" in a December article about coming elections).
const MONTH_NEAREST = true;
// "admit Poland in early March, an official said": the event's verb, not the reporting one, dates a bare month.
const SKIP_REPORTING = true;
// Present tense stays in the past for weekdays too: measured on timebank-dev, reading it as future costs 1 point of value F1.
const WEEKDAY_PRESENT_FUTURE = false;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The TIMEX3 unit code of a unit word ("weeks" = W); minutes and months share M. */
export const unitCode = (u: string): string => UNITS[u.toLowerCase().replace(/s$/, '')] ?? UNITS[u.toLowerCase()] ?? 'X';

/**
 * `P3D`, `PT5H`, `P2Q`; half units become the next smaller unit ("half a year" = P6M). Hours, minutes and seconds
 * come after the T of the time part, decimals included (`PT12.6S`).
 */
export function duration(n: number | null, unit: string): string {
  let u = unitCode(unit);
  // "two decades" = P20Y, and "decades" = PXY likewise: TimeBank counts decades and centuries in years
  if (u === 'DE' || u === 'CE') { if (n !== null) n *= u === 'DE' ? 10 : 100; u = 'Y'; }
  const time = u === 'H' || u === 'S' || (u === 'M' && /^min/i.test(unit));
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : null;
  if (amount === null) {
    // "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M
    const smaller: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], D: ['H', 24], H: ['M', 60], W: ['D', 7] };
    const s = time && u === 'M' ? (['S', 60] as [string, number]) : smaller[u]; // "a minute and a half" = PT1M30S
    if (!s || !Number.isInteger(n! * s[1])) return `P${time ? 'T' : ''}${n}${u}`; // "12.6 seconds" = PT12.6S
    const whole = Math.floor(n!);
    const part = `${Math.round((n! - whole) * s[1])}${s[0]}`;
    const isTime = time || u === 'D';
    if (u === 'D') return `P${whole ? whole + 'D' : ''}T${part}`;
    return `P${time ? 'T' : ''}${whole ? whole + u : ''}${isTime && !time ? 'T' : ''}${part}`;
  }
  return `P${time ? 'T' : ''}${amount}${u}`;
}

/** The value `n` units before (negative: after) the document date, at the unit's own granularity. */
export function shifted(ctx: DateContext, n: number, unit: string): string {
  const u = unitCode(unit);
  const d = ctx.dct;
  if (!d) return u === 'Y' ? 'XXXX' : 'XXXX-XX-XX';
  switch (u) {
    case 'Y': return yearValue(d.year - n);
    // a decade or century is written with its first three or two digits ("199", "19")
    case 'DE': return yearValue(d.year - 10 * n).slice(0, 3);
    case 'CE': return yearValue(d.year - 100 * n).slice(0, 2);
    case 'Q': {
      const q = addMonths(d.year, d.month, -3 * n);
      return `${yearValue(q.year)}-Q${quarterOf(q.month)}`;
    }
    case 'M': {
      if (/^min/i.test(unit)) return dayValue(d);
      const m = addMonths(d.year, d.month, -n);
      return monthValue(m.year, m.month);
    }
    case 'W': return weekValue(addDays(d, -7 * n));
    case 'D': return dayValue(addDays(d, -n));
    default: return dayValue(d);
  }
}

/** A month without a year: the most recent one in past-tense sentences, the coming one in future ones. */
export function resolveMonth(ctx: DateContext, month: number, at: number, end: number, direction?: 'last' | 'next' | 'this'): string {
  const d = ctx.dct;
  if (!d) return `XXXX-${pad2(month)}`;
  const tense = direction ? null : ctx.tense(at, end, SKIP_REPORTING);
  let dir = direction ?? (tense === 'future' ? 'next' : 'last');
  // With no past or future verb near ("the vote in April", "talks resume in March"), the nearest such month.
  if (!direction && tense !== 'past' && dir === 'last' && MONTH_NEAREST) {
    const ahead = (month - d.month + 12) % 12;
    if (ahead > 0 && ahead < 6) dir = 'next';
  }
  let year = d.year;
  if (dir === 'last' && month > d.month) year -= 1;
  if (dir === 'next' && month < d.month) year += 1;
  return monthValue(year, month);
}

/**
 * A month and day without a year: news speaks of days close to its date, so the nearest occurrence wins, with the
 * tense deciding between a date a few weeks back and one a few weeks ahead.
 */
export function resolveMonthDay(ctx: DateContext, month: number, day: number, at: number, end: number): string {
  const d = ctx.dct;
  if (!d) return `XXXX-${pad2(month)}-${pad2(day)}`;
  const tense = ctx.tense(at, end);
  const future = tense === 'future';
  const past = tense === 'past';
  let best: Day | null = null;
  let bestCost = Infinity;
  for (const year of [d.year - 1, d.year, d.year + 1]) {
    if (!validDay(year, month, day)) continue;
    const c: Day = { year, month, day };
    const diff = dayNumber(c) - dayNumber(d);
    // A date in the other direction than the tense costs more: past-tense "Nov. 6" written on Nov. 2 is last year's
    // only when it is far; close dates are mostly right whatever the tense.
    // Against the tense, a date a few weeks away stays likely ("said ... payable Dec. 15"), a far one does not ("the
    // year ended March 31" written in November is last March)
    const against = (future && diff < 0) || (past && diff > 0);
    const cost = Math.abs(diff) + (against ? (Math.abs(diff) > 45 ? 400 : 60) : !future && !past && diff > 0 ? 60 : 0);
    if (cost < bestCost) { bestCost = cost; best = c; }
  }
  return best ? dayValue(best) : `XXXX-${pad2(month)}-${pad2(day)}`;
}

/** A weekday: the last one on or before the document date, or the next one in future sentences. */
export function resolveWeekday(ctx: DateContext, wd: number, at: number, end: number, direction?: string): string {
  const d = ctx.dct;
  if (!d) return `XXXX-WXX-${wd}`;
  const tense = direction ? null : ctx.tense(at, end);
  const future = tense === 'future' || (tense === 'present' && WEEKDAY_PRESENT_FUTURE);
  const dir = direction === 'next' ? 'next' : direction === 'last' || direction === 'earlier' ? 'last' : future ? 'next' : 'last';
  const today = weekday(d);
  if (dir === 'last') {
    let back = (today - wd + 7) % 7;
    if (direction === 'last' && back === 0) back = 7;
    return dayValue(addDays(d, -back));
  }
  let ahead = (wd - today + 7) % 7;
  if (direction === 'next' && ahead === 0) ahead = 7;
  return dayValue(addDays(d, ahead));
}

/** The day a day word names: a weekday resolved by tense, "yesterday", "tomorrow", else the document date. */
export function dayOf(ctx: DateContext, word: string | undefined, at: number, end: number): string {
  const w = word?.toLowerCase();
  const wd = w === undefined ? undefined : WEEKDAYS[w];
  if (wd !== undefined) return resolveWeekday(ctx, wd, at, end);
  if (!ctx.dct) return 'XXXX-XX-XX';
  return dayValue(addDays(ctx.dct, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0));
}

export function seasonValue(ctx: DateContext, season: string, direction: string, at: number, end: number): string {
  const code = SEASONS[season.toLowerCase()]!;
  const d = ctx.dct;
  if (!d) return `XXXX-${code}`;
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let year = d.year;
  const begun = d.month >= start[code]!;
  if (direction === 'last' || direction === 'past' || direction === 'previous') { if (!begun || code === 'WI') year -= 1; }
  else if (direction === 'next' || direction === 'coming') { if (begun) year += 1; }
  else if (!ctx.future(at, end) && !begun && direction !== 'this') year -= 1;
  return `${yearValue(year)}-${code}`;
}

/** The quarter most recently reported on: news of quarterly results speaks of the quarter that just ended. */
export function lastQuarter(ctx: DateContext, back = 0): string {
  const d = ctx.dct;
  if (!d) return 'XXXX-QX';
  const m = addMonths(d.year, d.month, -3 * (1 + back));
  return `${yearValue(m.year)}-Q${quarterOf(m.month)}`;
}

export function directionOf(word: string | undefined): 'last' | 'next' | 'this' | undefined {
  const w = (word ?? '').toLowerCase().replace(/^the\s+/, '');
  if (['last', 'past', 'previous', 'earlier'].includes(w)) return 'last';
  if (['next', 'coming', 'following'].includes(w)) return 'next';
  if (['this', 'current'].includes(w)) return 'this';
  return undefined;
}

/** "this year", "last year", "next year": that year of the document date. */
export function yearOf(ctx: DateContext, rel: string | undefined): string | null {
  if (!ctx.dct) return null;
  const dir = directionOf(rel);
  return yearValue(ctx.dct.year + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0));
}
