import type { Token } from '../../article/article.js';
import { loadJson } from '../../data.js';
import { joinedAfter } from '../tokens.js';

export { joinedAfter };

import type { InitiativeKind } from '../../types.js';

export type { InitiativeKind };

// The head nouns, weak modifiers and set-up cues are general knowledge kept as data (see lexicon.json).
export const LEX = loadJson<{
  heads: Record<string, number>;
  kinds: Record<string, InitiativeKind>;
  namedOnly: string[];
  notInitiativeNames: string[];
  weakModifiers: string[];
  cuesBefore: string[];
  cuesAfter: string[];
  pluralHeads: string[];
  namedLowerHeads: string[];
  claimingHeads: string[];
  purposeHeads: string[];
  legalFormBefore: string[];
  selfStanding: string[];
  needsNoun: string[];
  compatibleKinds: string[][];
  npTails: Record<string, string[]>;
  participleTails: string[];
  sameHeadOnly: string[];
  massHeads: string[];
  genericHeads: string[];
}>(new URL('./lexicon.json', import.meta.url));

export const HEADS = new Map(Object.entries(LEX.heads).filter(([k]) => !k.includes(' ')));
export const NAMED_ONLY = new Set(LEX.namedOnly);
export const WEAK = new Set(LEX.weakModifiers);
export const CUES_BEFORE = new Set(LEX.cuesBefore);
export const CUES_AFTER = LEX.cuesAfter.map((c) => c.split(' '));
export const PLURAL_HEADS = new Set(LEX.pluralHeads);
export const SELF_STANDING = new Set(LEX.selfStanding);
export const NEEDS_NOUN = new Set(LEX.needsNoun);
export const PARTICIPLE_TAILS = new Set(LEX.participleTails);
export const GENERIC_HEADS = new Set(LEX.genericHeads);
export const MASS_HEADS = new Set(LEX.massHeads);
export const SAME_HEAD_ONLY = new Set(LEX.sameHeadOnly);
export const PURPOSE_HEADS = new Set(LEX.purposeHeads);
export const NP_TAILS = new Map(Object.entries(LEX.npTails).map(([p, ks]) => [p, new Set(ks)]));

/** The head noun a token is, singular ("programs" -> "program", "policies" -> "policy"), or null. */
export function headOf(t: Token): string | null {
  const w = word(t);
  for (const form of [w, w.replace(/ies$/u, 'y'), w.replace(/s$/u, '')]) {
    if (HEADS.has(form) || NAMED_ONLY.has(form)) return form;
  }
  return null;
}

/** The kind a head noun names ("merger" -> deal, "talks" -> talks); plan when the lexicon does not say. */
export const kindOf = (head: string): InitiativeKind => LEX.kinds[head] ?? 'plan';

/** Two kinds a back-reference may cross ("the agreement" for a merger, "the plan" for a programme). */
export function compatibleKinds(a: InitiativeKind, b: InitiativeKind): boolean {
  return a === b || LEX.compatibleKinds.some((g) => g.includes(a) && g.includes(b));
}

export const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'or', 'but', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'with',
  'by', 'from', 'as', 'than', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'not', 'no',
  'against', 'about', 'into', 'over', 'after', 'before', 'under', 'between', 'during', 'without', 'within', 'via', 'per',
  'like', 'only', 'also', 'among', 'across', 'toward', 'towards', 'upon', 'despite', 'until', 'since']);

/** Words that open a new clause: a tail stops before them ("an agreement to sign | if the court rules"). */
export const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'while', 'because', 'as',
  'but', 'after', 'before', 'until', 'unless', 'since', 'though', 'although', 'where', 'whether', 'so', 'should',
  'or', 'than', 'says', 'said']);

export const word = (t: Token): string => t.text.toLowerCase().replace(/['’]s$/u, '');
export const capitalised = (t: Token): boolean => /^[A-Z]/u.test(t.text);
export const possessive = (t: Token): boolean => /['’]s?$/u.test(t.text) && t.text.length > 2;

/**
 * Punctuation after t that ends a phrase: a comma, a bracket, a dash, a quote opening the next token; a period only
 * where the sentence ends. Stricter than tokens.ts' breaksAfter about periods, since an initiative's tail runs on
 * through "Entertainment Co. for ..." and "U.N. Security Council".
 */
export function breaksAfter(t: Token, next?: Token): boolean {
  if (/[,;:!?()\u2013\u2014"“”]|\s-\s/u.test(t.post) || /["“”(]/u.test(next?.pre ?? '')) return true;
  if (!t.post.includes('.')) return false;
  // "Entertainment Co. for $200 million": an abbreviation's period inside a sentence does not break.
  return !(t.tags.has('Abbreviation') && next !== undefined && next.sentence === t.sentence);
}
