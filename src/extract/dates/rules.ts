import type { DateKind } from '../../types.js';
import {
  addDays, addMonths, compareDays, dayValue, monthValue, quarterOf, validDay, weekValue, weekday, type Day,
} from './calendar.js';
import { escape, type DateContext } from './context.js';
import { loadJson } from '../../data.js';

const words = loadJson<typeof import('./words.json')>(new URL('./words.json', import.meta.url));

/** A temporal expression found by a rule: its span in the body and its TIMEX3 value and type. */
export interface Timex {
  start: number;
  end: number;
  value: string;
  kind: DateKind;
  /** The rule that found it, then the refiners that changed it: "amount + around". */
  why: string;
  anaphor?: Anaphor;
  /** "that year", "the following month", "earlier that day": a unit of the date the narrative last named, shifted. */
  narrative?: Narrative;
}

/** `unit` of the last date named, `shift` units on; `part` of that day ("that night"). */
export interface Narrative {
  unit: 'day' | 'week' | 'month' | 'year' | 'quarter';
  shift: number;
  part?: string;
  /** "the previous Friday": that weekday before (shift -1) or after (+1) the day the narrative last named */
  weekday?: number;
}

/** `skip`: characters to leave out at the start ("the" before an adjective: "the third-quarter loss"). */
/**
 * `anaphor`: the value depends on the quarter the article last named ("the quarter", "a year earlier" in an earnings
 * report that spoke of "the fiscal first quarter"); `quarter-in-year`: that quarter of the year the value holds
 * ("the 1988 period"); resolved in text order once all rules ran.
 */
export type Anaphor = 'quarter' | 'quarter-year-before' | 'quarter-in-year';
type Build = (m: RegExpExecArray, ctx: DateContext) => { value: string; kind: DateKind; skip?: number; cut?: number; anaphor?: Anaphor; narrative?: Narrative } | null;

/** TimeBank spans an adjectival "third-quarter" or "eight-year" without the determiner of the noun it modifies. */
function determinerOfAdjective(m: RegExpExecArray): number {
  // the adjective is the expression's last word ("the fiscal second-quarter loss"); "the year-earlier third
  // quarter" is a noun phrase and keeps its determiner
  if (!/^the\s/i.test(m[0]) || !/\w-\w+$/.test(m[0])) return 0;
  return /^the\s+/i.exec(m[0])![0].length;
}

export interface Rule {
  name: string;
  re: RegExp;
  build: Build;
}

const alt = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const MONTHS: Record<string, number> = words.months;
const WEEKDAYS: Record<string, number> = words.weekdays;
const NUMBERS: Record<string, number> = words.numbers;
const UNITS: Record<string, string> = words.units;
const SEASONS: Record<string, string> = words.seasons;
const PARTS: Record<string, string> = words.partsOfDay;
const FLOATING: Record<string, number[]> = words.floatingHolidays;

// Month names are matched capitalised only ("March" the month, not "the march"); abbreviations may take a period.
const MONTH = `(?:${alt(Object.keys(MONTHS).map(cap))})`;
const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).map(cap))})`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMWORD = `(?:(?:${TENS})(?:[- ](?:${UNITS_WORDS}))?|${alt(Object.keys(NUMBERS).filter((k) => !TENS.split('|').includes(k)))})`;
const NUM = `(?:\\d{1,3}(?:\\.\\d+|\\s+1/2|\\s+and\\s+a\\s+half)?|${NUMWORD}(?:\\s+and\\s+a\\s+half)?)`;
const UNIT = '(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie)|quarter)';
const PART = `(?:${alt(Object.keys(PARTS))})`;
const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
const EDGE = '(?:early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)';

function numberValue(s: string): number | null {
  const t = s.toLowerCase().trim();
  const half = /(?:\s+1\/2|\s+and\s+a\s+half)$/.exec(t);
  if (half) {
    const whole = numberValue(t.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  if (/^\d/.test(t)) return Number(t);
  if (t in NUMBERS) return NUMBERS[t]!;
  let sum = 0;
  for (const part of t.split(/[- ]/)) {
    const n = NUMBERS[part];
    if (n === undefined) return null;
    sum += n;
  }
  return sum;
}

const unitCode = (u: string): string => UNITS[u.toLowerCase().replace(/s$/, '')] ?? UNITS[u.toLowerCase()] ?? 'X';

/** `P3D`, `PT5H`, `P2Q`; half units become the next smaller unit ("half a year" = P6M). */
function duration(n: number | null, unit: string): string {
  let u = unitCode(unit);
  if (u === 'WE') return 'P2D';
  // "two decades" = P20Y, and "decades" = PXY likewise: TimeBank counts decades and centuries in years
  if (u === 'DE' || u === 'CE') { if (n !== null) n *= u === 'DE' ? 10 : 100; u = 'Y'; }
  const time = u === 'H' || u === 'S' || (u === 'M' && /^min/i.test(unit));
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : null;
  if (amount === null) {
    // "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M
    const smaller: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], D: ['H', 24], H: ['M', 60], W: ['D', 7] };
    const s = time && u === 'M' ? (['S', 60] as [string, number]) : smaller[u]; // "a minute and a half" = PT1M30S
    if (!s || !Number.isInteger(n! * s[1])) return `P${n}${u}`;
    const whole = Math.floor(n!);
    const part = `${Math.round((n! - whole) * s[1])}${s[0]}`;
    const isTime = time || u === 'D';
    if (u === 'D') return `P${whole ? whole + 'D' : ''}T${part}`;
    return `P${time ? 'T' : ''}${whole ? whole + u : ''}${isTime && !time ? 'T' : ''}${part}`;
  }
  return `P${time ? 'T' : ''}${amount}${u}`;
}


/** The value `n` units before (negative: after) the document date, at the unit's own granularity. */
function shifted(ctx: DateContext, n: number, unit: string): string {
  const u = unitCode(unit);
  const d = ctx.dct;
  if (!d) return u === 'Y' ? 'XXXX' : 'XXXX-XX-XX';
  switch (u) {
    case 'Y': return String(d.year - n).padStart(4, '0');
    case 'DE': return String(Math.floor((d.year - 10 * n) / 10));
    case 'CE': return String(Math.floor((d.year - 100 * n) / 100));
    case 'Q': {
      const q = addMonths(d.year, d.month, -3 * n);
      return `${q.year}-Q${quarterOf(q.month)}`;
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
function resolveMonth(ctx: DateContext, month: number, at: number, end: number, direction?: 'last' | 'next' | 'this'): string {
  const d = ctx.dct;
  if (!d) return `XXXX-${String(month).padStart(2, '0')}`;
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
function resolveMonthDay(ctx: DateContext, month: number, day: number, at: number, end: number): string {
  const d = ctx.dct;
  if (!d) return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const tense = ctx.tense(at, end);
  const future = tense === 'future';
  const past = tense === 'past';
  let best: Day | null = null;
  let bestCost = Infinity;
  for (const year of [d.year - 1, d.year, d.year + 1]) {
    if (!validDay(year, month, day)) continue;
    const c: Day = { year, month, day };
    const diff = (Date.UTC(year, month - 1, day) - Date.UTC(d.year, d.month - 1, d.day)) / 864e5;
    // A date in the other direction than the tense costs more: past-tense "Nov. 6" written on Nov. 2 is last year's
    // only when it is far; close dates are mostly right whatever the tense.
    // Against the tense, a date a few weeks away stays likely ("said ... payable Dec. 15"), a far one does not ("the
    // year ended March 31" written in November is last March)
    const against = (future && diff < 0) || (past && diff > 0);
    const cost = Math.abs(diff) + (against ? (Math.abs(diff) > 45 ? 400 : 60) : !future && !past && diff > 0 ? 60 : 0);
    if (cost < bestCost) { bestCost = cost; best = c; }
  }
  return best ? dayValue(best) : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A weekday: the last one on or before the document date, or the next one in future sentences. */
function resolveWeekday(ctx: DateContext, wd: number, at: number, end: number, direction?: string): string {
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

function seasonValue(ctx: DateContext, season: string, direction: string, at: number, end: number): string {
  const code = SEASONS[season.toLowerCase()]!;
  const d = ctx.dct;
  if (!d) return `XXXX-${code}`;
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let year = d.year;
  const begun = d.month >= start[code]!;
  if (direction === 'last' || direction === 'past' || direction === 'previous') { if (!begun || code === 'WI') year -= 1; }
  else if (direction === 'next' || direction === 'coming') { if (begun) year += 1; }
  else if (!ctx.future(at, end) && !begun && direction !== 'this') year -= 1;
  return `${year}-${code}`;
}

/** The quarter most recently reported on: news of quarterly results speaks of the quarter that just ended. */
function lastQuarter(ctx: DateContext, back = 0): string {
  const d = ctx.dct;
  if (!d) return 'XXXX-QX';
  const m = addMonths(d.year, d.month, -3 * (1 + back));
  return `${m.year}-Q${quarterOf(m.month)}`;
}

function directionOf(word: string | undefined): 'last' | 'next' | 'this' | undefined {
  const w = (word ?? '').toLowerCase().replace(/^the\s+/, '');
  if (['last', 'past', 'previous', 'earlier'].includes(w)) return 'last';
  if (['next', 'coming', 'following'].includes(w)) return 'next';
  if (['this', 'current'].includes(w)) return 'this';
  return undefined;
}

const yearOf = (ctx: DateContext, rel: string | undefined): string | null => {
  if (!ctx.dct) return null;
  const dir = directionOf(rel);
  return String(ctx.dct.year + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0));
};

// TimeML: "Wednesday night" = 2000-01-05TNI (the gold is split between this and the bare day).
const PART_OF_WEEKDAY = true;
// Measured on timebank-dev: value F1 +0.4 point ("April" in a December article about coming elections).
const MONTH_NEAREST = true;
// "admit Poland in early March, an official said": the event's verb, not the reporting one, dates a bare month.
const SKIP_REPORTING = true;
// Present tense stays in the past for weekdays too: measured on timebank-dev, reading it as future costs 1 point of value F1.
const WEEKDAY_PRESENT_FUTURE = false;
// "the next year or so": likewise the coming calendar unit (1 of 1 on timebank-dev)
const THE_NEXT_CAL = true;
const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);
const ci = (source: string): RegExp => re(source, 'gi');

// "March eighth", "the twenty-first of June": days of a month in words, as broadcasts spell them
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAYS: Record<string, number> = Object.fromEntries([
  ...ORDINAL_UNITS.map((w, i) => [w, i + 1]),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].map((w, i) => [w, i + 10]),
  ...ORDINAL_UNITS.map((w, i) => [`twenty-${w}`, i + 21]),
  ['thirtieth', 30],
  ['thirty-first', 31],
]);
const ORDINAL_DAY = `(?:(?:twenty|thirty)[- ](?:${ORDINAL_UNITS.join('|')})|${alt(Object.keys(ORDINAL_DAYS).filter((k) => !k.includes('-')))})(?![\\w-])`;

/** A day of a month, with its year or resolved against the document date ("March 21, 2024", "21 March"). */
function monthDay(ctx: DateContext, m: RegExpExecArray, monthWord: string, dayDigits: string, yearDigits: string | undefined) {
  const month = MONTHS[monthWord.toLowerCase()]!;
  const day = /^\d/.test(dayDigits) ? parseInt(dayDigits, 10) : ORDINAL_DAYS[dayDigits.toLowerCase().replace(/\s+/, '-')] ?? 0;
  if (yearDigits) {
    const year = Number(yearDigits);
    return validDay(year, month, day) ? { value: dayValue({ year, month, day }), kind: 'date' as const } : null;
  }
  if (day < 1 || day > 31) return null;
  return { value: resolveMonthDay(ctx, month, day, m.index, m.index + m[0].length), kind: 'date' as const };
}

export const RULES: Rule[] = [
  // "March 21, 2024", "Friday, March 21", "Aug. 9", "Sept. 30, 1989", "March eighth"
  {
    name: 'month-day',
    re: re(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\.?\\s+(\\d{1,2}(?:st|nd|rd|th)?(?!\\d|:\\d|,\\d|\\.\\d)|${ORDINAL_DAY})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`),
    build: (m, ctx) => monthDay(ctx, m, m[1]!, m[2]!, m[3]),
  },
  // "the summit on April 24 and 25", "March 3 or 4, 1999": the second day of a pair shares the first one's month (and
  // year); TimeML marks it as a date of its own. Not a count that follows ("on May 5 and 6 people died").
  {
    name: 'month-day-pair',
    re: re(`(?<=\\b(${MONTH})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:and|or|&)\\s{1,3})(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%:.,/-]\\d|\\d|\\s*(?:%|-)|\\s+(?:percent|per|of|people|persons|men|women|children|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|hundred|dollars|cents)\\b)(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`),
    build: (m, ctx) => monthDay(ctx, m, m[1]!, m[2]!, m[3]),
  },
  // "21 March 2024", "the 4th of July", "the twenty-first of June"
  {
    name: 'day-month',
    re: re(`(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?|\\b(?:[Tt]he\\s+)?(${ORDINAL_DAY})\\s+of\\s+)(${MONTH})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`),
    build: (m, ctx) => monthDay(ctx, m, m[3]!, m[1] ?? m[2]!, m[4]),
  },
  // "July 1997", "late November", "last April", "December"
  {
    name: 'month',
    re: re(`(?:\\b(${EDGE}|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s*)?\\b(${MONTH})\\b(\\.)?(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|,\\d)|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`),
    build(m, ctx) {
      const word = m[2]!;
      const month = MONTHS[word.toLowerCase()]!;
      if (m[4]) return { value: monthValue(Number(m[4]), month), kind: 'date' };
      if (m[5]) {
        const y = yearOf(ctx, m[5]);
        return { value: y ? monthValue(Number(y), month) : `XXXX-${String(month).padStart(2, '0')}`, kind: 'date' };
      }
      // A bare abbreviation ("Jan") or "May" (the modal verb) needs a modifier or a preposition to be a month.
      const before = ctx.body.slice(Math.max(0, m.index - 12), m.index);
      const cue = m[1] || /\b(?:in|since|until|till|through|from|by|of|during|before|after|between|and|to)\s+$/i.test(before);
      const next = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "last Oct. 23": the day rule's, with the day
      if (/^\s*\d{1,2}(?!\d)/.test(next)) return null;
      // "Jan Kavan", "the March of the Combatant Mothers": a name, not a month
      if (!m[1] && (/^\s+of\s+(?!\d)/.test(next) || (word.length <= 5 && !cue && /^\s+[A-Z][a-z]/.test(next)))) return null;
      if (/^[A-Z][a-z]{2}$/.test(word) && word !== 'May' && !m[3]) return null; // "Jan Kavan": bare abbreviations need a day or year
      if (word.length <= 4 && !m[3] && word !== 'June' && word !== 'July' && !cue) return null;
      if (word === 'May' && !cue) return null;
      if (word === 'March' && !cue && /^\s+(?:on|to|in|through|for|against)\b/.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return { value: resolveMonth(ctx, month, m.index, m.index + m[0].length, directionOf(m[1])), kind: 'date' };
    },
  },
  // "1997-10-08", "10/8/1997"
  {
    name: 'numeric',
    re: re('\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}))\\b(?![/-]\\d)'),
    build(m) {
      const [year, month, day] = m[1]
        ? [Number(m[1]), Number(m[2]), Number(m[3])]
        : [m[6]!.length === 2 ? 1900 + Number(m[6]) + (Number(m[6]) < 50 ? 100 : 0) : Number(m[6]), Number(m[4]), Number(m[5])];
      return validDay(year, month, day) ? { value: dayValue({ year, month, day }), kind: 'date' } : null;
    },
  },
  // "the 1990s", "the late 1970s", "the '90s"
  {
    name: 'decade',
    re: ci(`(?:\\bthe\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:\\b(1[0-9]\\d|20\\d)0|'(\\d)0)'?s\\b`),
    build(m, ctx) {
      if (m[1]) return { value: m[1], kind: 'date' };
      const century = ctx.dct ? Math.floor(ctx.dct.year / 100) : 19;
      return { value: `${century}${m[2]}`, kind: 'date' };
    },
  },
  // "the 20th century", "this century"
  {
    name: 'century',
    re: ci(`(?:\\bthe\\s+)?(?:(?:early|late|mid-?)\\s*)?\\b(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b`),
    build(m) {
      return { value: String(Number(m[1]) - 1).padStart(2, '0'), kind: 'date' };
    },
  },
  // "fiscal 1989", "the end of 1990", "1997", "mid-1996", "post-1959"
  {
    name: 'year',
    re: ci(`(?:\\b(?:fiscal(?:\\s+year)?|calendar(?:\\s+year)?|pre-|post-|${EDGE})\\s*)?(?<![\\d$£#.,])(?<!(?<!\\b(?:mid|pre|post))-)\\b(1[6-9]\\d\\d|20\\d\\d)\\b(?![\\d%]|,\\d|\\.\\d|-\\d\\d\\d|\\s*(?:%|percent|per\\s+cent|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local\\s+time|hours?\\b|hrs\\b))`),
    build(m) {
      return { value: m[1]!, kind: 'date' };
    },
  },
  // "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1990", "the first half"
  {
    name: 'quarter',
    re: ci(`(?:\\b(this|last|next)\\s+year['’]s\\s+)?(?:\\bthe\\s+)?(?:(fiscal|latest|current|year-earlier|year-ago)\\s+)?(?:(\\d{4})\\s+)?\\b(first|second|third|fourth|1st|2nd|3rd|4th|last(?=[\\s-]+half))[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)\\b(?:\\s+of\\s+(?:fiscal\\s+)?(?:(\\d{4})|(this|last|next)\\s+year))?`),
    build(match, ctx) {
      // "this year's third quarter" = 1989-Q3: the groups after that optional lead keep their numbers below
      const own = match[1];
      const m = [match[0], ...match.slice(2)] as unknown as RegExpExecArray;
      m.index = match.index;
      const half = m[4]!.toLowerCase() === 'half';
      // "the first half of the '80s", "the last half of the century": a half of something else
      if (half && !m[5] && !m[6] && /^\s+of\b/i.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "the last half of 1989": the second
      const n = half && /^last$/i.test(m[3]!) ? 2 : words.ordinals[m[3]!.toLowerCase() as keyof typeof words.ordinals];
      let year: string | null = m[2] ?? m[5] ?? (m[6] ? yearOf(ctx, m[6]) : own ? yearOf(ctx, own) : null);
      if (!year && ctx.dct) {
        // A quarter later than the current one is last year's in past-tense reports ("fourth quarter" in February).
        const current = half ? (ctx.dct.month <= 6 ? 1 : 2) : quarterOf(ctx.dct.month);
        year = String(ctx.dct.year - (n > current && !ctx.future(m.index, m.index + m[0].length) ? 1 : 0));
      }
      if (/year-(?:earlier|ago)/i.test(m[1] ?? '') && year) year = String(Number(year) - 1);
      return { value: `${year ?? 'XXXX'}-${half ? 'H' : 'Q'}${n}`, kind: 'date', skip: determinerOfAdjective(m) };
    },
  },
  // "the first two quarters of 1990", "the last two quarters of next year": half of that year (1990-H1)
  {
    name: 'two-quarters',
    re: ci(`(?:\\bthe\\s+)?\\b(first|last|final|second)\\s+(?:two|2)\\s+(?:fiscal\\s+)?quarters\\s+of\\s+(?:fiscal\\s+)?(?:(\\d{4})\\b|(this|last|next)\\s+year\\b)`),
    build(m, ctx) {
      const year = m[2] ?? yearOf(ctx, m[3]);
      return { value: `${year ?? 'XXXX'}-H${/^first$/i.test(m[1]!) ? 1 : 2}`, kind: 'date' };
    },
  },
  // "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period"
  {
    name: 'the-quarter',
    re: ci(`\\bthe\\s+(?:(latest|current|most\\s+recent|year-earlier|year-ago|previous|prior)\\s+)?(quarter|period)\\b`),
    build(m, ctx) {
      const mod = (m[1] ?? '').toLowerCase();
      if (m[2]!.toLowerCase() === 'period' && !mod.startsWith('year') && mod !== 'latest') return null;
      // "the quarter-to-quarter comparison"
      if (/^-/.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
      if (!ctx.quarterly && m[2]!.toLowerCase() === 'period') return null;
      if (mod === 'current') return { value: ctx.dct ? `${ctx.dct.year}-Q${quarterOf(ctx.dct.month)}` : 'XXXX-QX', kind: 'date' };
      const back = mod.startsWith('year') ? 4 : mod === 'previous' || mod === 'prior' ? 1 : 0;
      return { value: lastQuarter(ctx, back), kind: 'date', ...(back === 0 ? { anaphor: 'quarter' as const } : back === 4 ? { anaphor: 'quarter-year-before' as const } : {}) };
    },
  },
  // "the corresponding period last year", "last year's quarter", "the 1988 quarter": the reported quarter of
  // another year, in articles that report by quarters
  {
    name: 'report-period',
    re: ci(`\\bthe\\s+(?:(?:corresponding|comparable|same)\\s+(year-ago\\s+|year-earlier\\s+)?(?:quarter|period)(?:\\s+(last\\s+year|a\\s+year\\s+(?:ago|earlier)|of\\s+(?:the\\s+)?(?:previous|prior)\\s+year|(?:of|in)\\s+(\\d{4})))?|(\\d{4})\\s+(?:quarter|period))\\b|\\blast\\s+year['’]s\\s+(?:quarter|period)\\b`),
    build(m, ctx) {
      if (!ctx.quarterly || !ctx.dct) return null;
      const year = m[3] ?? m[4];
      if (year) {
        // "net was $306 million in the first nine months, against $195 million in the 1988 period": that span's year
        if (m[4] && /\b(?:months|half)\b/i.test(ctx.body.slice(Math.max(0, m.index - 100), m.index))) return null;
        return { value: `${year}-Q${lastQuarter(ctx).slice(-1)}`, kind: 'date', anaphor: 'quarter-in-year' };
      }
      if (/^the\s+(?:corresponding|comparable|same)/i.test(m[0]) && !m[1] && !m[2]) return null; // "the same period": of what?
      return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
    },
  },
  // "year-earlier" results: the same period a year before
  {
    name: 'year-earlier',
    re: ci(`\\byear-(?:earlier|ago)\\b(?![\\s-]+(?:quarter|period))`),
    build(m, ctx) {
      if (!ctx.dct) return { value: 'XXXX', kind: 'date' };
      return ctx.quarterly ? { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' } : { value: String(ctx.dct.year - 1), kind: 'date' };
    },
  },
  // "two years ago", "a year earlier", "the past three months", "five-year", "the first nine months", "24 hours", "a week or so ago",
  // "two more weeks", "an additional year";
  // TimeBank keeps "nearly", "almost", "over", "more than" inside the span ("nearly two years") but not "about"
  {
    name: 'amount',
    re: ci(`(?:\\b(the|these|those)\\s+)?(?:\\b(?:almost|nearly|over|(?:no\\s+)?more\\s+than|(?:no\\s+)?less\\s+than|at\\s+least|up\\s+to)\\s+)?(?:\\b(past|last|next|first|coming|previous|final|following|latest|initial|recent|same|year-earlier|year-ago)\\s+)?\\b(${NUM})[\\s-]+(?:(?:more|additional|extra|further|trading|business|working)\\s+)?(${UNIT})(s)?\\b(\\s+and\\s+a\\s+half\\b)?(?:\\s+or\\s+so\\b)?(?:\\s+(ago|earlier|before|later|from\\s+now|hence)\\b)?`),
    build(m, ctx) {
      // "a minute and a half": half a unit more
      const n = m[6] ? (numberValue(m[3]!) ?? NaN) + 0.5 : numberValue(m[3]!);
      if (n === null || Number.isNaN(n) || n <= 0 || n > 1000) return null;
      const unit = m[4]!;
      // "CBS's 60 Minutes", "the film 28 Days": a capitalised unit inside a sentence is a title
      if (/^[A-Z][a-z]/.test(unit) && /^[\da-z]/.test(m[3]!)) return null;
      const rel = m[7]?.toLowerCase();
      // "a 44-year-old protester", "he is 44 years old": an age, not a time span
      if (/^[\s-]+old\b/i.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
            // "$500 million a year", "24 hours a day", "700 seats a week": a rate, not a span of time
      const rateBefore = ctx.body.slice(Math.max(0, m.index - 24), m.index);
      if (!m[1] && !m[2] && !rel && /^an?$/i.test(m[3]!) && /(?:\d%?|\$|\bper|\b(?:million|billion|thousand|hundred|dozen|percent|cents?|times|once|twice)|[a-z]{3,}s)\s*$/i.test(rateBefore)) return null;
      // "three-quarters of the vote", "more than a quarter of": a fraction
      if (/^quarter/i.test(unit) && (/-quarters$/i.test(m[0]) || /^\s+of\s+(?!\d|fiscal|the\s+(?:fiscal\s+)?year)/i.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 24)))) return null;
      // "a second goal", "a second time": the ordinal, not one second
      if (/^seconds?$/i.test(unit) && /^\s+[a-z]/.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      if (rel === 'ago') {
        // quarterly reports compare with "a year ago": the same quarter of the year before
        if (/^year/i.test(unit) && n === 1 && ctx.quarterly && ctx.dct) return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
        return { value: shifted(ctx, n, unit), kind: 'date' };
      }
      if (rel === 'from now' || rel === 'hence') return { value: shifted(ctx, -n, unit), kind: 'date' };
      // "a minute before the end": a span before an event, not a calendar date
      // "Three days later, ...", "at least 30 days before the meeting": the span between two events, which TimeBank
      // marks without the adverb or preposition; a bare "a year earlier" stays a date
      const beforeEvent = rel === 'before' && /^\s+[a-z]/i.test(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (rel === 'later' || beforeEvent || ((rel === 'earlier' || rel === 'before') && /^(?:second|minute|hour)/i.test(unit))) {
        return { value: duration(n, unit), kind: 'duration', cut: m[0].length - m[0].search(/\s+(?:earlier|before|later)$/i) };
      }
      if (rel === 'earlier' || rel === 'before') {
        if (/^year/i.test(unit) && n === 1 && ctx.quarterly && ctx.dct) return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
        return { value: shifted(ctx, n, unit), kind: 'date' };
      }
      return { value: duration(n, unit), kind: 'duration', skip: determinerOfAdjective(m) };
    },
  },
  // "several years", "a few weeks", "recent years", "for years", "decades-long"
  {
    name: 'vague-amount',
    re: ci(`\\b(?:(?:the\\s+)?(?:past|last|next|coming)\\s+)?(${alt(words.vague)}|(?<=\\bfor\\s)|(?<=\\bin\\s)|(?<=\\bover\\s)|(?<=\\bwithin\\s))\\s*\\b(${UNIT})s\\b(?:\\s+(ago))?`),
    build(m) {
      if (m[3]) return { value: 'PAST_REF', kind: 'date' };
      if (!m[1] && !/^(?:year|month|week|decade|centur)/i.test(m[2]!)) return null;
      return { value: duration(null, m[2]!), kind: 'duration' };
    },
  },
  // "down 4.5% from the previous Friday", "the following Monday": a weekday before or after the day the story last
  // named (anaphoric, unlike "last Friday", which counts from the document date)
  {
    name: 'narrative-weekday',
    re: re(`\\b[Tt]he\\s+(previous|preceding|following)\\s+(${WEEKDAY})\\b(?!s)`),
    build(m) {
      const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
      return { value: `XXXX-WXX-${wd}`, kind: 'date', narrative: { unit: 'day', shift: /following/i.test(m[1]!) ? 1 : -1, weekday: wd } };
    },
  },
  // "that year", "later that year", "the following month", "Earlier that day", "that same day", "the next morning":
  // a unit of the date the narrative last named (resolved once all rules ran); "the next year" stays the coming one
  {
    name: 'narrative',
    re: ci(`(?:\\b(earlier|later|early|late)\\s+)?\\b(that(?:\\s+same)?|the\\s+(?:following|same|previous|preceding)|the\\s+next(?=\\s+(?:day|${PART})\\b))\\s+(day|${PART}|week|month|year|quarter)\\b`),
    build(m) {
      const rel = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const word = m[3]!.toLowerCase();
      const part = PARTS[word];
      // "trades made that day": a bare "that day" is mostly no date of the story; with "earlier", "same" it is
      if (rel === 'that' && (word === 'day' || part) && !m[1]) return null;
      const shift = /following|next/.test(rel) ? 1 : /previous|preceding/.test(rel) ? -1 : 0;
      const unit = part ? 'day' : (word as Narrative['unit']);
      return {
        value: unit === 'year' ? 'XXXX' : unit === 'quarter' ? 'XXXX-QX' : unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX',
        kind: part ? 'time' : 'date',
        narrative: part ? { unit, shift, part } : { unit, shift },
      };
    },
  },
  // "last year", "this month", "earlier this year", "next week", "the past year", "this summer", "last fall", "the next year or so"
  {
    name: 'relative-unit',
    re: ci(`(?:\\b(earlier|later|early|late|mid-)\\s*)?\\b(this\\s+past|this|last|next|past|coming|previous|current|the\\s+past|the\\s+coming|the\\s+previous|the\\s+next|the\\s+current|the\\s+last|that)\\s+(week(?:end)?|month|year|quarter|decade|century|${SEASON})\\b(?:\\s+or\\s+so\\b)?`),
    build(m, ctx) {
      // "this past weekend", "this past spring": the last one
      const rel = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/^this past$/, 'last');
      // ABC's "This Week", "Next Year in Jerusalem": a capitalised unit makes a title
      if (/^[A-Z][a-z]/.test(m[3]!)) return null;
      const unit = m[3]!.toLowerCase();
      const d = ctx.dct;
      if (rel === 'that') return null;
      // "the past year", "the next month": a stretch of time, not a calendar unit
      // "the past year", "the last decade": TimeBank mostly gives the calendar unit before the document's (4 of 5
      // on timebank-dev), "past decade" without the determiner a stretch of time
      const calendarPast = (rel === 'the past' || rel === 'the last') && !SEASONS[unit] && unit !== 'weekend';
      if (((rel.startsWith('the ') && rel !== 'the current') || rel === 'past') && !calendarPast && !(THE_NEXT_CAL && (rel === 'the next' || rel === 'the coming'))) {
        if (SEASONS[unit] || unit === 'weekend') return null;
        return { value: duration(1, unit), kind: 'duration' };
      }
      // "this century": TimeBank gives the span of a hundred years (2 of 2 on timebank-dev)
      if (rel === 'this' && unit === 'century') return { value: 'P100Y', kind: 'duration' };
      const dir = directionOf(rel);
      const n = dir === 'last' ? 1 : dir === 'next' ? -1 : 0;
      if (SEASONS[unit]) return { value: seasonValue(ctx, unit, rel, m.index, m.index + m[0].length), kind: 'date' };
      if (!d) return { value: unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX', kind: 'date' };
      // "In the latest quarter, it earned $24 million, compared with a loss of $3 million last year", "sales in the
      // period rose from last year's $1.55 billion": in a quarterly report, when the sentence or the one before speaks
      // of the quarter, the figure of the same quarter a year before (a year after a span of months); "earnings for
      // this year, up from last year's" compares years
      if (rel === 'last' && unit === 'year' && !m[1] && ctx.quarterly) {
        // (the expression's own capital letter ends the sentence before it: "... from Hugo. Last year ...")
        const sentences = ctx.body.slice(Math.max(0, m.index - 400), m.index + 1).split(/[.!?]["'\u201d]?\s+(?=[A-Z"'\u201c])/);
        const own = (sentences[sentences.length - 1] ?? '').slice(0, -1);
        const near = (sentences[sentences.length - 2] ?? '') + ' ' + own;
        const rest = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[.!?]\s/)[0]!;
        if (/\b(?:compared\s+with|from|against|versus)\b/i.test(own) && /[$%#]|\bcents?\b/.test(own + rest)
          && /\b(?:quarter|period)\b/i.test(near) && !/\byear\b/i.test(own + ' ' + rest)) {
          return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
        }
      }
      if (unit === 'weekend') return { value: `${weekValue(addDays(d, -7 * n))}-WE`, kind: 'date' };
      return { value: shifted(ctx, n, unit), kind: 'date' };
    },
  },
  // "the summer", "the early summer", "in the fall", "the spring of 1990": a season, the last one in past-tense
  // sentences; not "the fall of the Wall" nor "the Spring of Life"
  {
    name: 'season',
    re: ci(`\\bthe\\s+(?:(?:early|late|mid-?)\\s*)?(${SEASON})\\b(?:\\s+of\\s+(\\d{4})\\b)?`),
    build(m, ctx) {
      const season = m[1]!;
      if (season !== season.toLowerCase()) return null;
      const before = ctx.body.slice(Math.max(0, m.index - 8), m.index);
      const after = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (!m[2] && /^\s+of\b/i.test(after)) return null;
      if (season === 'fall' && !m[2] && !/\b(?:in|by|during|until|since|over|through)\s+$/i.test(before)) return null;
      if (m[2]) return { value: `${m[2]}-${SEASONS[season]}`, kind: 'date' };
      return { value: seasonValue(ctx, season, '', m.index, m.index + m[0].length), kind: 'date' };
    },
  },
  // "in the near term", "over the long term" (FUTURE_REF); "the weeks ahead", "the years ahead": a stretch still to come
  {
    name: 'term-ahead',
    re: ci(`\\bthe\\s+(?:(near|short|long)\\s+term|(days|weeks|months|years)\\s+ahead)\\b`),
    build(m) {
      if (m[1]) return { value: 'FUTURE_REF', kind: 'date' };
      return { value: duration(null, m[2]!), kind: 'duration' };
    },
  },
  // "day-long", "decades-long", "several-year": durations as adjectives
  {
    name: 'long',
    re: ci(`\\b(?:(${UNIT})(s)?-long|(several|few|many|multi)-(${UNIT}))\\b`),
    build(m) {
      if (m[1]) return { value: duration(m[2] ? null : 1, m[1]), kind: 'duration' };
      return { value: duration(null, m[4]!), kind: 'duration' };
    },
  },
  // "midday", "mid-afternoon yesterday": that part of the day
  {
    name: 'midday',
    re: ci(`\\b(midday|mid-?day|mid-?\\s?(?:morning|afternoon|evening))\\b(?:\\s+(yesterday|today|tomorrow|${WEEKDAY.toLowerCase()})\\b)?`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase();
      const dayWord = m[2]?.toLowerCase();
      let base = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
      if (dayWord && WEEKDAYS[dayWord]) base = resolveWeekday(ctx, WEEKDAYS[dayWord]!, m.index, m.index + m[0].length);
      else if (dayWord && ctx.dct) base = dayValue(addDays(ctx.dct, dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0));
      const part = /day$/.test(w) ? '12:00' : PARTS[w.replace(/^mid-?\s?/, '')]!;
      return { value: `${base}T${part}`, kind: 'time' };
    },
  },
  // "Friday", "last Friday", "Wednesday night", "Tuesdays"
  {
    name: 'weekday',
    re: re(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his(?:\\s+coming)?|[Cc]oming|[Ee]arlier|[Ll]ate|[Ee]arly)\\s+)?\\b(${WEEKDAY})(s)?\\b(?:\\s+(${PART})(s)?)?`),
    build(m, ctx) {
      const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
      // "Tuesdays", "Tuesday nights": every Tuesday
      if (m[3] || m[5]) return { value: `XXXX-WXX-${wd}${m[4] ? 'T' + PARTS[m[4].toLowerCase()] : ''}`, kind: 'set' };
      const dir = /^earlier$/i.test(m[1] ?? '') ? 'earlier' : /coming/i.test(m[1] ?? '') ? 'next' : directionOf(m[1]);
      const day = resolveWeekday(ctx, wd, m.index, m.index + m[0].length, dir === 'this' ? undefined : dir);
      // "Earlier Friday, police said", "Late Monday": TimeBank spans the day alone (6 of 8 on timebank-dev)
      const skip = /^(?:earlier|later|early|late)$/i.test(m[1] ?? '') ? m[0].indexOf(m[2]!) : 0;
      return { value: m[4] && PART_OF_WEEKDAY ? `${day}T${PARTS[m[4].toLowerCase()]}` : day, kind: 'date', skip };
    },
  },
  // "today", "late yesterday", "Earlier yesterday" (TimeBank spans the adverb with these), "tonight", "this morning", "last night"
  {
    name: 'deictic-day',
    re: ci(`(?:\\b(?:late|early|earlier|later)\\s+)?\\b(today|yesterday|tomorrow|tonight|(?:this|yesterday|tomorrow|last)\\s+(?:${PART}))\\b`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase().split(/\s+/);
      const d = ctx.dct;
      const shift = w[0] === 'yesterday' || (w[0] === 'last' && w[1] === 'night') ? -1 : w[0] === 'tomorrow' ? 1 : 0;
      const base = d ? dayValue(addDays(d, shift)) : 'XXXX-XX-XX';
      if (w[0] === 'tonight') return { value: `${base}TNI`, kind: 'time' };
      if (w.length > 1) return { value: `${base}T${PARTS[w[1]!] ?? 'XX'}`, kind: 'time' };
      return { value: base, kind: 'date' };
    },
  },
  // "now", "currently" (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF)
  {
    name: 'reference',
    re: ci(`\\b(${alt(words.presentRef)}|${alt(words.pastRef)}|${alt(words.futureRef)})\\b`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase();
      const after = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the past three years" is a duration (another rule); "now" in "now that" / "just now" stays a time too
      if (w === 'the past' && /^\s+(?:\d|few|several|[a-z]+\s+(?:year|month|week|day|decade))/i.test(after)) return null;
      // "will soon begin", "may soon seek" (FUTURE_REF), but not the conjunctions "as soon as", "soon after"
      // narrative "was soon released", "soon became a flood": the adverb of a past event is no reference to the future
      if (w === 'soon' && ctx.tense(m.index, m.index + m[0].length) === 'past') return null;
      if (w === 'soon' && (/\bas\s+$/i.test(ctx.body.slice(Math.max(0, m.index - 4), m.index)) || /^\s+(?:as|after|afterwards?|thereafter)\b/i.test(after))) return null;
      if (w === 'future' && !/^\s*(?:[,.;]|$)/.test(after) && !/\bthe\s+(?:near\s+)?$|\bin\s+(?:the\s+)?$/i.test(ctx.body.slice(Math.max(0, m.index - 14), m.index))) return null;
      const v = words.presentRef.includes(w) ? 'PRESENT_REF' : words.pastRef.includes(w) ? 'PAST_REF' : 'FUTURE_REF';
      return { value: v, kind: 'date' };
    },
  },
  // "3 p.m.", "10:35 a.m. EST", "noon"
  {
    name: 'clock',
    re: ci(`(?:\\b(${WEEKDAY.toLowerCase()}|today|yesterday|tomorrow)(?:\\s+at|,)?\\s+)?(?:\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC)\\b)?|\\b(noon|midnight))(?:,?\\s+(?:on\\s+)?(?:(${WEEKDAY.toLowerCase()}|today|yesterday|tomorrow)\\b|(${MONTH})\\.?\\s+(\\d{1,2})(?![\\d:])))?`),
    build(m, ctx) {
      // "High Noon", "high noon comes today": the idiom of a showdown, no time of day
      if (m[5] && !m[1] && /\bhigh\s+$/i.test(ctx.body.slice(Math.max(0, m.index - 6), m.index))) return null;
      // "10 p.m. Wednesday", "noon Thursday", "Friday at 9 a.m.": the time of that day
      let dayWord = (m[1] ?? m[6])?.toLowerCase();
      let base = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
      // "10:35 a.m. (0735 GMT) Friday": the day after a gloss in another time zone
      const glossed = dayWord || m[7] ? null : /^\s*\([^()]{1,30}\)\s*,?\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b/i.exec(ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 50));
      if (glossed) dayWord = glossed[1]!.toLowerCase();
      if (dayWord && WEEKDAYS[dayWord]) base = resolveWeekday(ctx, WEEKDAYS[dayWord]!, m.index, m.index + m[0].length);
      else if (dayWord && ctx.dct) base = dayValue(addDays(ctx.dct, dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0));
      // "5 p.m. EST, Nov. 6": the time of that calendar day
      else if (m[7]) {
        const month = MONTHS[m[7].toLowerCase()]!;
        const day = Number(m[8]);
        if (day < 1 || day > 31) return null;
        base = resolveMonthDay(ctx, month, day, m.index, m.index + m[0].length);
      }
      m = [m[0], m[2], m[3], m[4], m[5]] as unknown as RegExpExecArray;
      let h: number;
      let min = 0;
      if (m[4]) { h = m[4].toLowerCase() === 'noon' ? 12 : 24; }
      else {
        h = Number(m[1]);
        min = m[2] ? Number(m[2]) : 0;
        if (h > 12 || min > 59) return null;
        const pm = /^p/i.test(m[3]!);
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      }
      return { value: `${base}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, kind: 'time' };
    },
  },
  // "1600 GMT", "0930 local time": the 24-hour clock of wire reports
  {
    name: 'clock24',
    re: re(`\\b([01]\\d|2[0-3])([0-5]\\d)(?:\\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT)\\b|\\s+local\\s+time\\b|\\s*hrs\\b)`),
    build(m, ctx) {
      // "10:35 a.m. (0735 GMT)": the same moment in another zone, a gloss on the time before it
      if (/\d\s*(?:[ap]\.?m\.?|noon|midnight|[A-Z]{3})\s*\(\s*$/i.test(ctx.body.slice(Math.max(0, m.index - 16), m.index))) return null;
      const base = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
      return { value: `${base}T${m[1]}:${m[2]}`, kind: 'time' };
    },
  },
  // "daily", "every day", "each year", "annually", "per year"
  {
    name: 'set',
    re: ci(`\\b(?:(${alt(Object.keys(words.sets))})|(?:every|each|per)\\s+(${UNIT}|${WEEKDAY.toLowerCase()}|${PART})|(?:every|each)\\s+(${MONTH}))\\b`),
    build(m, ctx) {
      // "each July": that month of every year
      if (m[3]) return /^(?:May|[A-Z][a-z]{3,})$/.test(m[3]) ? { value: `XXXX-${String(MONTHS[m[3].toLowerCase()]).padStart(2, '0')}`, kind: 'set' } : null;
      if (m[1]) {
        // "its quarterly dividend": an adjective of a payment, not a frequency in TimeBank
        const after = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 16);
        // TimeML annotates the adjective too ("a daily rally" is a SET); TimeBank's financial news leaves out the
        // adjectives of payments and reports ("its quarterly dividend"), so only those less frequent words are skipped
        if (!/^(?:daily|weekly|nightly)$/i.test(m[1]) && /^\s+(?!(?:and|or|to|in|on|at|for|from|by|since|until|than|as|but|with|through|during|over)\b)[A-Za-z]/.test(after)) return null;
        return { value: (words.sets as Record<string, string>)[m[1].toLowerCase()]!, kind: 'set' };
      }
      const w = m[2]!.toLowerCase();
      if (WEEKDAYS[w]) return { value: `XXXX-WXX-${WEEKDAYS[w]}`, kind: 'set' };
      if (PARTS[w]) return { value: `XXXX-XX-XXT${PARTS[w]}`, kind: 'set' };
      return { value: duration(1, w), kind: 'set' };
    },
  },
  // "Christmas", "Thanksgiving Day", "New Year's Day", "Election Day", "Labor Day"
  {
    name: 'holiday',
    re: ci(`\\b(${alt([...Object.keys(words.holidays), ...Object.keys(FLOATING)])})\\b(?:,?\\s+(\\d{4})\\b)?`),
    build(m, ctx) {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const name = m[1]!.toLowerCase();
      const year = m[2] ? Number(m[2]) : ctx.dct ? ctx.dct.year : null;
      if (year === null) return { value: 'XXXX-XX-XX', kind: 'date' };
      // the last one in past-tense sentences, the next one in future ones, else the nearest ("from now to Election Day")
      const tense = m[2] || !ctx.dct ? null : ctx.tense(m.index, m.index + m[0].length);
      const pick = (on: (y: number) => Day): Day => {
        if (m[2] || !ctx.dct) return on(year);
        const days = (x: Day): number => (Date.UTC(x.year, x.month - 1, x.day) - Date.UTC(ctx.dct!.year, ctx.dct!.month - 1, ctx.dct!.day)) / 864e5;
        const options = [on(year - 1), on(year), on(year + 1)].filter((x) => tense === 'past' ? days(x) <= 0 : tense === 'future' ? days(x) >= 0 : true);
        return options.reduce((a, b) => (Math.abs(days(b)) < Math.abs(days(a)) ? b : a));
      };
      const rule = FLOATING[name];
      if (rule) {
        // the n-th weekday of a month on or after a day ("Election Day": the Tuesday after the first Monday of November)
        const [month, wd, n, from] = rule as [number, number, number, number];
        const on = (y: number): Day => {
          if (n < 0) {
            const last: Day = { year: y, month, day: new Date(Date.UTC(y, month, 0)).getUTCDate() };
            return addDays(last, -((weekday(last) - wd + 7) % 7));
          }
          const first = from + ((wd - weekday({ year: y, month, day: from }) + 7) % 7);
          return { year: y, month, day: first + 7 * (n - 1) };
        };
        return { value: dayValue(pick(on)), kind: 'date' };
      }
      const md = (words.holidays as Record<string, string>)[name]!;
      return { value: dayValue(pick((y) => ({ year: y, month: Number(md.slice(0, 2)), day: Number(md.slice(3)) }))), kind: 'date' };
    },
  },
  // "the weekend", "this weekend": the weekend just past, or the coming one in future sentences
  {
    name: 'weekend',
    re: ci(`\\bthe\\s+weekend\\b`),
    build(m, ctx) {
      const d = ctx.dct;
      if (!d) return { value: 'XXXX-WXX-WE', kind: 'date' };
      const future = ctx.future(m.index, m.index + m[0].length);
      const wd = weekday(d);
      const back = future || wd >= 6 ? 0 : 7;
      return { value: `${weekValue(addDays(d, -back))}-WE`, kind: 'date' };
    },
  },
  // "year-end", "the end of the year", "the year": the document's year; "for the year", "the fiscal year": a year's span
  {
    name: 'the-year',
    re: ci(`\\b(?:year[-\\s]end|year's\\s+end|(?:the\\s+)?end\\s+of\\s+the\\s+year|the\\s+(?:(?:full|fiscal|latest\\s+fiscal|current\\s+fiscal)\\s+)?year)\\b(?![\\s-]+(?:earlier|ago|before|old|later)\\b|\\s+\\d)`),
    build(m, ctx) {
      if (/Year/.test(m[0])) return null; // "Player of the Year": a title
      const t = m[0].toLowerCase();
      const before = ctx.body.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
      // "revenue for the year ended March 31", "in the fiscal year ending June 30": a span of a year (P1Y, TimeBank 7 of
      // 8); "a high for the year", "the first nine months of the year", "the full year": the document's year
      const after = ctx.body.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^the\s+(?:fiscal\s+)?year$/.test(t) && /^\s+(?:ended|ending)\b/i.test(after)) return { value: 'P1Y', kind: 'duration' };
      // "complete the deal by year-end": December 31 (TimeBank, 2 of 2); "since year-end": the last one
      if (/^year-end$/.test(t) && ctx.dct) return { value: `${ctx.dct.year - (/\bsince\s+$/.test(before) ? 1 : 0)}-12-31`, kind: 'date' };
      return { value: ctx.dct ? String(ctx.dct.year) : 'XXXX', kind: 'date' };
    },
  },
  // "at the end of this week", "the beginning of next month": the edge of a deictic week or month is part of the
  // expression (TimeML), its value that week or month
  {
    name: 'edge-of-unit',
    re: ci(`\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(this|next|last)\\s+(week|month)\\b`),
    build(m, ctx) {
      const d = ctx.dct;
      const shift = /^next$/i.test(m[1]!) ? 1 : /^last$/i.test(m[1]!) ? -1 : 0;
      if (/^week$/i.test(m[2]!)) return { value: d ? weekValue(addDays(d, 7 * shift)) : 'XXXX-WXX', kind: 'date' };
      if (!d) return { value: 'XXXX-XX', kind: 'date' };
      const x = addMonths(d.year, d.month, shift);
      return { value: monthValue(x.year, x.month), kind: 'date' };
    },
  },
  // "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven": years spoken in broadcast transcripts
  {
    name: 'spelled-year',
    re: ci(`(?:\\b(${MONTH})\\s+(?:of\\s+)?|\\bthe\\s+(${SEASON})\\s+of\\s+)?\\b(?:(?:the\\s+year\\s+)?(two\\s+thousand)(?:\\s+(?:and\\s+)?(${UNITS_WORDS}|ten))?|(nineteen|eighteen|twenty)[\\s-]+(${TENS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\\s-]+(${UNITS_WORDS}))?)\\b`),
    build(match) {
      // "January nineteen ninety-seven" (1997-01), "the winter of nineteen ninety-four" (1994-WI): the groups after
      // that optional lead keep their numbers below
      const [month, season] = [match[1], match[2]];
      if (month && !/^[A-Z][a-z]/.test(month)) return null; // "may nineteen ..." is no month
      const m = [match[0], ...match.slice(3)];
      let year: number;
      if (m[1]) year = 2000 + (m[2] ? numberValue(m[2]) ?? 0 : 0);
      else {
        const century = { nineteen: 19, eighteen: 18, twenty: 20 }[m[3]!.toLowerCase() as 'nineteen'];
        year = century * 100 + (numberValue(m[4]!) ?? 0) + (m[5] ? numberValue(m[5]) ?? 0 : 0);
      }
      if (month) return { value: monthValue(year, MONTHS[month.toLowerCase()]!), kind: 'date' };
      if (season) return { value: `${year}-${SEASONS[season.toLowerCase()]}`, kind: 'date' };
      return { value: String(year), kind: 'date' };
    },
  },
  // "the nineties", "the eighties"
  {
    name: 'spelled-decade',
    re: ci(`\\b(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`),
    build(m, ctx) {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1]!.toLowerCase()) + 2;
      if (!/^the\b/i.test(m[0]) && !/\b(?:in|since|during|of)\s+$/i.test(ctx.body.slice(Math.max(0, m.index - 8), m.index))) return null;
      return { value: `${ctx.dct ? Math.floor(ctx.dct.year / 100) : 19}${tens}`, kind: 'date' };
    },
  },
];

