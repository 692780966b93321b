import type { Article, Token } from '../article/article.js';
import type { InitiativeEntity } from '../types.js';
import type { Found } from './context.js';
import { makeMention } from './mentions.js';
import { markTokens } from './tokens.js';
import { findActors } from './initiatives/actors.js';
import {
  FUNCTION_WORDS, LEX, PLURAL_HEADS, headOf, breaksAfter, capitalised, joinedAfter, kindOf, word,
} from './initiatives/lexicon.js';
import { describedAt, type Context, type Described } from './initiatives/phrase.js';
import { resolveInitiatives, type Found as Span } from './initiatives/refer.js';

const NOT_NAMES = new Set(LEX.notInitiativeNames);
const NAMED_LOWER = new Set(LEX.namedLowerHeads);
const CLAIMING_HEADS = new Set(LEX.claimingHeads);
const LEGAL_FORM_BEFORE = new Set(LEX.legalFormBefore);

/** Most words of a capitalised name read leftwards from its head ("Belt and Road Initiative"). */
const MAX_NAME = 10;
/** Most words in a capitalised name's "of/on" tail ("Convention on the Rights of the Child"). */
const MAX_TAIL = 9;

type Input = Pick<Found, 'countries' | 'organizations' | 'people' | 'places'>;

/**
 * Initiatives: programmes, systems, agreements, deals, laws, plans, policies, sanctions, talks, investigations,
 * campaigns, funds, partnerships and missions that actors set up or pursue. Two shapes: a capitalised name ending
 * in a head noun ("Belt and Road Initiative", "Paris Agreement", "Treaty of Rome"), and a described one, a head
 * noun with its modifiers and the tail that says what it is ("proposed merger", "plan to sell its branches",
 * "real-time trilateral system for sharing North Korean missile warning data"). A bare head ("the plan",
 * "the agreement") is a mention of the initiative it refers back to; with nothing to refer to it is reported only
 * when it stands for an undertaking on its own ("talks", "the investigation") or a cue says it is set up.
 * Each initiative carries its `kind` and the `actors` the text says set it up, ran or joined it.
 */
export function findInitiatives(article: Article, found: Input): InitiativeEntity[] {
  const ctx: Context = {
    article,
    country: markTokens(article.tokens, found.countries),
    named: markTokens(article.tokens, [...found.people, ...found.organizations]),
    org: markTokens(article.tokens, found.organizations),
  };
  const entities = resolveInitiatives(spansIn(ctx));
  return entities.map((e) => ({ name: e.name, kind: e.kind, actors: findActors(ctx, found, e.mentions), mentions: e.mentions }));
}

/** Every initiative phrase of the article in text order, named or described, with what resolving them needs. */
function spansIn(ctx: Context): Span[] {
  const { tokens, text } = ctx.article;
  const spans: Span[] = [];
  let coveredUntil = -1;
  // "the North American Free Trade Agreement (NAFTA)": the acronym in brackets names it from then on.
  const acronyms = new Map<string, Span>();
  for (let i = 0; i < tokens.length; i++) {
    const named = acronyms.get(tokens[i]!.text);
    if (named !== undefined && tokens[i]!.start >= coveredUntil) {
      const m = makeMention(text, tokens[i]!.start, tokens[i]!.end);
      if (m) spans.push({ ...named, mention: m, aliasOf: named.mention.text.toLowerCase().replace(/\s+/gu, ' ') });
      continue;
    }
    const span = spanAt(ctx, i);
    if (!span || span.mention.start < coveredUntil) continue;
    coveredUntil = span.mention.end;
    spans.push(span);
    const last = span.lastToken;
    const acr = tokens[last + 1];
    if (span.named && acr && /^\s*\(\s*$/u.test(text.slice(span.mention.end, acr.start)) && /^[A-Z][A-Z0-9-]{1,9}$/u.test(acr.text)
        && /^\s*\)/u.test(text.slice(acr.end, acr.end + 3)) && /^\p{Lu}/u.test(span.mention.text)) {
      acronyms.set(acr.text, span);
    }
  }
  return spans;
}

/** The initiative phrase headed by token i, or null. */
function spanAt(ctx: Context, i: number): Span | null {
  const { tokens, text } = ctx.article;
  const t = tokens[i]!;
  const head = headOf(t);
  if (!head) return null;
  // "The hedge fund plans to sell", "the bank plans a tax": a head word used as a verb heads nothing.
  if (usedAsVerb(tokens, i)) return null;
  // "Fernhill Partners Limited Partnership": a legal form of company, the organization finder's.
  if (i > 0 && LEGAL_FORM_BEFORE.has(tokens[i - 1]!.normal) && capitalised(t) === capitalised(tokens[i - 1]!)) return null;
  // A capitalised name may modify another noun and stay a name: "the Paris Agreement talks".
  if (!isPhraseFinal(tokens, i) && !capitalised(t)) return null;
  // "Green Deal Industrial Plan": the name goes on to a later capitalised head, which takes it whole.
  if (laterNamedHead(tokens, i)) return null;
  const name = namedAt(ctx, i, head);
  const described: Described | null = name ? null : describedAt(ctx, i, head);
  const span = name ?? described;
  if (!span) return null;
  const lastTok = tokens[span.last]!;
  // "Entertainment Inc.": an abbreviation keeps its period (makeMention decides which do).
  const end = lastTok.tags.has('Abbreviation') && lastTok.post.startsWith('.') ? lastTok.end + 1 : lastTok.end;
  const m = makeMention(text, tokens[span.first]!.start, end);
  if (!m) return null;
  // A name whose head word is in an organization ("Granite Bank System", "International Monetary Fund") is the
  // organization finder's; an organization inside it ("the NATO summit") is not.
  if (ctx.org.at(i) && !claimsName(t, head, tokens[i + 1])) return null;
  // "North Atlantic Treaty Organization": a head inside a longer organization name.
  const after = tokens[span.last + 1];
  if (ctx.org.at(span.last) && after && ctx.org.at(span.last + 1) && capitalised(after) && !breaksAfter(lastTok, after)) return null;
  // A headline in capitals ("RESULTS OF SOCCER GAMES") is not a name.
  if (!/\p{Ll}/u.test(m.text)) return null;
  const w = word(t);
  const plural = /s$/u.test(w) && (w !== head || PLURAL_HEADS.has(w));
  return { mention: m, head, kind: kindOf(head), named: name !== null, described, headToken: i, lastToken: span.last, plural };
}

/** A capitalised head that names an initiative whatever precedes it ("Paris Agreement", "Trans-Pacific Partnership"). */
const claimsName = (t: Token, head: string, next?: Token): boolean =>
  capitalised(t) && (CLAIMING_HEADS.has(head) || numbered(t, next));

/** "Resolution 425", "Directive 95/46": a capitalised head with its number is a name. */
const numbered = (t: Token, next: Token | undefined): boolean =>
  next !== undefined && next.sentence === t.sentence && !breaksAfter(t) && /^\d[\d/.-]*$/u.test(next.text);

/**
 * The capitalised name that holds head i goes on, without a break, to another capitalised head within MAX_NAME
 * words ("Green Deal Industrial Plan", "Paris Agreement Implementation Fund" but not "the Paris Agreement, Plan B").
 */
function laterNamedHead(tokens: readonly Token[], i: number): boolean {
  if (!capitalised(tokens[i]!)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_NAME; k++) {
    const prev = tokens[k - 1]!;
    const t = tokens[k]!;
    if (t.sentence !== prev.sentence || (breaksAfter(prev) && !listAhead(tokens, k - 1))) return false;
    if (/[^\s]/u.test(t.pre)) return false;
    // "Financial Institution Reform, Recovery and Enforcement Act": small words between capitalised ones.
    if (!capitalised(t) && !(/^(and|of|for|on|&)$/u.test(t.normal) && tokens[k + 1] && capitalised(tokens[k + 1]!))) return false;
    if (/['’]s$/u.test(prev.text)) return false; // "the Green Deal's Industrial Plan": the owner, then the name
    const head = headOf(t);
    if (head && !NOT_NAMES.has(head)) return true;
  }
  return false;
}

/**
 * "Financial Institution Reform, Recovery and Enforcement Act": a comma after token k inside a capitalised name that
 * lists its parts, closed by "and" before the head at i.
 */
function listInName(tokens: readonly Token[], k: number, i: number): boolean {
  if (tokens[k]!.post !== ', ' || !capitalised(tokens[k]!)) return false;
  const rest = tokens.slice(k + 1, i);
  return rest.some((t) => t.normal === 'and') && rest.every((t) => (capitalised(t) || t.normal === 'and') && !breaksAfter(t));
}

/** The comma after token k opens the last part of such a list: capitalised words, "and", then a head. */
function listAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + MAX_NAME; j++) {
    const t = tokens[j]!;
    if (!capitalised(t) && t.normal !== 'and') return false;
    if (headOf(t) && capitalised(t)) return listInName(tokens, k, j);
    if (breaksAfter(t)) return false;
  }
  return false;
}

/** Tagged a verb and followed by "to" or a determiner: "plans to sell", "plans a new tax". */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.tags.has('Verb') || t.tags.has('Noun') || !next || next.sentence !== t.sentence || breaksAfter(t)) return false;
  // "the multi-party talks that ...": after a determiner or a modifier it is the noun.
  const prev = tokens[i - 1];
  if (prev && prev.sentence === t.sentence && (prev.tags.has('Determiner') || prev.tags.has('Adjective')
      || prev.tags.has('Possessive') || prev.tags.has('Hyphenated') || /-/u.test(prev.text))) return false;
  return next.normal === 'to' || (next.tags.has('Determiner') && next.normal !== 'that');
}

/** The head ends its noun phrase: "the trade agreement" but not "agreement talks" or "system failure". */
function isPhraseFinal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || breaksAfter(t) || /[^\s]/u.test(next.pre)) return true;
  if (joinedAfter(t)) return false; // "system-wide", "plan-based"
  if (/['’]s$/u.test(t.text)) return !capitalised(t); // "the plan's implementation" (but "the Green Deal's Industrial Plan")
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
    if ((breaksAfter(t) && !listInName(tokens, k, i)) || (/['’]s$/u.test(t.text) && !NOT_NAMES.has(head))) break;
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
  const claims = claimsName(h, head, tokens[i + 1]);
  const naming = caps.filter((t) => capitalised(t) && !ctx.country.at(t.index)
    && (claims || (!ctx.named.at(t.index) && !t.tags.has('Person'))) && !t.tags.has('Date'));
  if (ctx.named.at(i) && !claims) return null; // "Dermot Law": the head word is part of a name
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
  if (caps.every((t) => ctx.named.at(t.index)) && headCap && !claims && nameTail(ctx, i) === i) return null;
  return { first, last: headCap ? nameTail(ctx, i) : i };
}

/** "Treaty of Rome", "Convention on the Rights of the Child": the capitalised "of/on" tail of a capitalised head. */
function nameTail(ctx: Context, i: number): number {
  const { tokens } = ctx.article;
  const h = tokens[i]!;
  if (!capitalised(h) || breaksAfter(h)) return i;
  const prep = tokens[i + 1];
  if (numbered(h, prep)) return i + 1;
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

