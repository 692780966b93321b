import type { Entity, Mention } from '../types.js';

// Trailing characters a mention never keeps: punctuation after a name ("Seoul," "Japan.") and the possessive
// ("North Korea's", "Mibae’s"). A final period is kept when the name is an abbreviation ending in one ("U.S.",
// "Corp.", "Jr."): a dotted word of single letters or a short capitalised abbreviation.
// Quote marks of every style and invisible characters (zero-width space and joiners, word joiner, BOM, soft hyphen)
// never end or start one either.
const TRAILING = /[\s,;:!?"'’”)\]}\u2013\u2014\-‘“„‚«»‹›`´″′\u00ad\u200b-\u200f\u2060\ufeff]+$/u;
const POSSESSIVE = /['’]s?$/u;
const LEADING = /^[\s,;:!?"'‘“(\[{\u2013\u2014\-’”„‚«»‹›`´″′\u00ad\u200b-\u200f\u2060\ufeff]+/u;
// Control characters (C0 but tab and line breaks, DEL, C1): the tokenizer reads them as spaces; a mention that
// would still span one ends before it, so none ever reaches a terminal inside a name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');
const KEEP_PERIOD = /(?:\b[A-Za-z]\.[A-Za-z]\.?$|\b(?:Corp|Inc|Ltd|Co|Bros|Jr|Sr|St|Mt|Gen|Ave|Dept|Univ|Assn|Intl|No)\.$)/;

/**
 * The mention for `text.slice(start, end)` with surrounding punctuation and a possessive removed, or null when
 * nothing is left. The one place where mention boundaries are cleaned.
 */
export function makeMention(text: string, start: number, end: number): Mention | null {
  const control = CONTROL.exec(text.slice(start, end));
  if (control) {
    if (control.index === 0) return null;
    end = start + control.index;
  }
  for (let changed = true; changed && end > start; ) {
    changed = false;
    const s = text.slice(start, end);
    const lead = LEADING.exec(s);
    if (lead) { start += lead[0].length; changed = true; continue; }
    const trail = TRAILING.exec(s);
    if (trail) { end -= trail[0].length; changed = true; continue; }
    if (/(?<=\S)['’]s$/u.test(s) || /(?<=s)['’]$/u.test(s)) {
      end -= POSSESSIVE.exec(s)![0].length;
      changed = true;
      continue;
    }
    if (s.endsWith('.') && !KEEP_PERIOD.test(s)) { end -= 1; changed = true; }
  }
  if (end <= start) return null;
  return { text: text.slice(start, end), start, end };
}

export const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

/** A found mention with the key it groups under and the data its entity carries. */
export interface Candidate<T extends object = object> {
  key: string;
  name: string;
  mention: Mention;
  data?: T;
}

/**
 * Groups mentions into entities by key: mentions sorted and de-duplicated, entities ordered by first mention,
 * the name is the longest name seen (the fullest form), `data` from the first candidate of the entity.
 */
export function groupEntities<T extends object>(candidates: Candidate<T>[]): (Entity & T)[] {
  const groups = new Map<string, { name: string; data: T | undefined; mentions: Mention[] }>();
  for (const c of candidates) {
    const g = groups.get(c.key);
    if (CONTROL.test(c.name)) c.name = c.name.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
    if (!g) groups.set(c.key, { name: c.name, data: c.data, mentions: [c.mention] });
    else {
      g.mentions.push(c.mention);
      // The fullest form names the entity; of two as long, the one in ordinary case ("Brussels" over a dateline's
      // "BRUSSELS").
      if (c.name.length > g.name.length || (c.name.length === g.name.length && shouted(g.name) && !shouted(c.name))) g.name = c.name;
      if (g.data === undefined) g.data = c.data;
    }
  }
  const entities = [...groups.values()].map((g) => {
    const seen = new Set<string>();
    const mentions = g.mentions.sort(byStart).filter((m) => {
      const k = `${m.start}:${m.end}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    return { name: g.name, ...(g.data ?? ({} as T)), mentions } as Entity & T;
  });
  return entities.sort((a, b) => byStart(a.mentions[0]!, b.mentions[0]!));
}

/** Written in capitals only: a headline's or dateline's form. */
const shouted = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** True when two spans share at least one character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
