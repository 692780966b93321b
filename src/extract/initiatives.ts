import type { Article, Token } from '../article/article.js';
import type { Entity, Mention } from '../types.js';
import { loadJson } from '../data.js';
import type { Found } from './context.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';
import { breaksAfter, joinedAfter, markTokens } from './tokens.js';

// The head nouns, weak modifiers and set-up cues are general knowledge kept as data (see lexicon.json).
const LEX = loadJson<{
  heads: Record<string, number>;
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
}>(new URL('./initiatives/lexicon.json', import.meta.url));

const HEADS = new Map(Object.entries(LEX.heads).filter(([k]) => !k.includes(' ')));
const NAMED_ONLY = new Set(LEX.namedOnly);
const NOT_NAMES = new Set(LEX.notInitiativeNames);
const WEAK = new Set(LEX.weakModifiers);
const CUES_BEFORE = new Set(LEX.cuesBefore);
const CUES_AFTER = LEX.cuesAfter.map((c) => c.split(' '));
const PLURAL_HEADS = new Set(LEX.pluralHeads);
const NAMED_LOWER = new Set(LEX.namedLowerHeads);
const CLAIMING_HEADS = new Set(LEX.claimingHeads);
const PURPOSE_HEADS = new Set(LEX.purposeHeads);
const LEGAL_FORM_BEFORE = new Set(LEX.legalFormBefore);

/** Most modifiers a described initiative takes leftwards, and most words in its "for + gerund" tail. */
const MAX_MODIFIERS = 7;
const MAX_TAIL = 9;
/** Most words of a capitalised name read leftwards from its head ("Belt and Road Initiative"). */
const MAX_NAME = 10;

type Input = Pick<Found, 'countries' | 'organizations' | 'people' | 'places'>;

/**
 * Initiatives: programmes, systems, agreements, treaties, partnerships, plans, summits and policies that actors set
 * up or pursue. Two shapes: a capitalised name ending in a head noun ("Belt and Road Initiative", "Paris
 * Agreement", "New START treaty", "Treaty of Rome"), and a described one, a head noun built leftwards over its
 * modifiers and rightwards over a "for + gerund" tail ("ballistic missile early warning information system",
 * "real-time trilateral system for sharing North Korean missile warning data"). A bare or barely modified head ("the
 * system", "a plan", "peace talks") is not reported unless a cue says it is set up ("signed a trade agreement").
 */
export function findInitiatives(article: Article, found: Input): Entity[] {
  return initiativesIn(article, found);
}

interface Context {
  article: Article;
  /** Token index -> true when it lies in a country mention ("North Korean", "U.S."). */
  country: Uint8Array;
  /** Token index -> true when it lies in a person or organization mention. */
  named: Uint8Array;
  /** Token index -> true when it lies in an organization mention. */
  org: Uint8Array;
}

function initiativesIn(article: Article, found: Input): Entity[] {
  const { tokens, text } = article;
  const ctx: Context = {
    article,
    country: markTokens(tokens, found.countries),
    named: markTokens(tokens, [...found.people, ...found.organizations]),
    org: markTokens(tokens, found.organizations),
  };
  const candidates: Candidate[] = [];
  let coveredUntil = -1;
  // "the North American Free Trade Agreement (NAFTA)": the acronym in brackets names it from then on.
  const acronyms = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const alias = acronyms.get(tokens[i]!.text);
    if (alias !== undefined && tokens[i]!.start >= coveredUntil) {
      const m = makeMention(text, tokens[i]!.start, tokens[i]!.end);
      if (m) candidates.push({ key: alias, name: m.text, mention: m });
      continue;
    }
    const head = headOf(tokens[i]!);
    if (!head) continue;
    // "The hedge fund plans to sell", "the bank plans a tax": a head word used as a verb heads nothing.
    if (usedAsVerb(tokens, i)) continue;
    // "Rose Partners Limited Partnership": a legal form of company, the organization finder's.
    if (i > 0 && LEGAL_FORM_BEFORE.has(tokens[i - 1]!.normal) && capitalised(tokens[i]!) && capitalised(tokens[i - 1]!)) continue;
    // A capitalised name may modify another noun and stay a name: "the Paris Agreement talks".
    if (!isPhraseFinal(tokens, i) && !capitalised(tokens[i]!)) continue;
    // "Green Deal Industrial Plan": the name goes on to a later capitalised head, which takes it whole.
    if (laterNamedHead(tokens, i)) continue;
    const span = namedAt(ctx, i, head) ?? describedAt(ctx, i, head);
    if (!span) continue;
    const m = makeMention(text, tokens[span.first]!.start, tokens[span.last]!.end);
    if (!m || m.start < coveredUntil) continue;
    // A capitalised name that is an organization ("International Monetary Fund") is the organization finder's.
    // A name whose head word is in an organization ("First Bank System", "International Monetary Fund") is the
    // organization finder's; an organization inside it ("the NATO summit") is not.
    if (ctx.org.at(i) && !claimsName(tokens[i]!, head)) continue;
    // A headline in capitals ("RESULTS OF SOCCER GAMES") is not a name.
    if (!/\p{Ll}/u.test(m.text)) continue;
    coveredUntil = m.end;
    const key = m.text.toLowerCase().replace(/\s+/gu, ' ');
    candidates.push({ key, name: m.text.replace(/\s+/gu, ' '), mention: m });
    const acr = tokens[span.last + 1];
    if (acr && /^\s*\(\s*$/u.test(text.slice(m.end, acr.start)) && /^[A-Z][A-Z0-9-]{1,9}$/u.test(acr.text)
        && /^\s*\)/u.test(text.slice(acr.end, acr.end + 3))
        && /^\p{Lu}/u.test(m.text)) {
      acronyms.set(acr.text, key);
    }
  }
  return groupEntities(candidates).map((e) => ({ name: e.name, mentions: e.mentions }));
}

/** A capitalised head that names an initiative whatever precedes it ("Paris Agreement", "Trans-Pacific Partnership"). */
const claimsName = (t: Token, head: string): boolean => capitalised(t) && CLAIMING_HEADS.has(head);
const word = (t: Token): string => t.text.toLowerCase().replace(/['’]s$/u, '');
const capitalised = (t: Token): boolean => /^[A-Z]/u.test(t.text);

/**
 * The capitalised name that holds head i goes on, without a break, to another capitalised head within MAX_NAME
 * words ("Green Deal Industrial Plan", "Paris Agreement Implementation Fund" but not "the Paris Agreement, Plan B").
 */
function laterNamedHead(tokens: readonly Token[], i: number): boolean {
  if (!capitalised(tokens[i]!)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_NAME; k++) {
    const prev = tokens[k - 1]!;
    const t = tokens[k]!;
    if (t.sentence !== prev.sentence || breaksAfter(prev) || /[^\s]/u.test(t.pre) || !capitalised(t)) return false;
    if (/['’]s$/u.test(prev.text)) return false; // "the Green Deal's Industrial Plan": the owner, then the name
    const head = headOf(t);
    if (head && !NOT_NAMES.has(head)) return true;
  }
  return false;
}

/** Tagged a verb and followed by "to" or a determiner: "plans to sell", "plans a new tax". */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.tags.has('Verb') || t.tags.has('Noun') || !next || next.sentence !== t.sentence || breaksAfter(t)) return false;
  return next.normal === 'to' || next.tags.has('Determiner');
}

/** The head noun a token is, singular ("programs" -> "program", "policies" -> "policy"), or null. */
function headOf(t: Token): string | null {
  const w = word(t);
  for (const form of [w, w.replace(/ies$/u, 'y'), w.replace(/s$/u, '')]) {
    if (HEADS.has(form) || NAMED_ONLY.has(form)) return form;
  }
  return null;
}

/** The head ends its noun phrase: "the trade agreement" but not "agreement talks" or "system failure". */
function isPhraseFinal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || breaksAfter(t) || /[^\s]/u.test(next.pre)) return true;
  if (joinedAfter(t)) return false; // "system-wide", "plan-based"
  if (/['’]s$/u.test(t.text)) return false; // "the plan's author"
  if (next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('ProperNoun') && !next.tags.has('Date')
      && !next.tags.has('Gerund') && !next.tags.has('Verb') && !next.tags.has('Value')) return false;
  return true;
}

interface TokenSpan {
  first: number;
  last: number;
}

/**
 * A capitalised name ending in the head: "Belt and Road Initiative", "Paris Agreement", "Clean Air Act", "New START
 * treaty"; with an "of/on" tail when the head is capitalised ("Treaty of Rome", "Convention on Climate Change").
 */
function namedAt(ctx: Context, i: number, head: string): TokenSpan | null {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  const headCap = capitalised(h);
  let first = i;
  for (let k = i - 1; k >= 0 && k >= i - MAX_NAME && tokens[k]!.sentence === h.sentence; k--) {
    const t = tokens[k]!;
    if (breaksAfter(t) || (/['’]s$/u.test(t.text) && !NOT_NAMES.has(head))) break;
    if (capitalised(t) && !FUNCTION_WORDS.has(t.normal) && !t.tags.has('Determiner') && !t.tags.has('Pronoun')
        && !t.tags.has('Preposition')) { first = k; continue; }
    // "Belt and Road", "Law of the Sea": a small word between capitalised ones (not "Bonn for talks").
    // "Partnership for Peace program", "Freedom of Access to Clinic Entrances Act".
    if (['and', 'of', '&', 'for', 'to', 'on'].includes(t.normal) && k > 0 && capitalised(tokens[k - 1]!) && first === k + 1
        && k + 1 < i && !breaksAfter(tokens[k - 1]!)) continue;
    break;
  }
  const caps = tokens.slice(first, i);
  // Modifiers that only say whose it is ("the U.S. plan", "Japan's system", "Mr Smith's plan") do not name it.
  // "Paris Agreement", "Global Methane Pledge": a capitalised claiming head makes the whole name an initiative,
  // whatever the name finder took its words for.
  const claims = claimsName(h, head);
  const naming = caps.filter((t) => capitalised(t) && !ctx.country.at(t.index)
    && (claims || (!ctx.named.at(t.index) && !t.tags.has('Person'))) && !t.tags.has('Date'));
  if (ctx.named.at(i) && !claims) return null; // "Stuart Law": the head word is part of a name
  if (!headCap && !NAMED_LOWER.has(head)) return null; // "World Cup campaign", "Dole campaign"
  if (h.tags.has('Plural') && !PLURAL_HEADS.has(word(h)) && !headCap) return null;
  const sentenceStartOnly = naming.length === 1 && naming[0]!.index === ctx.article.sentences[h.sentence]!.first && !headCap;
  if (naming.length === 0 && !headCap) return null;
  if (sentenceStartOnly) return null;
  if (NOT_NAMES.has(head) && !headCap) return null;
  if (first === i && !headCap) return null;
  if (first === i) {
    // A capitalised head alone is a name only in a tail form ("Treaty of Rome"); sentence-initial "Plan" is not.
    const tail = nameTail(ctx, i);
    return tail > i ? { first, last: tail } : null;
  }
  while (first < i && ['and', 'of', 'on', 'for', 'to', '&'].includes(tokens[first]!.normal)) first++;
  if (first === i) return null;
  // Every word a person or organization name ("the Acme Fund") is the organization finder's business.
  if (caps.every((t) => ctx.named.at(t.index)) && headCap && !claims) return null;
  return { first, last: headCap ? nameTail(ctx, i) : i };
}

/** "Treaty of Rome", "Convention on the Rights of the Child": the capitalised "of/on" tail of a capitalised head. */
function nameTail(ctx: Context, i: number): number {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  if (!capitalised(h) || breaksAfter(h)) return i;
  const prep = tokens[i + 1];
  if (!prep || prep.sentence !== h.sentence || !['of', 'on'].includes(prep.normal)) return i;
  let last = i;
  for (let k = i + 2; k < tokens.length && tokens[k]!.sentence === h.sentence && k < i + 2 + MAX_TAIL; k++) {
    const t = tokens[k]!;
    const glue = ['of', 'the', 'and', 'on', 'in'].includes(t.normal) && capitalised(tokens[k + 1] ?? t);
    if (!(capitalised(t) && !t.tags.has('Date')) && !glue) break;
    if (!glue) last = k;
    if (breaksAfter(t)) break;
  }
  return last;
}

const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'or', 'but', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'with', 'by',
  'from', 'as', 'than', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'not', 'no', 'against',
  'about', 'into', 'over', 'after', 'before', 'under', 'between', 'during', 'without', 'within', 'via', 'per', 'like',
  'only', 'also', 'under', 'among', 'across', 'toward', 'towards', 'upon', 'despite', 'until', 'since']);


/** A modifier inside a described initiative: an adjective, a noun, a hyphenated compound or a country word. */
function isModifier(ctx: Context, t: Token): boolean {
  if (ctx.country.at(t.index)) return true;
  if (capitalised(t)) return false;
  if (FUNCTION_WORDS.has(t.normal)) return false; // compromise sometimes tags "of" a noun ("chief of mission")
  const tags = t.tags;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction')
      || tags.has('Adverb') || tags.has('QuestionWord') || tags.has('Possessive')) return false;
  if (CUES_BEFORE.has(t.normal)) return false; // "sign framework deal" (a headline verb tagged as a noun)
  if (tags.has('Verb') && !tags.has('Hyphenated')) return false; // "seeking pacts", "drafting church policy"
  return tags.has('Adjective') || tags.has('Noun') || tags.has('Hyphenated') || tags.has('Gerund');
}

/** Counts toward the description: not a weak opener ("new"), a number ("two-year") or a country ("U.S."). */
function isContent(ctx: Context, t: Token): boolean {
  return !ctx.country.at(t.index) && !WEAK.has(word(t)) && !t.tags.has('Value') && !t.tags.has('Date') && !/\d/u.test(t.text)
    && !/^(year|month|week|day|decade)s?$/u.test(word(t));
}

/**
 * A described initiative: modifiers leftwards from the head, stopping at a determiner, a verb, an adverb or a weak
 * opener ("the newly implemented | ballistic missile early warning information system"), and a "for + gerund"
 * or "on + noun phrase" tail rightwards ("system for sharing North Korean missile warning data", "agreement on
 * climate change").
 */
function describedAt(ctx: Context, i: number, head: string): TokenSpan | null {
  if (NAMED_ONLY.has(head) && !HEADS.has(head)) return null;
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  if (capitalised(h) && ctx.article.sentences[h.sentence]!.first !== i) return null;
  // A plural is mostly generic ("trade deals", "peace plans"), except heads used so ("economic reforms").
  if (h.tags.has('Plural') && !PLURAL_HEADS.has(word(h)) && !PLURAL_HEADS.has(head)) return null;
  let first = i;
  let content = 0;
  let nouns = 0;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.sentence !== h.sentence || (breaksAfter(t) && !joinedAfter(t))) break;
    if (/['’]s$/u.test(t.text)) break; // the owner is not part of it: "Pyongyang's", "Israel's settlement policy"
    // A hyphenated compound is one modifier ("real-time", "North Korea-related"): take it whole.
    if (!isModifier(ctx, t) && !(joinedAfter(t) && first === k + 1)) break;
    if (WEAK.has(word(t)) && !joinedAfter(t)) break;
    first = k;
    if (isContent(ctx, t) && !joinedAfter(t) && !(k > 0 && joinedAfter(tokens[k - 1]!) && (WEAK.has(word(tokens[k - 1]!)) || tokens[k - 1]!.tags.has('Value')))) {
      content++; // but not "much-praised" or "10-point", whose first part only evaluates or counts
      if (t.tags.has('Noun') && !t.tags.has('Adjective')) nouns++;
    }
  }
  // The left edge of a hyphenated compound: "real-time" starts at "real".
  while (first > 0 && first > i - 2 * MAX_MODIFIERS && joinedAfter(tokens[first - 1]!) && tokens[first - 1]!.sentence === h.sentence) {
    first--;
    if (WEAK.has(word(tokens[first]!))) { first++; break; }
  }
  // Capitalised words at the left edge are only kept when they are a country ("North Korean"): a leading name
  // belongs to the named shape.
  while (first < i && ctx.country.at(first) === 0 && capitalised(tokens[first]!)) first++;
  // Cutting a name off a compound cuts the whole compound: "PLO-Israel interim peace deal" -> "interim peace deal".
  if (first > 0 && first < i && joinedAfter(tokens[first - 1]!)) {
    while (first < i && joinedAfter(tokens[first - 1]!)) first++;
  }
  const last = tailAt(ctx, i, head);
  // "the Iran nuclear deal": a country inside the phrase says whose agreement it is, which takes the place of one
  // modifier for the heads that name agreements.
  let min = HEADS.get(head) ?? 2;
  if (NAMED_LOWER.has(head) && min > 1) {
    for (let k = first; k < i; k++) if (ctx.country.at(k)) { min--; break; }
  }
  const cue = cueNear(ctx, first, last);
  // "a joint framework for sharing satellite data" agreed on: a tail and a cue describe it without modifiers.
  if (content === 0) return last > i && cue ? { first, last } : null;
  // With a cue alone, the one modifier must classify ("signed a security pact"), which a noun does; an adjective
  // often only evaluates ("launching a hysterical campaign").
  if (content >= min || last > i || (cue && (content >= 2 || nouns >= 1))) return { first, last };
  return null;
}

/**
 * "for sharing North Korean missile warning data", "on climate change", and for the heads that state a purpose
 * "to triple renewable energy capacity": the last token of the tail, or i.
 */
function tailAt(ctx: Context, i: number, head: string): number {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  const prep = tokens[i + 1];
  if (!prep || breaksAfter(h) || prep.sentence !== h.sentence) return i;
  let k = i + 2;
  if (prep.normal === 'for') {
    if (!tokens[k]?.tags.has('Gerund')) return i;
    k++;
  } else if (prep.normal === 'to') {
    if (!PURPOSE_HEADS.has(head) || !isInfinitive(tokens[k]) || breaksAfter(tokens[k]!)) return i;
    k++;
  } else if (prep.normal !== 'on') {
    return i;
  }
  let last = -1;
  for (let n = 0; k < tokens.length && n < MAX_TAIL; k++, n++) {
    const t = tokens[k]!;
    if (t.sentence !== h.sentence) break;
    if (n === 0 && (prep.normal === 'on' ? t.normal === 'the' : prep.normal === 'to' && /^(the|a|an|its|their)$/u.test(t.normal))) continue;
    // Names are fine inside a tail: "for sharing North Korean missile warning data", "on Google Maps data".
    const mod = isModifier(ctx, t) || ctx.country.at(k) === 1
      || (capitalised(t) && !t.tags.has('Person') && !FUNCTION_WORDS.has(t.normal));
    if (!mod || t.tags.has('Date')) break;
    if (t.tags.has('Noun') || ctx.country.at(k)) last = k;
    if (breaksAfter(t) && !joinedAfter(t)) break;
  }
  return last > i + 1 ? last : i;
}

/**
 * The verb of a purpose tail: "a plan to | triple ...", "a fund to | support ...". compromise tags some such verbs
 * as nouns after "to" ("triple"), so any lower-case content word will do, but not a name, a number or a function word.
 */
function isInfinitive(t: Token | undefined): boolean {
  if (!t || capitalised(t) || FUNCTION_WORDS.has(t.normal) || /\d/u.test(t.text)) return false;
  const tags = t.tags;
  if (tags.has('Infinitive') || (tags.has('Verb') && tags.has('PresentTense') && !/s$/u.test(t.normal))) return true;
  return tags.has('Noun') && !tags.has('Plural') && !tags.has('Pronoun') && !tags.has('Determiner');
}

/** A word nearby says the initiative is set up or pursued: "launch of", "signed", "which went online". */
function cueNear(ctx: Context, first: number, last: number): boolean {
  const { tokens } = ctx.article;
  const s = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k]!.sentence === s; k--) {
    if (CUES_BEFORE.has(tokens[k]!.normal)) return true;
  }
  // After the phrase, past a "which"/"that" ("..., which went online this year").
  let k = last + 1;
  if (tokens[k] && /^(which|that)$/u.test(tokens[k]!.normal)) k++;
  for (const words of CUES_AFTER) {
    if (words.every((w, j) => tokens[k + j]?.normal === w && tokens[k + j]!.sentence === s)) return true;
  }
  return false;
}
