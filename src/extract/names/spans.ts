import type { Article, Sentence, Token } from '../../article/article.js';
import {
  W, bare, hasLower, isAcronym, isCapitalised, isCommonWord, isFirstName, isInitial, isPossessive, lower, tagged,
} from './lexicon.js';
import { joinedAfter } from '../tokens.js';

/** A run of name tokens [first, last) in `article.tokens`: one candidate proper name. */
export interface Span {
  first: number;
  last: number;
  /** The head word when a complement was joined ("Bank" in "Bank of England", "Embassy" in "Embassy in Seoul"). */
  head?: number;
}

const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Region', 'Country',
  'Organization', 'SportsTeam', 'Acronym'];
const COMMON_TAGS = ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord',
  'Modal', 'Auxiliary', 'Copula', 'Expression'];

// Possessives of plural nouns that open institution names: "People's Union", "Women's Hospital", "Children's Fund".
const PLURAL_POSSESSIVE = new Set(["people's", "people’s", "women's", "women’s", "men's", "men’s", "children's", "children’s",
  "workers'", "workers’", "veterans'", "veterans’"]);
const isPluralPossessive = (t: Token): boolean => PLURAL_POSSESSIVE.has(t.text.toLowerCase());

/** Punctuation between two tokens that ends a name: "Seoul, Japan", "(Reuters)". */
function breaksAfter(a: Token, b: Token): boolean {
  if (/\n/.test(a.post) || /\n/.test(b.pre)) return true; // a name never runs over a line break
  const post = a.post.replace(/\s+/g, '');
  const pre = b.pre.replace(/\s+/g, '');
  if (pre) return true;
  if (!post) return false;
  if (post === '.' && (isInitial(a) || a.tags.has('Abbreviation') || isAcronym(a)) && !/\n/.test(a.post)) return false;
  if (post === '-' && !/\s/.test(a.post)) return false; // "Jean-Marie", "Hewlett-Packard"
  if (post === '&') return false;
  if (post === '.' && /^(?:st|mt|ft)$/i.test(a.text)) return false; // "St. Louis Cardinals"
  return true;
}

const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$/;


const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'with', 'from',
  'as', 'vs', 'v']);

/**
 * A line where case says nothing about names: written in capitals (CoNLL headlines, datelines) or a title-case
 * heading ("Strengthening Trilateral Security Ties": a whole line, no final period, no figures, every word capitalised).
 */
export const enum LineCase { Normal = 0, Capitals = 1, Heading = 2 }

// Not the countries extractor's capsLines (countries.ts), which reads raw lines by their letters before any token
// exists: the name finder needs the class per compromise sentence, headings included.
export function isCapsSentence(text: string, tokens: readonly Token[], s: Sentence): LineCase {
  let caps = 0;
  let words = 0;
  let titled = 0;
  let digits = false;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (/\d/.test(t.text)) digits = true;
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    if (!hasLower(t.text)) caps++;
    if (/^\p{Lu}/u.test(t.text) || FUNCTION_WORDS.has(t.text)) titled++;
  }
  if (words > 0 && caps / words >= 0.8) return LineCase.Capitals;
  // A list of names ("Field, Loren Tasker, Steve Harrow") is no heading.
  if (digits || words < 2 || titled < words || /,/.test(text.slice(s.start, s.end))) return LineCase.Normal;
  const lineStart = s.start === 0 || text[s.start - 1] === '\n' || /\n\s*$/.test(text.slice(Math.max(0, s.start - 8), s.start));
  const lineEnd = s.end >= text.length || /^[ \t]*(?:\r?\n|$)/.test(text.slice(s.end, s.end + 4));
  return lineStart && lineEnd ? LineCase.Heading : LineCase.Normal;
}

// Given names that are also short words ("Jan" for January, "Max" for maximum) open a name the same way.
const NAME_OPENERS = new Set(['new', 'first', 'jan', 'max']);

/** Can this token be part of a name, given where it stands? */
function nameToken(tokens: readonly Token[], i: number, initial: boolean): boolean {
  const t = tokens[i]!;
  if (!isCapitalised(t) || /\d/.test(t.text)) return false;
  // "U.N.-backed", "Paris-based": an adjective made from a name, not the name.
  if (/-\p{Ll}+$/u.test(t.text)) return false;
  const lw = lower(t);
  // An initial inside a name: "James A. Baker", though "A" alone is the article.
  // A scorecard line opens with one ("A. Stewart c Smith b Jones 12"): the article "A" takes no period.
  const nx = tokens[i + 1];
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && (!initial || (nx !== undefined && isCapitalised(nx)))) return true;
  // "New York", "First Union": a common word that opens a name when a capitalised name word follows it directly.
  if (NAME_OPENERS.has(lw)) {
    return nx !== undefined && nx.sentence === t.sentence && !breaksAfter(t, nx) && isCapitalised(nx) && !/\d/.test(nx.text)
      && !W.notNames.has(lower(nx)) && !tagged(nx, 'Month', 'WeekDay', 'Date', 'Pronoun');
  }
  // "The Sunday Telegraph", "the Sunday Times": a weekday opening a newspaper's name.
  if (tagged(t, 'WeekDay') && nx !== undefined && !breaksAfter(t, nx) && /^\p{Lu}/u.test(nx.text) && W.newspaperHeads.has(lower(nx))) {
    return true;
  }
  if (W.notNames.has(lw)) return false;
  // "SEC" (compromise: seconds) in a sentence in lower case is an acronym, not a unit of time; "AUG 25" stays a date.
  const acronymNotDate = /^\p{Lu}{3,6}$/u.test(bare(t)) && tagged(t, 'Duration') && !tagged(t, 'Month', 'WeekDay');
  // "U.S." opening a line is no pronoun "us" (compromise may read it so).
  const dotted = /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text);
  if (!acronymNotDate && (tagged(t, 'Month', 'WeekDay', 'Date') || (tagged(t, 'Pronoun') && !dotted))) return false;
  if (!initial) return true;
  // Sentence-initial capitals: "Trailing by 187, Westshire..." is a verb, "Eastmarch extended..." is a name.
  if (tagged(t, ...NAME_TAGS) || dotted) return true;
  if (tagged(t, ...COMMON_TAGS)) return false;
  if (tagged(t, 'Adjective') && !tagged(t, 'Demonym')) return false;
  return !isCommonWord(lw);
}

/**
 * A complement list goes on after the comma that follows `prev`: one to three name words, then another comma or
 * "and"/"&" and a name word ("..., Trade and Industry", "..., Science, Culture and Sport"). A bounded look-ahead.
 */
function listGoesOn(tokens: readonly Token[], prev: Token, from: number, end: number): boolean {
  if (!/^,[ \t]*$/.test(prev.post)) return false;
  const t = tokens[from];
  if (!t || from >= end || /\S/.test(t.pre) || isFirstName(t) || !nameToken(tokens, from, false)) return false;
  let k = from + 1;
  while (k < end && k - from < 3 && !breaksAfter(tokens[k - 1]!, tokens[k]!) && nameToken(tokens, k, false)) k++;
  const c = tokens[k];
  if (!c || k >= end) return false;
  if (/^,[ \t]*$/.test(tokens[k - 1]!.post)) return true;
  const after = tokens[k + 1];
  return (c.text === 'and' || c.text === '&') && !breaksAfter(tokens[k - 1]!, c) && after !== undefined && k + 1 < end
    && !breaksAfter(c, after) && nameToken(tokens, k + 1, false);
}

/** Candidate name spans of the sentences that are not written in capitals (headings included: see names.ts). */
export function findSpans(article: Article, capsSentence: readonly LineCase[]): Span[] {
  const { tokens } = article;
  const spans: Span[] = [];
  let resume = 0;
  for (let si = 0; si < article.sentences.length; si++) {
    if (capsSentence[si] === LineCase.Capitals) continue;
    const s = { ...article.sentences[si]! };
    let i = Math.max(s.first, resume);
    while (i < s.last) {
      // Sentence-initial: the first word, or the first after an opening quote or a line start.
      const initial = i === s.first || /["“‘(\n]|-\s*$/.test(tokens[i]!.pre) || /[:"“(]\s*$/.test(tokens[i - 1]?.post ?? '');
      if (!nameToken(tokens, i, initial) && !(initial && opensOrgName(tokens, i, s.last))) { i++; continue; }
      const first = i;
      const { last, head } = extendSpan(article, capsSentence, s, first);
      splitAtInnerTitle(tokens, spans, first, last, head);
      i = last;
      resume = last;
    }
  }
  return spans;
}

const ACRONYM_JOINERS = new Set(['and', 'of', 'for', 'on', 'in', 'the', '&']);

/**
 * Where a name that goes on over the connector at token `at` ends, when an acronym in brackets follows it and
 * spells the initials of its capitalised words: "Council for Trade and Cooperation in Europe (CTCE)",
 * "Varnholt Post and Telecommunications Administration (VPTA)". 0 when none does. A bounded look-ahead.
 */
function acronymEnd(tokens: readonly Token[], end: number, first: number, at: number): number {
  for (let k = at + 1; k < end && k - at < 8; k++) {
    const t = tokens[k]!;
    if (breaksAfter(tokens[k - 1]!, t) && !ACRONYM_JOINERS.has(tokens[k - 1]!.text)) return 0;
    if (ACRONYM_JOINERS.has(t.text)) continue;
    if (!isCapitalised(t) || /\d/.test(t.text)) return 0;
    const acr = tokens[k + 1];
    if (acr && k + 1 < end && /^ $/.test(t.post) && acr.pre === '(' && /^\)/.test(acr.post) && /^\p{Lu}{3,8}$/u.test(acr.text)
      && spellsInitials(acr.text, tokens, first, k + 1)) return k + 1;
  }
  return 0;
}

/** The acronym spells the initials of the capitalised words [first, last), first and last included, one skipped at most. */
function spellsInitials(acr: string, tokens: readonly Token[], first: number, last: number): boolean {
  const initials: string[] = [];
  for (let i = first; i < last; i++) if (isCapitalised(tokens[i]!)) initials.push(tokens[i]!.text[0]!.toUpperCase());
  if (acr[0] !== initials[0] || acr[acr.length - 1] !== initials[initials.length - 1]) return false;
  if (initials.length - acr.length > 1 || acr.length > initials.length) return false;
  let j = 0;
  for (const c of initials) if (c === acr[j]) j++;
  return j === acr.length;
}

/**
 * A common noun opening a sentence that opens an organization's name: capitalised words follow it up to the
 * name's head word ("News Corp said...", "Air Freight Newsroom", "Denim Mate Corp - 6mth forecast").
 */
function opensOrgName(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  // A word that is also a verb only right before the head ("State Department"), not "Sell Acme Corp".
  const headNext = i + 1 < end && W.orgHeads.has(lower(tokens[i + 1]!));
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !(tagged(t, 'Noun') || (headNext && tagged(t, 'Infinitive')))
    || tagged(t, 'Adjective', 'Pronoun', 'Date', 'Month', 'WeekDay') || (tagged(t, 'Verb') && !headNext)
    || W.notNames.has(lower(t)) || W.titles.has(lower(t)) || W.honorifics.has(lower(t))) return false;
  for (let k = i + 1; k < end && k - i <= 3; k++) {
    if (breaksAfter(tokens[k - 1]!, tokens[k]!) || !nameToken(tokens, k, false)) return false;
    if (W.orgHeads.has(lower(tokens[k]!))) return true;
  }
  return false;
}

/**
 * An organization's head word that is no name on its own ("Group A", "the team"): "Kestrel Group", "Acme Group Inc";
 * or another such word before a legal form: "Varn One Corp.".
 */
function innerOrgHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !W.notNames.has(lower(t))) return false;
  // "Varn One Corp.": a common word before the head word is the name's too.
  const nx = tokens[i + 1];
  return W.orgHeads.has(lower(t)) || (nx !== undefined && !breaksAfter(t, nx) && W.corporateSuffixes.has(lower(nx))
    && !tagged(t, 'Date', 'Month', 'WeekDay'));
}

/**
 * A possessive at token i that belongs to an organization's name: a word that names no person or place, then one
 * to four capitalised words up to an organization's head word ("Halden Millers' Association", "Haldermen's
 * Bancshares Inc."), unlike "Ivanov's Security Council" or "Acme's Chief Executive".
 */
function possessiveInName(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (isFirstName(t) || tagged(t, 'Person', 'LastName', 'Place', 'City', 'Region', 'Country')) return false;
  // A common word or a plural ("Haldermen's", "Traders'"): an unknown word before "'s" is most often a person's name.
  if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) || W.orgHeads.has(lower(t))) return false;
  if (!isCommonWord(lower(t)) && !/(?:s|men)$/.test(bare(t))) return false;
  for (let k = i + 1; k < end && k - i <= 4; k++) {
    const w = tokens[k]!;
    if (k > i + 1 && breaksAfter(tokens[k - 1]!, w)) return false;
    if (!/^\p{Lu}/u.test(w.text) || W.titles.has(lower(w))) return false;
    if (W.orgHeads.has(lower(w))) return true;
  }
  return false;
}

/**
 * Extends a span from its first name token over the tokens of the same name: name words, connectors a head word
 * takes ("Bank of England", "Embassy in Seoul", "Securities and Exchange Commission"), particles ("von der
 * Leyen"), regnal numbers, hyphenated halves. `s` is the sentence, whose end moves on after an initial that
 * compromise took for a sentence end.
 */
function extendSpan(article: Article, capsSentence: readonly LineCase[], s: Sentence, first: number):
  { last: number; head: number | undefined } {
  const { tokens } = article;
  let ofJoined = false;
  let personInside = false;
  let head: number | undefined;
  let last = first + 1;
  for (;;) {
    const prev = tokens[last - 1]!;
    // compromise ends a sentence after an initial ("(C. Lewis 80"); the name goes on in the next one.
    if (last === s.last && last < tokens.length && isInitial(prev) && /^\. $/.test(prev.post)
      && capsSentence[tokens[last]!.sentence] !== LineCase.Capitals && isCapitalised(tokens[last]!)) {
      s.last = article.sentences[tokens[last]!.sentence]!.last;
    }
    if (last >= s.last) break;
    const t = tokens[last]!;
    // "the German People's Union" goes on, and so do "Halden Millers' Association", "Haldermen's Bancshares".
    const possessive = isPossessive(prev) || (/^['’] $/.test(prev.post) && /^\p{Lu}\p{Ll}+s$/u.test(prev.text));
    const ownsName = possessive && possessiveInName(tokens, last - 1, s.last);
    if (possessive && !isPluralPossessive(prev) && !ownsName) break;
    // "Ministry of Economy, Trade and Industry": after an organization's head word and its complement, a list of
    // capitalised words closed by "and" is the rest of the complement.
    if (ofJoined && head !== undefined && W.orgHeads.has(lower(tokens[head]!)) && listGoesOn(tokens, prev, last, s.last)) {
      last++;
      continue;
    }
    if (breaksAfter(prev, t) && !ownsName) break;
    if (nameToken(tokens, last, false) || innerOrgHead(tokens, last)) {
      // "Secretary for Near East Affairs Robert Pell and ...": a given name after the complement opens a person,
      // and "and" no longer extends the organization's complement.
      if (ofJoined && isFirstName(tokens[last]!)) personInside = true;
      last++;
      continue;
    }
    // "Queen Elizabeth I", "Pedro I": a regnal number after a given name.
    const nx = tokens[last + 1];
    if (REGNAL.test(t.text) && isFirstName(prev) && prev.post === ' ' && !t.pre
      && (last + 1 >= s.last || /[^\s]/.test(t.post) || W.honorifics.has(lower(tokens[last - 2] ?? prev)) || (!isCapitalised(nx!)
        && !tagged(nx!, 'PresentTense', 'Infinitive', 'Modal', 'Auxiliary', 'Copula', 'Adverb')))) { last++; break; }
    // "Park Do-yun": a capitalised short word hyphenated to a lower-case one after a family name.
    if (W.familyNameFirst.has(lower(prev)) && last === first + 1 && t.post === '-' && /^\p{Lu}\p{Ll}{0,5}$/u.test(t.text)
      && nx !== undefined && !nx.pre && /^\p{Ll}{1,6}$/u.test(nx.text) && last + 1 < s.last) { last += 2; continue; }
    // "Park Do-yun", "Lee Ha-seon", "Somchai Wong-akarn": the lower-case half of a hyphenated Asian given name.
    if (prev.post === '-' && !t.pre && /^\p{Ll}{1,6}$/u.test(t.text) && !t.post.startsWith('-')
      && (W.familyNameFirst.has(lower(tokens[first]!)) || (!isCommonWord(t.text) && !/(?:ed|ing)$/.test(t.text)))) {
      last++;
      continue;
    }
    // A connector joins only when a capitalised word follows and the head before it takes one.
    const lw = t.text.toLowerCase();
    const next = tokens[last + 1];
    if (!next || last + 1 >= s.last || breaksAfter(t, next)) break;
    const { join, step, of } = connector(tokens, s, first, last, ofJoined, personInside);
    if (of) ofJoined = true;
    const after = tokens[last + step];
    if (join && after && !breaksAfter(tokens[last + step - 1]!, after) && nameToken(tokens, last + step, false)) {
      if (head === undefined && (lw === 'of' || lw === 'for' || lw === 'on' || lw === 'in')) head = last - 1;
      last += step + 1;
      continue;
    }
    // "Council for Trade and Cooperation in Europe (CTCE)": the acronym after says where the name ends.
    const end = acronymEnd(tokens, s.last, first, last);
    if (end > 0) {
      if (head === undefined && (lw === 'of' || lw === 'for' || lw === 'on' || lw === 'in')) head = last - 1;
      last = end;
    }
    break;
  }
  return { last, head };
}

/**
 * Whether the connector at token `last` ("of", "and", "&", "in", a particle, a hyphenated short word) joins the
 * name on, and over how many tokens; `of`: it opened the head word's complement ("Bank of ...").
 */
function connector(tokens: readonly Token[], s: Sentence, first: number, last: number, ofJoined: boolean, personInside: boolean):
  { join: boolean; step: number; of: boolean } {
  const prev = tokens[last - 1]!;
  const t = tokens[last]!;
  const next = tokens[last + 1]!;
  const lw = t.text.toLowerCase();
  const headLw = lower(prev);
  let of = false;
  let join = false;
  let step = 1;
  if ((lw === 'of' || lw === 'for' || lw === 'on') && W.complementHeads.has(headLw)) {
    join = true;
    of = true;
    if (next.text.toLowerCase() === 'the' && tokens[last + 2] && last + 2 < s.last) step = 2;
  } else if ((lw === 'and' || lw === '&') && ofJoined && !personInside) join = true;
  else if (lw === '&') join = true;
  // "Securities and Exchange Commission", "Truth and Reconciliation Commission": a lone word, "and", and
  // words up to an organization's head word are one name.
  // So do common words before "and" ("Norland Grain Futures and Options Exchange", "U.S. Food
  // and Drug Administration"), unlike two names ("Nissan and Toyota Motor Corp").
  else if (lw === 'and' && (last - first === 1 ? !tagged(prev, 'Person', 'FirstName', 'LastName', 'Country', 'Place')
    : commonBeforeAnd(tokens, first, last))) {
    let k = last + 1;
    while (k < s.last && k - last <= 3 && nameToken(tokens, k, false) && !breaksAfter(tokens[k - 1]!, tokens[k]!)) {
      if (W.orgHeads.has(lower(tokens[k]!))) { join = true; break; }
      k++;
    }
  }
  else if (lw === 'in' && W.hostCityHeads.has(headLw)) join = true; // "U.S. Embassy in Seoul"
  // "Ludwig van Beethoven", "Ursula von der Leyen": a run of lower-case particles inside a person's name.
  else if (W.nameParticles.has(lw) && t.text === lw && lw !== 'st') {
    join = true;
    while (step < 3 && last + step < s.last && !breaksAfter(tokens[last + step - 1]!, tokens[last + step]!)
      && W.nameParticles.has(tokens[last + step]!.text) && tokens[last + step]!.text !== 'st') step++;
  }
  // "Port-au-Prince", "Stratford-upon-Avon", "Aix-en-Provence": short lower-case words hyphenated between
  // capitalised ones belong to one place name (unlike "Paris-based", where nothing capitalised follows).
  else if (joinedAfter(prev) && /^\p{Ll}{1,5}$/u.test(t.text) && joinedAfter(t)) {
    join = true;
    while (step < 2 && last + step < s.last && /^\p{Ll}{1,5}$/u.test(tokens[last + step]!.text)
      && joinedAfter(tokens[last + step]!)) step++;
  }
  return { join, step, of };
}

/**
 * The words [first, last) before an "and" can open an organization's name: no person's or place's name after the
 * first (which may be a country: "U.S. Food and Drug ..."), no company's legal form, and a common word that
 * is no organization's head word just before the "and" ("Futures", "Food").
 */
function commonBeforeAnd(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (W.corporateSuffixes.has(lower(t)) || isFirstName(t) || tagged(t, 'Person', 'LastName')) return false;
    if (i > first && tagged(t, 'Country', 'Place', 'City', 'Region')) return false;
  }
  return isCommonWord(lower(tokens[last - 1]!)) && !W.orgHeads.has(lower(tokens[last - 1]!));
}

/**
 * Pushes the span [first, last), split where a title inside the run ends an organization's name and opens a
 * person's (whose title the classifier peels off).
 */
function splitAtInnerTitle(tokens: readonly Token[], spans: Span[], first: number, last: number, head: number | undefined): void {
  // "Federal Reserve Governor Lawrence Pemberly", "Varnex CEO Stephen Hollis": a title inside the run ends
  // the organization's name and opens the person's (whose title the classifier peels off).
  // "Acme Corp. Chief Executive Officer Jane Doe", "Halden Energy Chief Financial Officer X": a title may also
  // open with a rank word ("Chief", "Deputy", "Vice") and modifiers before its office word.
  let from = first;
  for (let j = first + 1; j + 1 < last; j++) {
    let k = j;
    if (W.titleRanks.has(lower(tokens[j]!))) {
      while (k + 1 < last && k - j < 3 && W.titleModifiers.has(lower(tokens[k]!)) && !W.innerTitles.has(lower(tokens[k]!))) k++;
    }
    const kw = lower(tokens[k]!);
    const titleAt = W.innerTitles.has(kw) || (k > j && (W.titleHeads.has(kw) || W.titles.has(kw)));
    if (!titleAt || k + 1 >= last || W.titles.has(lower(tokens[j - 1]!)) || W.honorifics.has(lower(tokens[j - 1]!))
        || W.titleRanks.has(lower(tokens[j - 1]!))) continue;
    if (tokens[j - 1]!.text.toLowerCase() === 'of' || lower(tokens[k + 1]!) === 'of') continue;
    spans.push(head !== undefined && head >= from && head < j ? { first: from, last: j, head } : { first: from, last: j });
    from = j;
    break;
  }
  spans.push(head === undefined || head < from ? { first: from, last } : { first: from, last, head });
}

export { bare };
