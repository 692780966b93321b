import type { Article } from '../article/article.js';
import type { CountryEntity } from '../types.js';
import { COUNTRY_NAMES, LEXICON, MAX_WORDS, PREFIXES, WORDS, normalizePhrase, type LexEntry } from './countries/lexicon.js';
import { HONORIFICS } from '../vocab/index.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';

/** A word of the body as the country finder sees it. */
interface Word {
  /** The word as written, without a possessive "'s". */
  text: string;
  key: string;
  start: number;
  end: number;
  possessive: boolean;
  /** The word stands in a line written in capitals (a CoNLL headline "JAPAN GET LATE WIN"), where case says nothing. */
  capsLine: boolean;
  /** The word stands in a Title Case headline ("Oil Prices Hit Russia Hard"): a capital does not make a name. */
  titleLine: boolean;
}

// A word: a dotted abbreviation of single letters ("U.S.", "U.K."), or letters with inner apostrophes ("d'Ivoire",
// "Korea's"). Hyphens split words, so "U.S.-ROK-Japan" gives three. Linear: no nested quantifiers over one class.
// An initial before a capitalized word is a word of its own, so that Reuters' "S.Korea" and "N. Korea" match.
const WORD = /\p{Lu}\.(?=\s?\p{Lu}\p{Ll})|\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’][sS]$/;

/**
 * Lines mostly in capitals: news headlines. A line of a few letters says nothing either way. The name finder has its
 * own test (names/spans.ts isCapsSentence), on purpose: it judges a compromise sentence by its tokens (80% of the
 * words in capitals, and title-case headings), because its candidates are token runs within a sentence; this one
 * reads the raw body line by line, before and without compromise's tokens, counting letters (a results line
 * "JAPAN 2 SYRIA 1" is a capitals line here by its letters, whatever compromise makes of its sentences).
 */
function capsLines(body: string): { starts: number[]; caps: boolean[] } {
  const starts: number[] = [];
  const caps: boolean[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let upper = 0;
    let lower = 0;
    for (let i = start; i < end; i++) {
      const ch = body[i]!;
      if (ch >= 'a' && ch <= 'z') lower++;
      else if (ch >= 'A' && ch <= 'Z') upper++;
    }
    starts.push(start);
    caps.push(upper >= 4 && lower <= upper * 0.1);
    start = end + 1;
  }
  return { starts, caps };
}

function words(body: string): Word[] {
  const lines = capsLines(body);
  const out: Word[] = [];
  const lineOf: number[] = [];
  let line = 0;
  for (const m of body.matchAll(WORD)) {
    let text = m[0];
    const start = m.index;
    while (line + 1 < lines.starts.length && lines.starts[line + 1]! <= start) line++;
    const possessive = POSSESSIVE.test(text) && text.length > 2;
    if (possessive) text = text.slice(0, -2);
    // Plain ASCII words, nearly all of them, need no accent or apostrophe folding.
    const key = /^[A-Za-z]+$/.test(text) ? text.toLowerCase() : normalizePhrase(text);
    const word = { text, key, start, end: start + text.length, possessive, capsLine: lines.caps[line]!, titleLine: false };
    out.push(word);
    lineOf.push(line);
  }
  // A Title Case line: every word of four letters or more capitalized, at least three of them. A list of names
  // ("Romania - Dorin Vascanu (21st minute)") has lower-case words and stays ordinary text.
  for (let a = 0; a < out.length; ) {
    let b = a;
    let long = 0;
    let capitalized = 0;
    for (; b < out.length && lineOf[b] === lineOf[a]; b++) {
      if (out[b]!.text.length >= 4 && !WORDS.functionWords.has(out[b]!.key)) {
        long++;
        if (/^\p{Lu}/u.test(out[b]!.text)) capitalized++;
      }
    }
    if (long >= 3 && capitalized === long && !out[a]!.capsLine) for (let k = a; k < b; k++) out[k]!.titleLine = true;
    a = b;
  }
  return out;
}

// "d'Ivoire" counts as capitalized: an elided article before the capital letter.
const isCapitalized = (w: Word): boolean => /^(?:\p{Ll}{1,2}['’])?\p{Lu}/u.test(w.text);
const isUpper = (w: Word): boolean => w.text === w.text.toUpperCase();

/** Two words read as one phrase: only spaces between them, or a hyphen ("Guinea-Bissau"). */
function joined(body: string, a: Word, b: Word): boolean {
  if (a.possessive) return false;
  const between = body.slice(a.end, b.start);
  return between === '-' || /^[ \t]+$/.test(between) || (between === '' && a.text.endsWith('.'));
}

/** Next to each other in one clause: only spaces between (no comma, no sentence end, no line break). */
function adjacent(body: string, a: Word | undefined, b: Word | undefined): boolean {
  if (!a || !b) return false;
  return /^[ \t]+$/.test(body.slice(a.end + (a.possessive ? 2 : 0), b.start));
}

/** Each content word capitalized ("Bosnia and Herzegovina"); acronyms entirely in capitals ("US", not "us"). */
function caseFits(ws: Word[], first: number, last: number, entry: LexEntry): boolean {
  for (let k = first; k <= last; k++) {
    const w = ws[k]!;
    if (entry.exactCase ? !isUpper(w) : !isCapitalized(w) && !WORDS.functionWords.has(w.key)) return false;
  }
  return true;
}

interface Match {
  first: number;
  last: number;
  entry: LexEntry;
}

/** The longest phrase of the lexicon starting at word i, whose case fits. */
function matchAt(body: string, ws: Word[], i: number): Match | null {
  let key = '';
  let best: Match | null = null;
  for (let j = i; j < ws.length && j - i < MAX_WORDS; j++) {
    if (j > i && !joined(body, ws[j - 1]!, ws[j]!)) break;
    key = j === i ? ws[j]!.key : `${key} ${ws[j]!.key}`;
    const entry = LEXICON.get(key);
    if (entry && caseFits(ws, i, j, entry)) best = { first: i, last: j, entry };
    if (!PREFIXES.has(key)) break; // no longer phrase starts so
  }
  return best;
}

/** Tags compromise gave the word starting at an offset (empty when its tokens split the text differently). */
type TagsAt = (w: Word) => ReadonlySet<string>;

// Word classes that never form a person's name with the next word: "Under English law", "Former England captain".
const NOT_NAME_TAGS = ['Adjective', 'Preposition', 'Determiner', 'Conjunction', 'Verb', 'Adverb', 'Value', 'Date', 'Pronoun'];
// Forms of address before a surname ("Mr Holland"); not "Miss": "Miss Venezuela" is a beauty title, the country.
const HONORIFIC = new Set([...HONORIFICS.address].filter((w) => w !== 'miss'));

/** The word starts a sentence or a line: its capital letter says nothing about it being a name. */
function sentenceInitial(body: string, ws: Word[], k: number): boolean {
  if (k === 0) return true;
  return /[.!?:;\n"“(\[]/.test(body.slice(ws[k - 1]!.end + (ws[k - 1]!.possessive ? 2 : 0), ws[k]!.start));
}

/**
 * The single word at k reads as a person's surname: "Michael Jordan", "Richard Tamblin", "Dorin Vascanu", "Mr Holland".
 * The word before is capitalized and is a known first name, or an unknown capitalized word inside a sentence.
 */
function surname(body: string, ws: Word[], k: number, matched: Set<number>, tagsAt: TagsAt): 'person' | 'name' | false {
  const w = ws[k]!;
  const prev = ws[k - 1];
  if (!prev || w.capsLine) return false;
  const gap = body.slice(prev.end, w.start);
  if (HONORIFIC.has(prev.key) && /^\.?[ \t]+$/.test(gap)) return 'person';
  if (!adjacent(body, prev, w) || prev.possessive || !isCapitalized(prev) || WORDS.allowedBefore.has(prev.key)) return false;
  if (matched.has(prev.start) || (prev.text.length > 1 && isUpper(prev))) return false; // "U.S. Japanese", "SKR China"
  const tags = tagsAt(prev);
  if (tags.has('FirstName')) return 'person';
  if (w.titleLine || sentenceInitial(body, ws, k - 1)) return false;
  // An unknown capitalized word before it: a name of some kind ("Dorin Vascanu", "Air France"), not surely a person.
  return NOT_NAME_TAGS.some((t) => tags.has(t)) ? false : 'name';
}

/**
 * A country name or demonym that is something else here: "Israel Radio", "Chad Smith" (a first-name-like country
 * before another capitalized word), "US$" (a currency), "LET US" in a headline (the pronoun), "guinea pig".
 */
function falseFriend(body: string, ws: Word[], m: Match): boolean {
  const w = ws[m.first]!;
  const prev = ws[m.first - 1];
  const next = ws[m.last + 1];
  if (w.key === 'us') {
    if (body[w.end] === '$') return true;
    if (w.capsLine && prev && adjacent(body, prev, w) && WORDS.usPronounGovernors.has(prev.key)) return true;
  }
  if (m.first !== m.last || w.possessive) return false;
  // "Atlanta, Georgia": a US state after its city. "Tbilisi, Georgia" stays the country.
  if (WORDS.stateHomonyms.has(w.key) && prev && /^,[ \t]+$/.test(body.slice(prev.end, w.start)) && isCapitalized(prev)
    && LEXICON.get(prev.key)?.code !== m.entry.code) return true;
  if (next && adjacent(body, w, next) && WORDS.nextWordBlock.get(w.key)?.has(next.key)) return true;
  if (w.capsLine) return false;
  // "India RBI chief", "Israel PM Peres": an acronym after it is not a surname.
  if (WORDS.firstNameish.has(w.key) && !w.titleLine && next && adjacent(body, w, next) && isCapitalized(next) && !isUpper(next)
    && LEXICON.get(next.key)?.code == null && !WORDS.metonymyVerbs.has(next.key)) return true;
  return false;
}

/**
 * A capital standing for its government (metonymy) rather than for the city: "Pyongyang's military threats",
 * "Washington said", "cooperation against Pyongyang", "talks with Beijing". A capital after a preposition of place
 * ("a seminar in Seoul"), in a dateline ("SEOUL 1996-08-30") or before a city noun ("Moscow's mayor") is a place.
 */
function governmentCapital(body: string, ws: Word[], i: number, last: number, metonymic: Set<number>): boolean {
  const w = ws[i]!;
  const end = ws[last]!;
  const prev = ws[i - 1];
  const hasPrev = prev !== undefined && adjacent(body, prev, w);
  if (hasPrev && !w.capsLine && isCapitalized(prev) && !WORDS.allowedBefore.has(prev.key)) return false; // "George Washington"
  if (hasPrev && WORDS.placePrepositions.has(prev.key)) return false;
  const next = ws[last + 1];
  // "Moscow's mayor", "London's two major airports", "London's FTSE 100 index": the city and what is in it.
  if (end.possessive) {
    if (next && isCapitalized(next) && !next.capsLine) return false;
    for (let k = last + 1; k <= last + 3 && ws[k] && (k === last + 1 || joined(body, ws[k - 1]!, ws[k]!)); k++) {
      if (WORDS.cityNouns.has(ws[k]!.key)) return false;
    }
    return true;
  }
  if (next && adjacent(body, end, next)) {
    let k = last + 1;
    let hops = 0;
    for (; hops < 3 && ws[k] && WORDS.auxiliaries.has(ws[k]!.key) && adjacent(body, ws[k - 1], ws[k]); hops++) k++;
    // A base form acts only after an auxiliary ("Canberra would supply"); alone it may be a noun ("the Beijing plan").
    if (ws[k] && adjacent(body, ws[k - 1], ws[k])
      && (WORDS.metonymyVerbs.has(ws[k]!.key) || (hops > 0 && WORDS.metonymyBaseVerbs.has(ws[k]!.key)))) return true;
  }
  if (hasPrev) {
    if (prev.key === 'against') return true;
    const before = ws[i - 2];
    if ((prev.key === 'with' || prev.key === 'between') && before && adjacent(body, before, prev)
      && WORDS.relationNouns.has(before.key)) return true;
    // "relations between Washington and Beijing": the second capital follows the first.
    if (prev.key === 'and' && metonymic.has(i - 2)) return true;
  }
  return false;
}

/**
 * "Sino-Japanese", "Franco-German", "Anglo-Irish": a combining form names its country only as the first part of a
 * compound whose next part is itself a country word ("Sino-U.S. ties"), not in "Anglo-Saxon" or "Greco-Roman".
 */
function compoundPrefix(body: string, ws: Word[], i: number): string | null {
  const w = ws[i]!;
  const code = WORDS.compoundPrefixes.get(w.key);
  const next = ws[i + 1];
  if (!code || !next || !isCapitalized(w) || body.slice(w.end, next.start) !== '-') return null;
  const m = matchAt(body, ws, i + 1);
  return m?.entry.code && m.entry.kind !== 'capital' ? code : null;
}

/** Countries named in the article: names, aliases, demonyms, capitals standing for governments, compound parts. */
export function findCountries(article: Article): CountryEntity[] {
  const body = article.body;
  const ws = words(body);
  const tokenAt = new Map(article.tokens.map((t) => [t.start, t] as const));
  const noTags: ReadonlySet<string> = new Set();
  const tagsAt: TagsAt = (w) => tokenAt.get(w.start)?.tags ?? noTags;
  const found: { key: string; single: boolean; code: string; start: number; end: number; why: string }[] = [];
  const matched = new Set<number>();
  const metonymic = new Set<number>();
  // Words read as surnames here ("Neil Jordan"): their bare uses elsewhere in the article are the same person
  // ("Jordan said in a statement").
  const surnames = new Set<string>();
  for (let i = 0; i < ws.length; ) {
    const m = matchAt(body, ws, i);
    if (!m) {
      const prefix = compoundPrefix(body, ws, i);
      const why = 'country: a compound part';
      if (prefix) found.push({ key: ws[i]!.key, single: false, code: prefix, start: ws[i]!.start, end: ws[i]!.end, why });
      i++;
      continue;
    }
    i = m.last + 1;
    const { code, kind } = m.entry;
    if (code === null) continue;
    if (kind === 'capital') {
      if (!governmentCapital(body, ws, m.first, m.last, metonymic)) continue;
      metonymic.add(m.last);
    } else {
      if (falseFriend(body, ws, m)) continue;
      const asName = m.first === m.last && !ws[m.first]!.possessive && surname(body, ws, m.first, matched, tagsAt);
      if (asName) {
        if (asName === 'person') surnames.add(ws[m.first]!.key);
        continue;
      }
    }
    matched.add(ws[m.last]!.start);
    const why = kind === 'capital' ? 'country: a capital standing for its government' : `country: its ${kind}`;
    found.push({ key: ws[m.first]!.key, single: m.first === m.last, code, start: ws[m.first]!.start, end: ws[m.last]!.end, why });
  }
  const candidates: Candidate<{ code: string }>[] = [];
  for (const f of found) {
    if (f.single && surnames.has(f.key)) continue;
    const mention = makeMention(article.text, f.start, f.end);
    if (mention) mention.why = f.why;
    if (mention) candidates.push({ key: f.code, name: COUNTRY_NAMES.get(f.code) ?? f.code, mention, data: { code: f.code } });
  }
  return groupEntities(candidates).map((e) => ({ name: e.name, code: e.code, mentions: e.mentions }));
}
