import type { Token } from '../../article/article.js';
import type { Scores } from './classify.js';
import { bare, isCommonWord, keyOf, lower, tagged } from './lexicon.js';

// One sense per discourse: what the article says of a name where a cue stands holds where none does.

/** A person's full name found in the article: its tokens [first, last) and its text. */
export interface FullName { first: number; last: number; text: string }

/** The most evidence a lone word may have for another kind and still be read as a person's given name. */
const OTHER_KIND_MAX = 2;
/** The least evidence the full name needs for a person beyond its length ("Windows NT", "Hurricane Odalys"). */
const FULL_NAME_MIN = 1.5;

/**
 * "Tamsin Okoro" ... "defeated Tamsin in the final": a person's first name, used alone later, is that person, as
 * his surname is (src/link/nameAliases.ts). Only a word that names nothing else: not a common word, not a place or
 * an organization to compromise, not a surname or company stem the article already uses, and with little evidence
 * for another kind where it stands alone. Returns the new aliases (lower-case key -> full names).
 */
export function givenNameAliases(tokens: readonly Token[], people: readonly FullName[], taken: (key: string) => boolean,
  pooled: ReadonlyMap<string, Scores>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of people) {
    if (p.last - p.first !== 2) continue;
    const t = tokens[p.first]!;
    const k = keyOf(bare(t));
    const full = pooled.get(keyOf(p.text));
    if (!full || full.PER < FULL_NAME_MIN || full.PER <= full.ORG + full.LOC) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(bare(t)) || taken(k) || isCommonWord(lower(t)) || isCommonWord(lower(t).replace(/s$/, ''))
      || tagged(t, 'Place', 'City', 'Region', 'Country', 'Organization', 'Honorific', 'Title')) continue;
    const s = pooled.get(k);
    const other = s ? Math.max(s.ORG, s.LOC) : 0;
    if (!s || other >= OTHER_KIND_MAX) continue;
    const list = out.get(k) ?? [];
    if (!list.includes(p.text)) list.push(p.text);
    out.set(k, list);
  }
  // A given name two people of the article share says neither.
  for (const [k, list] of out) if (list.length > 1) out.delete(k);
  return out;
}
