import type { Mention, PersonEntity } from '../types.js';
import { W } from '../extract/names/lexicon.js';
import { HONORIFICS, TITLE_WORDS as TITLES } from '../vocab/index.js';

// Person names settled after the name finder: the title it let into a mention peeled off, and a short form merged
// into the one fullest name it abbreviates. (While it reads, the finder files short forms by nameAliases.ts.)

// Title words (general knowledge, src/vocab): every word that is a title before a name, and the honorifics. Given
// names that are also title words ("Dean", "Duke") are no title at a name's start.
const TITLE_WORDS = new Set([...TITLES, ...HONORIFICS.all, 'messrs', 'mmes']);
const GIVEN = W.givenNameWords;

interface Word {
  text: string;
  start: number;
}

const wordsOf = (m: Mention): Word[] => [...m.text.matchAll(/\S+/gu)].map((x) => ({ text: x[0], start: m.start + x.index }));
const key = (w: string): string => w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '');
const isTitleWord = (w: string, first: boolean): boolean => {
  const k = key(w);
  if (!/^\p{Lu}/u.test(w) || (first && GIVEN.has(k))) return false;
  return TITLE_WORDS.has(k) || (k.endsWith('s') && TITLE_WORDS.has(k.slice(0, -1)));
};
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A person mention without the title the name finder let into it: everything up to its last title word when a name
 * follows ("Air Force Lieutenant Colonel Eileen Marsh" -> "Eileen Marsh", "U.S. Surgeon General David Wendling"
 * -> "David Wendling", "Messrs. Kessler" -> "Kessler"). DESIGN.md: a person's span is the name only.
 */
export function withoutTitle(m: Mention): Mention {
  const words = wordsOf(m);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitleWord(words[i]!.text, i === 0)) cut = i;
  if (cut < 0) return m;
  const rest = words.slice(cut + 1);
  // What is left must read as a name: capitalised words, not a suffix alone ("King Jr.").
  if (!rest.every((w) => NAME_WORD.test(w.text)) || /^(jr|sr|ii|iii|iv)\.?$/iu.test(rest[0]!.text)) return m;
  const start = rest[0]!.start;
  return { ...m, text: m.text.slice(start - m.start), start };
}

/**
 * People listed under the right entity: titles peeled off the mentions (see `withoutTitle`), then short forms
 * filed under the fullest name they abbreviate, where only one person fits:
 * - the same first and last words with fewer in between ("James Talbot" under "James Charles Talbot");
 * - a lone surname ("Ben-Ami" under "Margalit Ben-Ami") or a lone given name ("Diane" under "Diane Colfax").
 * The entity's name is its fullest form; mentions stay in text order.
 */
export function settlePersonNames(people: readonly PersonEntity[]): PersonEntity[] {
  const byName = new Map<string, PersonEntity>();
  for (const p of people) {
    const mentions = p.mentions.map(withoutTitle);
    const name = withoutTitle({ text: p.name, start: 0, end: p.name.length }).text;
    const into = byName.get(name);
    if (into) into.mentions.push(...mentions);
    else byName.set(name, { ...p, name, mentions });
  }
  const list = [...byName.values()];
  const words = new Map(list.map((p) => [p, p.name.split(/\s+/u)] as const));
  // Longest names first, so that a short form finds the root its fuller forms were filed under.
  const merged = new Map<PersonEntity, PersonEntity>();
  const root = (p: PersonEntity): PersonEntity => {
    for (let n = 0; merged.has(p) && n < list.length; n++) p = merged.get(p)!;
    return p;
  };
  for (const p of [...list].sort((a, b) => words.get(b)!.length - words.get(a)!.length)) {
    const w = words.get(p)!;
    const fits = new Set(list.filter((q) => q !== p && words.get(q)!.length > w.length && abbreviates(w, words.get(q)!)).map(root));
    if (fits.size === 1) merged.set(p, [...fits][0]!);
  }
  const out = new Map<PersonEntity, PersonEntity>();
  for (const p of list) {
    const r = root(p);
    const e = out.get(r) ?? { ...r, mentions: [] };
    e.mentions.push(...p.mentions);
    out.set(r, e);
  }
  return [...out.values()]
    .map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Short form `w` of the fuller name `full`: same first and last words, the rest in order; or one of them alone. */
function abbreviates(w: readonly string[], full: readonly string[]): boolean {
  const same = (a: string, b: string): boolean => key(a) === key(b);
  if (w.length === 1) return same(w[0]!, full[full.length - 1]!) || same(w[0]!, full[0]!);
  if (!same(w[0]!, full[0]!) || !same(w[w.length - 1]!, full[full.length - 1]!)) return false;
  let j = 1;
  for (let i = 1; i < w.length - 1; i++) {
    while (j < full.length - 1 && !same(w[i]!, full[j]!)) j++;
    if (j >= full.length - 1) return false;
    j++;
  }
  return true;
}
