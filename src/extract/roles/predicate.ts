import type { Article, Token } from '../../article/article.js';

/** Person mentions by end offset, each pointing to its entity's canonical name. */
export interface PeopleByEnd {
  byEnd: ReadonlyMap<number, { name: string; start: number; end: number }>;
}

/** The words predicates are made of (general English, kept in titles.json under `predicates`). */
export interface PredicateWords {
  /** "also", "then", "currently": adverbs that may stand anywhere in the verb phrase. */
  adverbs: ReadonlySet<string>;
  /** "will", "has", "been": auxiliaries before the verb. */
  auxiliaries: ReadonlySet<string>;
  /** "named", "appointed", "became", "is": verbs that give the title directly ("was named chairman"). */
  naming: ReadonlySet<string>;
  /** "resigned", "retired", "quit": verbs of leaving a post ("resigned as chairman"): a former holder. */
  leaving: ReadonlySet<string>;
  /** "succeeded", "replaced": "Brisk succeeded Doyle as chairman" gives the subject the title. */
  succeeding: ReadonlySet<string>;
  /** "down", "over", "in": particles of phrasal verbs before "as" ("stepped down as", "took over as"). */
  particles: ReadonlySet<string>;
  /** Adverbs that put the holding in the past ("then the chairman", "formerly"). */
  past: ReadonlySet<string>;
}

export interface Holding {
  person: string;
  /** The text says the person no longer holds the title ("resigned as", "was", "then the"). */
  former: boolean;
}

// Bounds that keep the scans short: words of modifiers before a title, of auxiliaries and adverbs, of an apposition
// between a name and its verb, and appositions crossed.
const MAX_MODIFIERS = 4;
const MAX_AUX = 5;
const MAX_APPOSITION = 14;
const MAX_SEGMENTS = 2;

/**
 * The person a title is said of through a predicate, looking left from the title's first word (`first`: its
 * determiner, possessive or modifiers may stand before it):
 * - a verb that names or makes ("Doe was named president", "Doe, who is chairwoman of the panel", "Doyle also was
 *   named a director", "Brissette, newly appointed chairman");
 * - a verb with "as" ("serves as head of the agency", "resigned as general manager", "stepped down as chairman"),
 *   where "Brisk succeeded Doyle as chairman" gives the title to Brisk and "named Roe as chairman" to Roe;
 * - the subject may carry an age or an apposition before its verb ("Peter Galloway, 45, deputy general manager,
 *   becomes director of corporate affairs").
 * `former` when the verb leaves the post or puts it in the past ("was president", "had been", "then the leader").
 */
export function predicateBefore(article: Article, first: number, people: PeopleByEnd, words: PredicateWords): Holding | null {
  const { tokens } = article;
  const sentence = tokens[first]?.sentence;
  const at = (i: number): Token | null => (i >= 0 && tokens[i]!.sentence === sentence ? tokens[i]! : null);
  let k = skipModifiers(tokens, first - 1, sentence);
  let former = false;
  for (let j = k + 1; j < first; j++) if (words.past.has(tokens[j]!.normal)) former = true; // "a former Indian ambassador"
  // "the", "a", "his", "one of the": a determiner before the title and its modifiers.
  if (at(k)?.tags.has('Determiner') || /^(his|her|their|its)$/u.test(at(k)?.normal ?? '')) k--;
  if (at(k)?.normal === 'of' && at(k - 1)?.normal === 'one') k -= 2;
  const adverbs = (): void => {
    while (at(k) && words.adverbs.has(at(k)!.normal)) {
      if (words.past.has(at(k)!.normal)) former = true;
      k--;
    }
  };
  adverbs();
  const verb = at(k);
  if (!verb) return null;
  // No verb: an apposition whose title has modifiers or an age before it ("Prakash Varma, 58, a former Indian
  // ambassador"; "Dr. Barnett Okafor, a 52-year-old obstetrician").
  if (verb.post.includes(',') && !words.naming.has(verb.normal)) return subjectBefore(article, k, people, words, former);
  if (verb.normal === 'as') {
    k--;
    let v = at(k);
    // "Brisk succeeded Mr. Doyle as chairman": the title is the subject's; "named Roe as chairman": the object's.
    const object = v ? personEndingAt(article, people, k) : null;
    if (object) {
      const vk = tokenBefore(tokens, object.start, k);
      const v2 = at(vk);
      if (v2 && words.succeeding.has(v2.normal)) return subjectBefore(article, vk - 1, people, words, former);
      return v2 && words.naming.has(v2.normal) ? { person: object.name, former } : null;
    }
    if (v && words.particles.has(v.normal)) v = at(--k);
    if (!v || !v.tags.has('Verb') || v.tags.has('Gerund')) return null;
    if (words.leaving.has(v.normal)) former = true;
    k--;
  } else if (words.naming.has(verb.normal)) {
    // "was president", "had been chairman": a past holding; "was named president": a new one.
    if (/^(was|were)$/u.test(verb.normal) || (verb.normal === 'been' && at(k - 1)?.normal === 'had')) former = true;
    k--;
  } else {
    return null;
  }
  for (let n = 0; n < MAX_AUX && at(k); n++) {
    const t = at(k)!;
    if (words.auxiliaries.has(t.normal) || words.adverbs.has(t.normal)) {
      if (t.normal === 'was' && !words.naming.has(tokens[k + 1]!.normal)) former = true;
      k--;
      continue;
    }
    break;
  }
  return subjectBefore(article, k, people, words, former);
}

/** The subject ending at token k: a name, perhaps with "who" and appositions between it and its verb. */
function subjectBefore(article: Article, k: number, people: PeopleByEnd, words: PredicateWords, former: boolean): Holding | null {
  const { tokens } = article;
  const sentence = tokens[k + 1]?.sentence ?? tokens[k]?.sentence;
  if (k >= 0 && tokens[k]!.normal === 'who') k--;
  for (let segment = 0; k >= 0 && segment <= MAX_SEGMENTS; segment++) {
    if (tokens[k]!.sentence !== sentence) return null;
    const p = personEndingAt(article, people, k);
    if (p) return { person: p.name, former };
    // An apposition closed by a comma ("Holland, 45, deputy general manager, becomes"): back to the comma that opens
    // it, over words that hold no verb of their own.
    if (!tokens[k]!.post.includes(',')) return null;
    let j = k - 1;
    while (j >= 0 && k - j < MAX_APPOSITION && tokens[j]!.sentence === sentence && !tokens[j]!.post.includes(',')) {
      const t = tokens[j]!;
      if (t.tags.has('Verb') && !t.tags.has('Hyphenated') && !tokens[j - 1]?.tags.has('Hyphenated') && !words.adverbs.has(t.normal)) {
        return null;
      }
      // A dash ends the clause: "Juan Arrieta, his family and three other people _ a pediatrician" lists others.
      if (/[_\u2013\u2014]/u.test(t.post) || /^[_\u2013\u2014]+$/u.test(t.text)) return null;
      j--;
    }
    if (j < 0 || !tokens[j]!.post.includes(',')) return null;
    k = j;
  }
  return null;
}

/** Adjectives, ages, demonyms and "former" between a determiner and the title ("a 52-year-old", "a former Indian"). */
function skipModifiers(tokens: readonly Token[], k: number, sentence: number | undefined): number {
  for (let n = 0; n < MAX_MODIFIERS && k >= 0 && tokens[k]!.sentence === sentence; n++) {
    const t = tokens[k]!;
    const lowerAdjective = /^\p{Ll}/u.test(t.text) && t.tags.has('Adjective') && !t.post.includes(',');
    const hyphenated = t.tags.has('Hyphenated') || tokens[k - 1]?.post === '-';
    if (!lowerAdjective && !t.tags.has('Demonym') && !(hyphenated && !t.post.includes(','))) break;
    k--;
  }
  return k;
}

/** The person mention ending at token k (before a comma or possessive the mention never holds), or null. */
function personEndingAt(article: Article, people: PeopleByEnd, k: number): { name: string; start: number; end: number } | null {
  const t = article.tokens[k]!;
  return people.byEnd.get(t.end) ?? people.byEnd.get(t.end + 1) ?? null;
}

/** The index of the token just before offset `start`, searching left from `from`. */
function tokenBefore(tokens: readonly Token[], start: number, from: number): number {
  let k = from;
  while (k >= 0 && tokens[k]!.start >= start) k--;
  // "Mr. Doyle": an honorific is part of the object, not the verb.
  while (k >= 0 && tokens[k]!.tags.has('Honorific')) k--;
  return k;
}
