import type { DateKind } from '../../types.js';
import type { DateContext } from './context.js';

/** A temporal expression: its span in the body, its TIMEX3 value and type, and the rules that made it. */
export interface Timex {
  start: number;
  end: number;
  value: string;
  kind: DateKind;
  /** The finder that found it, then the refiners that changed it: "amount + around". */
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
  /** A bare clock time ("was shot at 10 p.m."): the story's day only, never a day of its month alone */
  dayOnly?: boolean;
}

/**
 * `anaphor`: the value depends on the quarter the article last named ("the quarter", "a year earlier" in an earnings
 * report that spoke of "the fiscal first quarter"); `quarter-in-year`: that quarter of the year the value holds
 * ("the 1988 period"); resolved in text order by the anaphora refiner.
 */
export type Anaphor = 'quarter' | 'quarter-year-before' | 'quarter-in-year';

/**
 * What a finder makes of a match. `skip`: characters to leave out at the start ("the" before an adjective: "the
 * third-quarter loss"); `cut`: characters to leave out at the end ("Three days later" spans "Three days").
 */
export interface Found {
  value: string;
  kind: DateKind;
  skip?: number;
  cut?: number;
  anaphor?: Anaphor;
  narrative?: Narrative;
}

/** One match of a finder's pattern, by named groups, with the text either side of it. */
export interface DateMatch {
  text: string;
  index: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
  /** A group the pattern always fills (a match without it is a bug of the pattern; the match is then dropped). */
  need(group: string): string;
  /** Up to `n` characters of the body before the match, and after it. */
  before(n: number): string;
  after(n: number): string;
}

/** A pattern family: one regular expression (global, built once) and the normalization of its matches. */
export interface Finder {
  name: string;
  pattern: RegExp;
  extract(match: DateMatch, ctx: DateContext): Found | null;
}

export const pattern = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);
/** Case-insensitive. */
export const patternCi = (source: string): RegExp => pattern(source, 'gi');

function dateMatch(m: RegExpExecArray, body: string): DateMatch {
  const end = m.index + m[0].length;
  const groups = m.groups ?? {};
  return {
    text: m[0],
    index: m.index,
    end,
    groups,
    need(group) {
      const value = groups[group];
      if (value === undefined) throw new Error(`date pattern without its group ${group}`);
      return value;
    },
    before: (n) => body.slice(Math.max(0, m.index - n), m.index),
    after: (n) => body.slice(end, end + n),
  };
}

/** Every match of one finder in `body`, as timexes; one odd match never ends the article. */
export function runFinder(finder: Finder, body: string, ctx: DateContext): Timex[] {
  const out: Timex[] = [];
  const re = finder.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    let found: Found | null = null;
    try {
      found = finder.extract(dateMatch(m, body), ctx);
    } catch {
      found = null;
    }
    if (!found) continue;
    const start = m.index + (found.skip ?? 0);
    const end = m.index + m[0].length - (found.cut ?? 0);
    const t: Timex = { start, end, value: found.value, kind: found.kind, why: finder.name };
    if (found.anaphor) t.anaphor = found.anaphor;
    if (found.narrative) t.narrative = found.narrative;
    out.push(t);
  }
  return out;
}

/** TimeBank spans an adjectival "third-quarter" or "eight-year" without the determiner of the noun it modifies. */
export function determinerOfAdjective(text: string): number {
  // the adjective is the expression's last word ("the fiscal second-quarter loss"); "the year-earlier third
  // quarter" is a noun phrase and keeps its determiner
  if (!/^the\s/i.test(text) || !/\w-\w+$/.test(text)) return 0;
  return /^the\s+/i.exec(text)![0].length;
}
