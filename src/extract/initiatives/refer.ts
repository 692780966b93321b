import type { Mention } from '../../types.js';
import { groupEntities, type Candidate } from '../mentions.js';
import { GENERIC_HEADS, SAME_HEAD_ONLY, SELF_STANDING, compatibleKinds, type InitiativeKind } from './lexicon.js';
import type { Described } from './phrase.js';

/** One initiative phrase as found, before back-references are resolved. */
export interface Found {
  mention: Mention;
  head: string;
  kind: InitiativeKind;
  /** A capitalised name ("Paris Agreement"), not a description. */
  named: boolean;
  described: Described | null;
  headToken: number;
  lastToken: number;
  /** The head is plural ("talks", "programs"). */
  plural: boolean;
  /** A bracketed acronym ("NAFTA"): the key of the name it stands for. */
  aliasOf?: string;
}

interface Entry {
  key: string;
  head: string;
  kind: InitiativeKind;
  /** The words of every mention so far: what a restatement ("the retirement plan") must share. */
  words: Set<string>;
  /** Every mention so far plural-headed ("missile programs"): "the initiative" cannot refer to it. */
  plural: boolean;
  name: string;
  /** How full the naming mention is: 3 with a tail, 2 described or named, 1 bare. */
  rank: number;
}

/**
 * Groups the phrases into initiatives. A repeated phrase is the same initiative; a bare head ("the plan", "that
 * agreement", "talks") refers back to the latest initiative with the same head, else to the latest of a kind it
 * can name ("the agreement" for a merger); a restatement whose describing words all occur in an earlier
 * initiative of a kind it can name ("the retirement plan" after "an early retirement package") is that one. The
 * entity is named by its fullest mention. A bare head with nothing to refer to is kept only when it stands for an
 * undertaking by itself ("talks", "the investigation") or a cue says it is set up ("signed a plan").
 */
export function resolveInitiatives(found: readonly Found[]): { name: string; kind: InitiativeKind; mentions: Mention[] }[] {
  const entries: Entry[] = [];
  const candidates: Candidate<{ kind: InitiativeKind }>[] = [];
  const byKey = new Map<string, Entry>();
  for (const f of found) {
    const own = f.mention.text.toLowerCase().replace(/\s+/gu, ' ');
    let entry = byKey.get(f.aliasOf ?? own);
    if (!entry && f.described && !f.named) entry = antecedent(entries, f);
    if (!entry && f.described?.bare && !SELF_STANDING.has(f.head) && !f.described.cue) continue;
    if (!entry) {
      entry = { key: own, head: f.head, kind: f.kind, words: new Set(), plural: f.plural, name: '', rank: 0 };
      entries.push(entry);
      byKey.set(own, entry);
    }
    for (const w of f.mention.text.toLowerCase().split(/[\s-]+/u)) entry.words.add(w);
    if (!f.plural) entry.plural = false;
    // Later entries first: the latest antecedent wins.
    entries.splice(entries.indexOf(entry), 1);
    entries.push(entry);
    const rank = f.described ? (f.described.last > f.headToken ? 3 : f.described.content.length > 0 ? 2 : 1) : 2;
    if (rank > entry.rank) { entry.rank = rank; entry.name = f.mention.text.replace(/\s+/gu, ' '); }
    candidates.push({ key: entry.key, name: '', mention: f.mention, data: { kind: entry.kind } });
  }
  // The fullest mention names it: one with the phrase that says what it is, else the first that describes it.
  for (const c of candidates) c.name = byKey.get(c.key)!.name;
  return groupEntities(candidates);
}

/** The earlier initiative a bare head or a restatement refers back to, or undefined. */
function antecedent(entries: readonly Entry[], f: Found): Entry | undefined {
  const d = f.described!;
  if (d.last !== f.headToken) return undefined;
  if (d.content.length === 0) {
    // "the plan", "that accord", "talks"; but not "a plan" (a new one) or "make policy" (no undertaking at all).
    if (d.indefinite || !(d.definite || f.plural)) return undefined;
    // Number agrees ("the initiative" is not "missile programs"), but talks are talks ("their discussion").
    const fits = (e: Entry): boolean => !e.plural || f.plural || e.head === f.head || (e.kind === 'talks' && f.kind === 'talks');
    for (let k = entries.length - 1; k >= 0; k--) if (entries[k]!.head === f.head && fits(entries[k]!)) return entries[k];
    for (let k = entries.length - 1; k >= 0; k--) if (compatibleKinds(entries[k]!.kind, f.kind) && fits(entries[k]!)) return entries[k];
    // "... launched the initiative": a generic head set up or pursued names the latest initiative of any kind.
    if (GENERIC_HEADS.has(f.head) && d.cue) for (let k = entries.length - 1; k >= 0; k--) if (fits(entries[k]!)) return entries[k];
    return undefined;
  }
  const sameHead = SAME_HEAD_ONLY.has(f.head);
  for (let k = entries.length - 1; k >= 0; k--) {
    const e = entries[k]!;
    // "the enlargement process" names "NATO enlargement" by its head, whatever the kinds.
    const kindFits = sameHead || SAME_HEAD_ONLY.has(e.head) ? e.head === f.head : compatibleKinds(e.kind, f.kind);
    const fits = d.content.includes(e.head) || kindFits;
    if (fits && d.content.every((w) => e.words.has(w))) return e;
  }
  // "peace talks ... the multi-party talks ... Israel-Syrian talks": an article's talks are one process.
  if (sameHead && f.plural) for (let k = entries.length - 1; k >= 0; k--) if (entries[k]!.head === f.head) return entries[k];
  return undefined;
}
