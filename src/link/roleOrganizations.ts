import type { Article, Token } from '../article/article.js';
import type { CountryEntity, Entity, Mention } from '../types.js';
import { makeMention } from '../extract/mentions.js';
import { breaksAfter, DETERMINERS, isMember, LEX, lower } from '../extract/roles/lexicon.js';
import { ORGANIZATIONS, REPORTING_VERBS } from '../vocab/index.js';
import { fullestName, organizationsFromContext, type PlacedTitle, type TitleKinds } from './roleOrganizations/context.js';

/**
 * Role -> organization: the organization (or country) a title is held at, when the text ties it to the title: after
 * it ("at the U.S. Embassy in Seoul", "of Acme", "to Japan") or before it as a modifier or possessive ("Apple CEO",
 * "U.S. President", "Japan's foreign minister", "the company's"). The roles extractor calls it for each title;
 * roleOrganizations/context.ts fills the organization of a title the text ties to none.
 */

// A name a title is held at (read from capitalised words) is at most this many words: it keeps every scan linear.
const MAX_NAME = 12;
// What kind of body a title belongs to, from its words, for the titles the text ties to none (context.ts).
const KINDS: TitleKinds = {
  state: new Set(LEX.stateWords), organization: new Set(LEX.organizationHeads), speech: REPORTING_VERBS,
  meeting: new RegExp(`\\b(?:${LEX.meetingWords.join('|')})\\b`, 'i'),
};
const COMMON_NAMES = new Map(Object.entries(LEX.countryNames));

/**
 * The organization of each title as the output writes it: the one the text ties to it, else (for a linked title)
 * the one its context names (context.ts), a country by its common English name and an acronym by the fullest name
 * the article gives it (fullestName).
 */
export function settleOrganizations(article: Article, titles: PlacedTitle[], orgs: readonly Entity[],
  countries: readonly CountryEntity[]): (string | null)[] {
  organizationsFromContext(article, titles, orgs, countries, KINDS);
  return titles.map((p) => p.organization && fullestName(p.organization, orgs, countries, COMMON_NAMES));
}

/** Mentions by start and by end offset, each pointing to its entity's canonical name. */
interface Span {
  start: number;
  end: number;
  name: string;
}

export interface MentionIndex {
  byStart: Map<number, Span>;
  byEnd: Map<number, Span>;
}

export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const byStart = new Map<number, Span>();
  const byEnd = new Map<number, Span>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const span = { start: m.start, end: m.end, name: e.name };
      const s = byStart.get(m.start);
      if (!s || s.end < m.end) byStart.set(m.start, span);
      const t = byEnd.get(m.end);
      if (!t || t.start > m.start) byEnd.set(m.end, span);
    }
  }
  return { byStart, byEnd };
}

export interface Holder {
  name: string;
  org: boolean;
  /** How it attaches: "to" (an ambassador to a country) is the host, not the holder's side. */
  via: string;
  firstToken: number;
  lastToken: number;
}

function tokenAt(tokens: readonly Token[], offset: number, fromIndex: number, dir: 1 | -1): number {
  for (let k = fromIndex; k >= 0 && k < tokens.length; k += dir) {
    const t = tokens[k]!;
    if (t.start <= offset && offset <= t.end) return k;
    if (dir === 1 && t.start > offset) return k;
    if (dir === -1 && t.end < offset) return k;
  }
  return fromIndex;
}

/** "King Hussein of Jordan", "Representative Tom DeLay of Texas": the holder's side after the name ending at nameEnd,
 *  looked for from token `from` on; only an "of" ties it. */
export function entityAfterName(article: Article, nameEnd: number, from: number, orgs: MentionIndex,
  countries: MentionIndex): Holder | null {
  const of = entityAfter(article, tokenAt(article.tokens, nameEnd, from, 1), orgs, countries);
  return of && of.via === 'of' ? of : null;
}

/** "at the U.S. Embassy in Seoul", "of Acme Corp", "to Japan": an organization or country after the title. */
export function entityAfter(article: Article, last: number, orgs: MentionIndex, countries: MentionIndex): Holder | null {
  const { tokens, text } = article;
  const t = tokens[last]!;
  const prep = tokens[last + 1];
  if (!prep || prep.sentence !== t.sentence || breaksAfter(t)) return null;
  if (!['at', 'of', 'for', 'with', 'to', 'in'].includes(prep.normal)) return null;
  let k = last + 2;
  if (tokens[k]?.normal === 'the' && !breaksAfter(prep)) k++;
  const start = tokens[k];
  if (!start || start.sentence !== t.sentence) return null;
  const org = orgs.byStart.get(start.start);
  const country = countries.byStart.get(start.start);
  const hit = org ?? country;
  if (prep.normal === 'in' && !org) return null; // "ambassador in Seoul": a place, not the holder's organization
  // The organization finder may miss a name, or keep only its first part ("U.S." of "U.S. Embassy in Seoul"): a
  // longer run of capitalised words ("the Japanese Embassy", "Ministry of Foreign Affairs") is taken as written,
  // when it is not a person.
  const run = capitalisedRun(article, k);
  // "of New York-based Human Rights in China": a name that modifies a compound is not the holder.
  const modifies = (end: number): boolean => text[end] === '-';
  if (run && (!hit || run.end > hit.end) && !looksLikePerson(article, run, k) && !modifies(run.end)) {
    return { name: run.text, org: true, via: prep.normal, firstToken: last + 1, lastToken: tokenAt(tokens, run.end, k, 1) };
  }
  if (hit && !modifies(hit.end)) {
    return { name: hit.name, org: !!org, via: prep.normal, firstToken: last + 1, lastToken: tokenAt(tokens, hit.end, k, 1) };
  }
  return null;
}

const GLUE = new Set(['of', 'for', 'and', 'on', 'in']);
// "Embassy in Seoul", "Office in Geneva": a mission's place is part of its name; elsewhere "in" ends the name
// ("the chairman of Acme in London").

/** The capitalised words from token k on ("U.S. Embassy in Seoul", "Ministry of Foreign Affairs"), or null. */
function capitalisedRun(article: Article, k: number): Mention | null {
  const { tokens, text } = article;
  const sentence = tokens[k]?.sentence;
  let end = k - 1;
  for (let j = k; j < tokens.length && j < k + MAX_NAME && tokens[j]!.sentence === sentence; j++) {
    const w = tokens[j]!;
    const cap = /^[A-Z]/u.test(w.text) && !w.tags.has('Date') && !w.tags.has('Pronoun');
    const nextCap = /^[A-Z]/u.test(tokens[j + 1]?.text ?? '') && !tokens[j + 1]!.tags.has('Date'); // not "Acme on Monday"
    const glue = j > k && GLUE.has(w.normal) && nextCap && (w.normal !== 'in' || ORGANIZATIONS.hostCityHeads.has(tokens[j - 1]!.normal));
    if (!cap && !glue) break;
    end = j;
    if (breaksAfter(w) || /['’]s$/u.test(w.text)) break;
  }
  if (end < k) return null;
  return makeMention(text, tokens[k]!.start, tokens[end]!.end);
}

/** A span that compromise tags as a person name, with no capitalised organization head word, is no organization. */
function looksLikePerson(article: Article, m: Mention, from: number): boolean {
  const { tokens } = article;
  let person = false;
  let orgHead = false;
  for (let k = from; k < tokens.length && tokens[k]!.start < m.end; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Person')) person = true;
    if (/^\p{Lu}/u.test(t.text) && ORGANIZATIONS.heads.has(lower(t))) orgHead = true;
  }
  return person && !orgHead;
}

/** "Apple CEO", "U.S. President", "Japan's foreign minister", "the company's chief executive". */
export function entityBefore(article: Article, first: number, orgs: MentionIndex, countries: MentionIndex,
  people: MentionIndex): Holder | null {
  const { tokens, text } = article;
  if (first === 0) return null;
  const prev = tokens[first - 1]!;
  if (prev.sentence !== tokens[first]!.sentence || breaksAfter(prev)) return null;
  // "Siemens welcomed the plan. Its chief executive, ...": a possessive pronoun stands for the organization named
  // last (in this sentence or the one before); without one the title waits for its apposition, like "the company's".
  if (prev.normal === 'its' || prev.normal === 'their') {
    for (let k = first - 2; k >= 0 && tokens[k]!.sentence >= prev.sentence - 1; k--) {
      // "Acme Corp." keeps its period; "Acme Inc.'s" ends before its possessive.
      const hit = orgs.byEnd.get(tokens[k]!.end) ?? orgs.byEnd.get(tokens[k]!.end + 1) ?? orgs.byEnd.get(tokens[k]!.end - 2);
      if (hit) return { name: hit.name, org: true, via: 'before', firstToken: first - 1, lastToken: first - 1 };
    }
    return { name: '', org: false, via: 'before', firstToken: first - 1, lastToken: first - 1 };
  }
  // Mentions never include a possessive; look for one ending at the token's end or before its "'s".
  const ends = [prev.end, prev.end - 2, prev.end - 1];
  if (text[prev.end] === '.') ends.push(prev.end + 1); // "Microsoft Corp. President": the mention keeps its period
  for (const e of ends) {
    const org = orgs.byEnd.get(e);
    const country = countries.byEnd.get(e);
    const hit = org ?? country;
    if (hit && /^(['’]s?)?$/u.test(text.slice(hit.end, prev.end))) {
      return { name: hit.name, org: !!org, via: 'before', firstToken: tokenAt(tokens, hit.start, first - 1, -1), lastToken: first - 1 };
    }
  }
  // A person's possessive ("Lukashenko's political adviser") says whom the holder serves, not where.
  if (ends.some((e) => people.byEnd.has(e))) return null;
  if (/['’]s$/u.test(prev.text) && !prev.tags.has('Pronoun')) {
    if (/^[A-Z]/u.test(prev.text) && !prev.tags.has('Person')) {
      // "Acme's spokesman" when the organization finder missed Acme: the capitalised run before the possessive.
      let k = first - 1;
      while (k > 0 && k > first - MAX_NAME && /^[A-Z]/u.test(tokens[k - 1]!.text) && !tokens[k - 1]!.tags.has('Determiner')
        && !breaksAfter(tokens[k - 1]!) && tokens[k - 1]!.sentence === prev.sentence) k--;
      const m = makeMention(text, tokens[k]!.start, prev.end);
      if (m) return { name: m.text, org: true, via: 'before', firstToken: k, lastToken: first - 1 };
    }
    // "the company's chief executive": a possessive common noun stands for the organization named elsewhere; the
    // link still needs its apposition, so it is returned without a name.
    let k = first - 1;
    // "then the guerrilla group's leader": modifiers of the possessive noun stand between it and its "the".
    while (k > 0 && first - k < 4 && /^\p{Ll}/u.test(tokens[k - 1]!.text) && !breaksAfter(tokens[k - 1]!)
      && (tokens[k - 1]!.tags.has('Adjective') || tokens[k - 1]!.tags.has('Noun')) && !DETERMINERS.has(tokens[k - 1]!.normal)) k--;
    if (k > 0 && tokens[k - 1]!.normal === 'the') k--;
    return { name: '', org: false, via: 'before', firstToken: k, lastToken: first - 1 };
  }
  // "State Department spokesman", "Fed chairman", "Pirelli SpA chairman": capitalised words right before the title
  // that the organization finder missed, when they are not a name, a date or a title.
  if (/^[A-Z]/u.test(prev.text) && !prev.tags.has('Person') && !prev.tags.has('Date') && !isFunctionWord(prev)
      && !isMember(prev) && /\p{Ll}/u.test(tokens[first]!.text)) {
    let k = first - 1;
    while (k > 0 && k > first - MAX_NAME) {
      const t = tokens[k - 1]!;
      if (!/^[A-Z]/u.test(t.text) || isFunctionWord(t) || t.tags.has('Date') || t.tags.has('Person')
          || breaksAfter(t) || t.sentence !== prev.sentence || /['’]s$/u.test(t.text)) break;
      k--;
    }
    // "Former South Carolina Gov.": a title word opening the run belongs to the title, not the name.
    while (k < first - 1 && /^(former|ex|acting|outgoing|incoming|interim|then|late)$/u.test(lower(tokens[k]!))) k++;
    const m = makeMention(text, tokens[k]!.start, prev.end);
    if (m && !looksLikePerson(article, m, k)) return { name: m.text, org: true, via: 'before', firstToken: k, lastToken: first - 1 };
  }
  return null;
}

/** A word that opens a clause rather than a name: "Although General Abacha", "As President ...". */
const isFunctionWord = (t: Token): boolean =>
  ['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'QuestionWord'].some((tag) => t.tags.has(tag));

export function pickOrganization(after: Holder | null, before: Holder | null): Holder | null {
  const named = (h: Holder | null): h is Holder => !!h && h.name !== '';
  const order: Holder[] = [];
  // Organizations win over countries; what follows the title ("at the U.S. Embassy") over what modifies it, except
  // "ambassador to Japan", where the country after "to" is the host.
  for (const h of [after, before]) if (named(h) && h.org && h.via !== 'to') order.push(h);
  for (const h of [before, after]) if (named(h) && h.org && h.via !== 'to') order.push(h);
  for (const h of [after, before]) if (named(h) && !h.org && h.via !== 'to') order.push(h);
  for (const h of [before, after]) if (named(h)) order.push(h);
  return order[0] ?? null;
}
