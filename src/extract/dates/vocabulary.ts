import { loadJson } from '../../data.js';

/**
 * The date words of `words.json` and the regular-expression pieces built from them, once, when the module loads:
 * a word added to `words.json` is matched by every finder that uses its list (a month by all month patterns, a unit
 * by "three units", "units-long", "every unit" ...), with no pattern to edit.
 */
export const words = loadJson<typeof import('./words.json')>(new URL('./words.json', import.meta.url));

export const MONTHS: Readonly<Record<string, number>> = words.months;
export const WEEKDAYS: Readonly<Record<string, number>> = words.weekdays;
/** Cardinals ("seven", "forty") and the quantity words that count like them ("a", "a couple of", "a dozen"). */
export const NUMBERS: Readonly<Record<string, number>> = { ...words.numbers, ...words.quantities };
export const ORDINALS: Readonly<Record<string, number>> = words.ordinals;
export const UNITS: Readonly<Record<string, string>> = words.units;
export const SEASONS: Readonly<Record<string, string>> = words.seasons;
export const PARTS: Readonly<Record<string, string>> = words.partsOfDay;
export const SETS: Readonly<Record<string, string>> = words.sets;
export const HOLIDAYS: Readonly<Record<string, string>> = words.holidays;
/** `[month, weekday, n, from]`: the n-th weekday of the month on or after day `from` (n < 0: the last one). */
export const FLOATING: Readonly<Record<string, readonly number[]>> = words.floatingHolidays;
/** The first two words of a year said aloud: "nineteen" ninety-six = 19xx. */
export const CENTURIES: Readonly<Record<string, number>> = words.centuries;

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first (so "Sept" is tried before "Sep"). */
export const alt = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const wordsWhere = (table: Readonly<Record<string, number>>, keep: (n: number, word: string) => boolean): string[] =>
  Object.entries(table).filter(([w, n]) => keep(n, w)).map(([w]) => w);
const isWord = (w: string): boolean => /^[a-z]+$/.test(w);

// Month names are matched capitalised only ("March" the month, not "the march"); abbreviations may take a period.
export const MONTH = `(?:${alt(Object.keys(MONTHS).map(cap))})`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).map(cap))})`;

// Numbers in words: "seven", "forty-two", "a couple of"; the tens and digits combine with a hyphen or a space.
const TEN_WORDS = wordsWhere(words.numbers, (n) => n >= 20 && n <= 90 && n % 10 === 0);
const DIGIT_WORDS = wordsWhere(words.numbers, (n) => n >= 1 && n <= 9);
export const TENS = alt(TEN_WORDS);
export const DIGIT_WORD = alt(DIGIT_WORDS);
/** "ten" to "nineteen": the second half of a year said aloud ("nineteen fifteen"). */
export const TEEN = alt(wordsWhere(words.numbers, (n) => n >= 10 && n <= 19));
const NUMWORD = `(?:(?:${TENS})(?:[- ](?:${DIGIT_WORD}))?|${alt(Object.keys(NUMBERS).filter((k) => !TEN_WORDS.includes(k)))})`;
/** An amount: "3", "2.5", "2 1/2", "seven", "twenty-one", "a couple of", "an hour and a half". */
export const NUM = `(?:\\d{1,3}(?:\\.\\d+|\\s+1/2|\\s+and\\s+a\\s+half)?|${NUMWORD}(?:\\s+and\\s+a\\s+half)?)`;
/** A unit of time in the singular; "centurie" spells the stem of "centuries". */
export const UNIT = `(?:${alt(Object.keys(UNITS))})`;
export const PART = `(?:${alt(Object.keys(PARTS))})`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const CENTURY_WORD = alt(Object.keys(CENTURIES));
export const ZONE = `(?:${alt(words.timeZones)})`;
/** The ordinal of a quarter or a half: "first" to "fourth", "1st" to "4th". */
export const QUARTER_ORDINAL = alt(wordsWhere(ORDINALS, (n) => n >= 1 && n <= 4));
/** "the end of", "early", "mid-": the part of a month or year an expression points at (the value stays the unit's). */
export const EDGE = '(?:early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)';
/** A four-digit year that no digit or thousands separator continues ("1990", not "1990,000" or "19905"). */
export const year = (group: string): string => `(?<${group}>\\d{4})(?!\\d|,\\d)`;

// "March eighth", "the twenty-first of June": days of a month in words, as broadcasts spell them
const DAY_TENS = wordsWhere(words.numbers, (n) => n === 20 || n === 30);
const ORDINAL_UNITS = wordsWhere(ORDINALS, (n, w) => n <= 9 && isWord(w));
export const ORDINAL_DAY = `(?:(?:${alt(DAY_TENS)})[- ](?:${alt(ORDINAL_UNITS)})|${alt(Object.keys(ORDINALS).filter(isWord))})(?![\\w-])`;

/** "twenty-first" = 21, "eighth" = 8; 0 when the words make no ordinal. */
export function ordinalValue(s: string): number {
  const parts = s.toLowerCase().split(/[- ]+/);
  if (parts.length === 1) return ORDINALS[parts[0]!] ?? 0;
  const [tens, unit] = parts;
  return parts.length === 2 && DAY_TENS.includes(tens!) && ORDINAL_UNITS.includes(unit!) ? NUMBERS[tens!]! + ORDINALS[unit!]! : 0;
}

/** "two" = 2, "forty-two" = 42, "2 1/2" = 2.5, "an hour and a half"'s "an ... and a half" = 1.5; null when no number. */
export function numberValue(s: string): number | null {
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

/** "the twenties" = 2 (the decade's tens digit): the plural of each tens word. */
export const DECADE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  TEN_WORDS.map((w) => [w.replace(/y$/, 'ies'), NUMBERS[w]! / 10]),
);
