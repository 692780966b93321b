import type { Article, Token } from '../../article/article.js';
import {
  CLAUSE_WORDS, CUES_AFTER, MASS_HEADS, CUES_BEFORE, FUNCTION_WORDS, HEADS, NAMED_ONLY, NEEDS_NOUN, NP_TAILS, PARTICIPLE_TAILS,
  PLURAL_HEADS, PURPOSE_HEADS, WEAK, breaksAfter, capitalised, headOf, joinedAfter, kindOf, possessive, word,
} from './lexicon.js';

export interface Context {
  article: Article;
  /** Token index -> 1 when it lies in a country mention ("North Korean", "U.S."). */
  country: Uint8Array;
  /** Token index -> 1 when it lies in a person or organization mention. */
  named: Uint8Array;
  /** Token index -> 1 when it lies in an organization mention. */
  org: Uint8Array;
}

/** A described initiative's tokens [first, last] and what the reader needs to judge it. */
export interface Described {
  first: number;
  last: number;
  /** Describing words (lower case, not weak): the words a back-reference must share with what it refers to. */
  content: string[];
  /** No describing word and no tail: "the plan", "a new agreement", "talks". */
  bare: boolean;
  /** Opened by an indefinite determiner ("a plan", "an offer"): a new undertaking, never a back-reference. */
  indefinite: boolean;
  /** Opened by a definite determiner or an owner ("the plan", "that accord", "their discussion", "Sony's effort"). */
  definite: boolean;
  /** A set-up or pursuit cue near it ("signed a ...", "... was launched"). */
  cue: boolean;
}

/** Most modifiers a described initiative takes leftwards, and most words in its tail. */
const MAX_MODIFIERS = 7;
const MAX_TAIL = 14;

/** A modifier inside a described initiative: an adjective, a noun, a hyphenated compound, a number, a name. */
function isModifier(ctx: Context, t: Token, prev: Token | undefined): boolean {
  if (ctx.country.at(t.index) || ctx.org.at(t.index)) return !possessive(t);
  if (ctx.named.at(t.index) || t.tags.has('Person')) return false; // "Halvorsen offer": a person is no modifier
  if (FUNCTION_WORDS.has(t.normal) || CLAUSE_WORDS.has(t.normal) || possessive(t)) return false;
  const tags = t.tags;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction')
      || tags.has('Adverb') || tags.has('QuestionWord')) return false;
  if (CUES_BEFORE.has(t.normal) && !WEAK.has(t.normal)) return false; // "sign framework deal" (a headline verb)
  // "the bank's lending practices", "the proposed merger", "Sony's planned acquisition"; but not "seeking pacts"
  // or "newly implemented".
  const opens = prev !== undefined && (prev.tags.has('Determiner') || possessive(prev) || prev.tags.has('Adjective'));
  if (tags.has('Gerund') && opens) return true;
  if (tags.has('Verb') && !tags.has('Hyphenated') && !tags.has('Adjective')) {
    const opener = prev && (prev.tags.has('Determiner') || possessive(prev) || prev.tags.has('Preposition'));
    return Boolean(opener) && tags.has('PastTense');
  }
  if (capitalised(t)) return !tags.has('Person');
  return tags.has('Adjective') || tags.has('Noun') || tags.has('Hyphenated') || tags.has('Gerund') || tags.has('Value')
    || tags.has('Date');
}

/** A describing word: lower case, not weak, not a number, a date or a country; or an organization ("NATO"). */
function isContent(ctx: Context, t: Token): boolean {
  if (ctx.country.at(t.index)) return false; // "the U.S. plan" says whose, not what
  if (capitalised(t)) return !t.tags.has('Person') && !t.tags.has('Date') && !t.tags.has('Value'); // "NATO summit", "Madrid summit"
  if (WEAK.has(word(t))) return false;
  return !t.tags.has('Value') && !t.tags.has('Date') && !/\d/u.test(t.text) && !/^(year|month|week|day|decade)s?$/u.test(word(t));
}

/**
 * A described initiative around head i: its modifiers leftwards to the determiner or possessive ("the | proposed
 * merger", "Sony's | planned acquisition"), and rightwards the phrase that says what it is ("for sharing ...",
 * "to triple ...", "on climate change", "between the two countries", "aimed at ..."), never a following clause.
 */
export function describedAt(ctx: Context, i: number, head: string): Described | null {
  if (NAMED_ONLY.has(head) && !HEADS.has(head)) return null;
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  if (capitalised(h) && ctx.article.sentences[h.sentence]!.first !== i) return null;
  const first = leftEdge(ctx, i);
  const last = tailAt(ctx, i, head);
  const plural = h.tags.has('Plural') && !PLURAL_HEADS.has(word(h)) && !PLURAL_HEADS.has(head);
  if (plural && last === i) return null; // "trade deals", "social programs": generic; "moves to keep ..." is not
  const mods = tokens.slice(first, i);
  const content = mods.filter((t, k) => isContent(ctx, t) && !(joinedAfter(t) && mods[k + 1] && WEAK.has(word(mods[k + 1]!))));
  const nouns = content.filter((t) => !t.tags.has('Adjective') || capitalised(t));
  const min = HEADS.get(head) ?? 1;
  const enough = content.length >= min && (!NEEDS_NOUN.has(head) || nouns.length > 0);
  const opener = tokens[first - 1];
  if (opener?.normal === 'no') return null; // "he has no plans to resign": nothing undertaken
  // A singular count noun needs a determiner: "that Smith offer to resign", "make policy" name no undertaking;
  // mass nouns do not ("under investigation", "federal legislation").
  const determined = first < i || (opener !== undefined && (opener.tags.has('Determiner') || possessive(opener)
    || /^(his|her|its|their|our|my|your)$/u.test(opener.normal) || opener.tags.has('Possessive')
    || opener.tags.has('Value') || opener.tags.has('Adjective')));
  const pluralForm = h.tags.has('Plural') || PLURAL_HEADS.has(word(h));
  const opensSentence = capitalised(h) && ctx.article.sentences[h.sentence]!.first === i; // "Negotiations failed."
  if (!determined && !pluralForm && !MASS_HEADS.has(head) && !opensSentence) return null;
  return {
    first, last,
    content: content.map((t) => word(t)),
    bare: !enough && last === i,
    indefinite: opener !== undefined && /^(a|an|any|another|some|no)$/u.test(opener.normal),
    definite: opener !== undefined && opener.sentence === h.sentence
      && (/^(the|this|that|these|those|its|their|our|his|her|your|my|such)$/u.test(opener.normal) || possessive(opener)),
    cue: cueNear(ctx, first, last),
  };
}

/** The first token of the modifiers before head i. */
function leftEdge(ctx: Context, i: number): number {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.sentence !== h.sentence || (breaksAfter(t, tokens[k + 1]) && !joinedAfter(t))) break;
    if (t.tags.has('Comparative') || t.tags.has('Superlative') && !WEAK.has(word(t))) break; // "even greater | expansion"
    // "Brookvale Federal Savings and Loan Association acquisition": the "and" inside an organization's name.
    if (/^(and|&)$/u.test(t.normal) && ctx.org.at(k) && ctx.org.at(k + 1) && k > 0 && ctx.org.at(k - 1)) { first = k; continue; }
    // A hyphenated compound is one modifier ("real-time", "North Korea-related"): take it whole.
    if (!isModifier(ctx, t, tokens[k - 1]) && !(joinedAfter(t) && first === k + 1)) break;
    first = k;
  }
  return first;
}

/** The last token of the tail after head i, or i. */
export function tailAt(ctx: Context, i: number, head: string): number {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  const prep = tokens[i + 1];
  if (!prep || breaksAfter(h, prep) || prep.sentence !== h.sentence || possessive(h)) return i;
  const kind = kindOf(head);
  const next = tokens[i + 2];
  if (PARTICIPLE_TAILS.has(prep.normal)) return clauseTail(ctx, i + 2, h.sentence) ?? i;
  if (prep.normal === 'to' && isInfinitive(next) && !breaksAfter(prep)) {
    return PURPOSE_HEADS.has(head) || PURPOSE_HEADS.has(word(h)) ? clauseTail(ctx, i + 2, h.sentence) ?? i : i;
  }
  if (prep.normal === 'for' && next?.tags.has('Gerund')) return clauseTail(ctx, i + 2, h.sentence) ?? i;
  if (NP_TAILS.get(prep.normal)?.has(kind)) {
    if (prep.normal === 'in' && !(next && capitalised(next) && ctx.named.at(next.index) === 0)) return i; // "talks in London"
    const last = nounTail(ctx, i + 2, h.sentence) ?? i;
    // "the framework of NATO's Partnership for Peace program": an "of" phrase naming another initiative is that one.
    // "talks on the Belt and Road Initiative": a named initiative in the phrase stays one of its own.
    const inner = phraseAfter(ctx, i + 2).filter((t) => headOf(t) !== null);
    if (inner.some((t) => capitalised(t)) || (prep.normal === 'of' && inner.length > 0)) return i;
    return last;
  }
  return i;
}

/** The tokens from k to the next break or clause word, at most MAX_TAIL: where a tail could reach. */
function phraseAfter(ctx: Context, k: number): Token[] {
  const { tokens } = ctx.article;
  const out: Token[] = [];
  for (let n = 0; k < tokens.length && n < MAX_TAIL && tokens[k]!.sentence === tokens[k - 1]!.sentence; k++, n++) {
    if (CLAUSE_WORDS.has(tokens[k]!.normal) || finite(tokens[k]!)) break;
    out.push(tokens[k]!);
    if (breaksAfter(tokens[k]!, tokens[k + 1])) break;
  }
  return out;
}

/** A noun phrase from k: "the two countries", "Meridian Pictures Entertainment Inc.", "a dissident-shareholder group". */
function nounTail(ctx: Context, k: number, sentence: number): number | null {
  const { tokens } = ctx.article;
  let last: number | null = null;
  for (let n = 0; k < tokens.length && n < MAX_TAIL; k++, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.tags.has('Date') || CLAUSE_WORDS.has(t.normal)) break;
    if (n === 0 && (t.tags.has('Value') || /^\$/u.test(t.text))) break; // "for $5 million": a price, not what it is
    const link = /^(and|of|&|between)$/u.test(t.normal);
    if (link && last === null) break;
    const det = /^(the|a|an|its|their|his|her|our|this|these|those)$/u.test(t.normal);
    const mod = det || link || possessive(t) || isModifier(ctx, t, tokens[k - 1]);
    if (!mod) break;
    if ((t.tags.has('Noun') || ctx.country.at(k) || ctx.named.at(k)) && !t.tags.has('Determiner')) last = k;
    if (breaksAfter(t, tokens[k + 1])) break;
  }
  return last;
}

/** A verb phrase from k ("to hand the child over to officials", "for sharing ... data"), up to a clause or a break. */
function clauseTail(ctx: Context, k: number, sentence: number): number | null {
  const { tokens } = ctx.article;
  let last: number | null = null;
  for (let n = 0; k < tokens.length && n < MAX_TAIL; k++, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || (n > 0 && CLAUSE_WORDS.has(t.normal))) break;
    // A time or a price after it is an adjunct: "... in December", "... for $5 million".
    // A deadline is part of the aim: "a plan to halve emissions by 2030".
    const deadline = tokens[k - 1]?.normal === 'by' || (t.tags.has('Date') && tokens[k - 1]?.tags.has('Date') && last === k - 1);
    if ((t.tags.has('Date') && !deadline) || (n > 0 && /^(in|on|at|during|for)$/u.test(t.normal) && dateOrPrice(tokens[k + 1]))) break;
    // "a system for sharing data | is a step forward": a finite verb after the first one opens a new clause, but
    // not one joined by "and" or "to" ("to reduce overhead and curb spending", "to hire producers to run it").
    const prev = tokens[k - 1]!;
    // "waiting lists", "training costs": an -s verb after a gerund or an adjective is a plural noun.
    const noun = /s$/u.test(t.normal) && !t.tags.has('Copula') && !t.tags.has('Auxiliary')
      && (prev.tags.has('Gerund') || prev.tags.has('Adjective')
        || (prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun')));
    if (n > 0 && finite(t) && !noun && !/^(and|or|to|will|would|can|could|may|might|must|shall)$/u.test(prev.normal)) break;
    // "a mechanism for ejecting us | from the talks": a back-reference to another initiative is not part of it.
    if (n > 0 && t.tags.has('Preposition') && /^(the|this|that|its|their)$/u.test(tokens[k + 1]?.normal ?? '')
        && tokens[k + 2] && headOf(tokens[k + 2]!) !== null) break;
    if (!t.tags.has('Conjunction') && !t.tags.has('Preposition') && !t.tags.has('Determiner')) last = k;
    if (breaksAfter(t, tokens[k + 1])) break;
  }
  return last;
}

/** A verb that heads a clause: "is", "followed", "appear"; not an infinitive, a gerund or a participle. */
const finite = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Gerund')
  && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Participle')
  && (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('PresentTense') || t.tags.has('PastTense')
    || t.tags.has('Infinitive'));

const dateOrPrice = (t: Token | undefined): boolean =>
  t !== undefined && (t.tags.has('Date') || t.tags.has('Value') || /^\$/u.test(t.text));

/** The verb of a purpose tail: "a plan to | triple ...". compromise tags some such verbs as nouns after "to". */
function isInfinitive(t: Token | undefined): boolean {
  if (!t || capitalised(t) || FUNCTION_WORDS.has(t.normal) || /\d/u.test(t.text)) return false;
  const tags = t.tags;
  if (tags.has('Infinitive') || (tags.has('Verb') && tags.has('PresentTense') && !/s$/u.test(t.normal))) return true;
  return tags.has('Noun') && !tags.has('Plural') && !tags.has('Pronoun') && !tags.has('Determiner');
}

/** A word nearby says the initiative is set up or pursued: "launch of", "signed", "which went online". */
export function cueNear(ctx: Context, first: number, last: number): boolean {
  const { tokens } = ctx.article;
  const s = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k]!.sentence === s && !breaksAfter(tokens[k]!, tokens[k + 1]); k--) {
    if (CUES_BEFORE.has(tokens[k]!.normal)) return true;
  }
  let k = last + 1;
  if (tokens[k] && /^(which|that)$/u.test(tokens[k]!.normal)) k++;
  for (const words of CUES_AFTER) {
    if (words.every((w, j) => tokens[k + j]?.normal === w && tokens[k + j]!.sentence === s)) return true;
  }
  return false;
}
