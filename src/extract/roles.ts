import type { Article, Token } from '../article/article.js';
import type { Entity, Mention, RoleEntity } from '../types.js';
import type { Found } from './context.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';
import {
  ABBREVIATIONS, ACRONYMS, breaksAfter, DETERMINERS, DOMAINS, HEADS, isAbbrev, isHead, isMember, isTitleAcronym, LEX, lower,
  MODIFIERS, OF_HEADS, WEAK,
} from './roles/lexicon.js';
import { predicateBefore, type PredicateWords } from './roles/predicate.js';
import { joinedAfter, markTokens } from './tokens.js';
import {
  entityAfter, entityAfterName, entityBefore, indexMentions, pickOrganization, settleOrganizations, type Holder, type MentionIndex,
} from '../link/roleOrganizations.js';

const COPULAS = LEX.copulas.map((c) => c.split(' ')).sort((a, b) => b.length - a.length); // longest first: "who is" before "is"
// Words that open a title and put it in the past: "former", "ex-", "then-".
const PAST_PREFIXES = new Set(['former', 'ex', 'then']);
const PREDICATES = Object.fromEntries(Object.entries(LEX.predicates).map(([k, v]) => [k, new Set(v)])) as unknown as PredicateWords;
// A title is at most this many words: it keeps every scan linear whatever the input.
const MAX_TITLE = 8;
// A counterpart's referent is looked for among at most this many earlier titles.
const MAX_BACK = 16;

/** A found title: its tokens [first, last]. */
interface Title {
  first: number;
  last: number;
}

type Input = Pick<Found, 'people' | 'organizations' | 'countries' | 'places'>;

/**
 * Roles: titles ("deputy chief of mission", "foreign minister", "CEO") found from a word list, each linked to the
 * person it is said of and to the organization (or country) it is held at, through the constructions news uses:
 * an apposition ("Joy Sakurai, the deputy chief of mission at the U.S. Embassy in Seoul,"), a title before the name
 * ("Foreign Minister Wang Yi", "Apple CEO Tim Cook"), a title before an apposed name ("the company's chief
 * executive, Tim Cook"), a copula ("Smith, who is the chairman of Acme"). A title with no named holder ("the prime
 * minister said", "a spokesman") is not a role.
 */
export function findRoles(article: Article, found: Input): RoleEntity[] {
  return rolesIn(article, found);
}

function rolesIn(article: Article, found: Input): RoleEntity[] {
  const { tokens, text } = article;
  const people = indexMentions(found.people);
  const orgs = indexMentions(found.organizations);
  const countries = indexMentions(found.countries);
  // Tokens inside an organization mention: "Prime Minister's Office".
  const blocked = markTokens(tokens, found.organizations, 'inside');
  blockNameWords(tokens, found.people, blocked);

  const titles: { title: Title; mention: Mention; link: Link }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const title = titleAt(tokens, i, blocked);
    if (!title) { i++; continue; }
    i = title.last + 1;
    // "former prime minister", "then-chairman", "ex-president": the past is no part of the title (DESIGN.md).
    const past = title.first < title.last && PAST_PREFIXES.has(lower(tokens[title.first]!));
    if (past) title.first++;
    const first = tokens[title.first]!;
    const last = tokens[title.last]!;
    const ex = /^ex-\p{L}/iu.test(first.text);
    const start = first.start + (ex ? 3 : 0);
    // An abbreviated title keeps its period ("Sen.", "Lt. Gen."), which compromise leaves outside the term.
    const mention = isAbbrev(last)
      ? { text: text.slice(start, last.end + 1), start, end: last.end + 1 }
      : makeMention(text, start, last.end);
    if (!mention) continue;
    const link = linkTitle(article, title, people, orgs, countries);
    if (past || ex) link.former = true;
    titles.push({ title, mention, link });
  }
  shareCoordinated(article, titles, people);
  fillFromContext(article, titles, found);

  const candidates: Candidate<{ name: string; title: string; person: string | null; organization: string | null; former: boolean }>[] = [];
  for (let n = 0; n < titles.length; n++) {
    const { title, mention, link } = titles[n]!;
    // DESIGN.md: a title with no named holder ("a spokesman said", "the president said") is not a role.
    if (!link.person) continue;
    mention.why = link.how;
    const name = normalizeTitle(mention.text);
    const held = name === 'counterpart' ? counterpartTitle(tokens, titles, n) ?? name : name;
    candidates.push({
      key: `${name}\u0000${held}\u0000${link.person ?? ''}\u0000${link.organization ?? ''}\u0000${link.former}`,
      name,
      mention,
      data: { name, title: held, person: link.person, organization: link.organization, former: link.former },
    });
  }
  return groupEntities(candidates).map((e) => ({
    name: e.name,
    title: e.title,
    person: e.person,
    organization: e.organization,
    ...(e.former ? { former: true } : {}),
    mentions: e.mentions,
  }));
}

/**
 * Coordinated titles share their holder, their organization and whether they are past: "Paul Verhoek, president and
 * chief operating officer"; "chairman and chief executive John Smith"; "stepped down as chairman, president and chief
 * executive"; "was named president and chief executive officer of Brenmoor Holding Corp."; "finance director and an
 * Orbis Foods board director". Titles are coordinated when only "and", commas, a determiner and the words tying a title
 * to its organization stand between them.
 */
function shareCoordinated(article: Article, titles: readonly { title: Title; mention: Mention; link: Link }[], people: MentionIndex): void {
  const { tokens } = article;
  // How titles n - 1 and n are joined: by "and", by a bare comma (a list an "and" must close), or not at all.
  const joint = (n: number): 'and' | 'comma' | null => {
    const a = titles[n - 1]!;
    const b = titles[n]!;
    if (tokens[a.title.first]!.sentence !== tokens[b.title.first]!.sentence) return null;
    let and = false;
    for (let k = a.title.last + 1; k < b.title.first; k++) {
      const t = tokens[k]!;
      const held = [a.link.holder, b.link.holder].some((h) => h && h[0] <= t.start && t.end <= h[1]);
      if (people.byStart.has(t.start)) return null;
      if (t.normal === 'and' || t.text === '&') and = true;
      else if (!held && !DETERMINERS.has(t.normal)) return null;
    }
    if (and) return 'and';
    return a.title.last + 1 === b.title.first && /^,\s*$/u.test(tokens[a.title.last]!.post) ? 'comma' : null;
  };
  let start = 0;
  let closed = 0; // the end of the group as far as an "and" has closed it
  for (let n = 1; n <= titles.length; n++) {
    const j = n < titles.length ? joint(n) : null;
    if (j === 'and') closed = n + 1;
    if (j) continue;
    if (closed > start + 1) share(titles.slice(start, closed));
    start = Math.max(n, closed);
    closed = start;
  }
}

function share(group: readonly { link: Link }[]): void {
  const persons = new Set(group.map((g) => g.link.person).filter((p) => p));
  if (persons.size !== 1) return;
  const person = [...persons][0]!;
  const organization = group.find((g) => g.link.organization)?.link.organization ?? null;
  const former = group.some((g) => g.link.former);
  for (const g of group) {
    if (!g.link.person) g.link.how = 'role: coordinated with a title beside it';
    g.link.person = person;
    g.link.organization ??= organization;
    g.link.former = former;
  }
}

/** The organization of a linked title that names none, from its context (src/link/roleOrganizations/context.ts). */
function fillFromContext(article: Article, titles: readonly { title: Title; mention: Mention; link: Link }[], found: Input): void {
  const placed = titles.map(({ title, mention, link }) => ({
    first: title.first, last: title.last, name: normalizeTitle(mention.text), person: link.person,
    organization: link.organization, holder: link.holder,
  }));
  settleOrganizations(article, placed, found.organizations, found.countries).forEach((organization, n) => {
    titles[n]!.link.organization = organization;
  });
}

/**
 * "Joy Sakurai, the deputy chief of mission ..., and Taisuke Mibae, her counterpart at the Japanese Embassy": a
 * counterpart holds the same office as the titled person the possessive points back to, so the role's title is that
 * person's title (its name stays "counterpart", as written). The referent is the nearest earlier title held by
 * another person in the same or the previous sentence; without a possessive, or without such a title, it stays
 * "counterpart".
 */
function counterpartTitle(tokens: readonly Token[], titles: readonly { title: Title; mention: Mention; link: Link }[],
  n: number): string | null {
  const { title, link } = titles[n]!;
  const sentence = tokens[title.first]!.sentence;
  let possessive = false;
  for (let k = title.first - 1; k >= 0 && k >= title.first - 3 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (/^(her|his|their|its)$/u.test(t.normal) || /['’]s?$/u.test(t.text)) { possessive = true; break; }
    if (!t.tags.has('Adjective') && !t.tags.has('Demonym') && !t.tags.has('ProperNoun')) break;
  }
  if (!possessive) return null;
  for (let j = n - 1; j >= 0 && j >= n - MAX_BACK; j--) {
    const prev = titles[j]!;
    if (tokens[prev.title.first]!.sentence < sentence - 1) break;
    if (!prev.link.person || prev.link.person === link.person) continue;
    const name = normalizeTitle(prev.mention.text);
    if (name !== 'counterpart') return name;
  }
  return null;
}

/**
 * Words of a person's name are not titles ("King" in "Martin Luther King"), except title words the name finder
 * kept before the name itself ("Apple CEO Tim Cook", "President Joe Biden"): those stay titles.
 */
function blockNameWords(tokens: readonly Token[], people: readonly Entity[], blocked: Uint8Array): void {
  const at = new Map(tokens.map((t) => [t.start, t.index] as const));
  for (const e of people) {
    for (const m of e.mentions) {
      let k = at.get(m.start);
      if (k === undefined) continue;
      for (; k < tokens.length && tokens[k]!.end <= m.end; k++) {
        const last = k + 1 >= tokens.length || tokens[k + 1]!.end > m.end;
        if (!isMember(tokens[k]!) || last) blocked[k] = 1;
      }
    }
  }
}


/**
 * The title whose run of title words starts at token i: modifiers and heads ("deputy chief", "Foreign Minister",
 * "chief executive officer"), ending on a head, plus an "of/for + domain" tail when the head takes one ("minister
 * of defense", "chief of mission"). Possessive words end the run ("Apple's CEO": "Apple's" is not a title word).
 */
function titleAt(tokens: readonly Token[], i: number, blocked: Uint8Array): Title | null {
  const t0 = tokens[i]!;
  if (blocked[i] === 1 || !isMember(t0)) return null;
  if (i > 0 && joinedAfter(tokens[i - 1]!) && tokens[i - 1]!.sentence === t0.sentence) return null; // "non-executive"
  let last = i;
  let lastHead = isHead(t0) ? i : -1;
  for (let j = i; j + 1 < tokens.length && j < i + MAX_TITLE; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    if (next.sentence !== t.sentence || blocked[j + 1] === 1) break;
    if (/['’]s$/u.test(t.text)) break;
    if (breaksAfter(t) && !joinedAfter(t)) break;
    if (!isMember(next)) break;
    last = j + 1;
    if (isHead(next)) lastHead = j + 1;
  }
  if (lastHead < 0) return null;
  last = lastHead;
  // A lone modifier word that is also a head ("general", "chief", "deputy") is only a title when it is not
  // describing a following noun: "the general election", "chief concern", "deputy leader" (taken whole above).
  const head = tokens[last]!;
  // A plural names no one's title, except one of a group's: "Tito Ferrant, one of the family's attorneys".
  if (!isTitleAcronym(head) && head.tags.has('Plural') && !oneOf(tokens, i)) return null;
  // "the president's political adviser": the possessive title is whom the holder serves; the apposed name is not
  // its holder.
  if (/['’]s?$/u.test(head.text) && !/^[A-Z]+s$/u.test(head.text)) return null;
  const next = tokens[last + 1];
  // "vice president finance," "director sales.": a business title names its department after the head.
  const department = !!next && next.sentence === head.sentence && !breaksAfter(head) && /^[a-z]/u.test(next.text)
    && MODIFIERS.has(next.normal) && breaksAfter(next) && !isHead(next);
  if (department) return { first: i, last: last + 1 };
  if (next && next.sentence === head.sentence && !breaksAfter(head) && /^[a-z]/u.test(next.text)
      && (next.tags.has('Noun') && !next.tags.has('Pronoun')) && !['of', 'for', 'at', 'to', 'in', 'with'].includes(next.normal)
      && !isHead(next) && !next.tags.has('Verb')) {
    return null; // the head word is a modifier of a noun that is not a title: "chief concern", "president elect"?
  }
  // Tails can chain: "Secretary of State for Defence", "Minister for Foreign Affairs".
  let end = last;
  if (OF_HEADS.has(lower(head))) {
    for (let n = 0; n < 2; n++) {
      const prep = tokens[end + 1];
      if (!prep || breaksAfter(tokens[end]!) || (prep.normal !== 'of' && prep.normal !== 'for')) break;
      const tail = domainAt(tokens, end + 2);
      if (tail === 0) break;
      end = end + 1 + tail;
    }
  }
  // "editor in chief", "commander in chief".
  if (!breaksAfter(tokens[end]!) && tokens[end + 1]?.normal === 'in' && tokens[end + 2]?.normal === 'chief'
      && tokens[end + 2]!.sentence === head.sentence) end += 2;
  return { first: i, last: end };
}

/** A word putting the title in the past among the few words before the title's phrase ("a former Indian"). */
function pastBefore(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (PREDICATES.past.has(t.normal)) return true;
    if (breaksAfter(t) || !(DETERMINERS.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Demonym'))) return false;
  }
  return false;
}

/**
 * A title in apposition whose clause goes on with a verb of leaving: "Pierre Vaudrin, chairman and chief executive,
 * resigned"; "Corvex's chief financial officer, James Tillard, resigned". The holding is past.
 */
function leavesAfter(article: Article, end: number, people: MentionIndex): boolean {
  const { tokens } = article;
  if (!/^,\s*$/u.test(tokens[end]!.post)) return false;
  let k = end + 1;
  const p = tokens[k] ? people.byStart.get(tokens[k]!.start) : undefined;
  if (p) {
    while (k + 1 < tokens.length && tokens[k + 1]!.end <= p.end) k++; // the name's last word
    if (!/^,\s*$/u.test(tokens[k]!.post)) return false;
    k++;
  }
  const verb = tokens[k];
  return !!verb && verb.sentence === tokens[end]!.sentence && PREDICATES.leaving.has(verb.normal) && verb.tags.has('PastTense');
}

/** "one of the family's attorneys", "one of its directors": "one of" a few words before token i. */
function oneOf(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (tokens[k]!.normal === 'of' && tokens[k - 1]!.normal === 'one') return true;
  }
  return false;
}

/** Length in tokens of the domain that starts at token i ("defense", "foreign affairs", "the treasury"), or 0. */
function domainAt(tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const words of DOMAINS) {
    if (words.every((w, k) => tokens[i + k]?.normal === w)) best = Math.max(best, words.length);
  }
  if (best === 0) return 0;
  // "Minister of Foreign Affairs", "Secretary of Home Security": one more noun after the domain word belongs to it.
  const after = tokens[i + best];
  const prev = tokens[i + best - 1]!;
  if (after && !breaksAfter(prev) && after.sentence === prev.sentence
      && /^(affairs|security|relations|development|cooperation|planning|policy|services|resources)$/u.test(after.normal)) {
    best++;
  }
  return best;
}

/** Lower-cased when a common noun phrase ("Foreign Minister" -> "foreign minister"), acronyms kept ("CEO"). */
function normalizeTitle(s: string): string {
  // A word in capitals is kept when it is an acronym ("CEO"), not when a headline shouts a title ("PRESIDENT").
  const keep = (w: string): boolean => /^[A-Z][A-Z.]+$/u.test(w) && (ACRONYMS.has(w) || !TITLE_WORDS.has(w.toLowerCase()));
  // "Sen." is the senator, "Lt. Gen." the lieutenant general.
  const expand = (w: string): string => ABBREVIATIONS.get(w.replace(/\.$/u, '')) ?? w;
  return s.split(/(\s+|-)/u).map((w) => (keep(w) ? w : expand(w.toLowerCase()))).join('');
}
const TITLE_WORDS = new Set([...HEADS, ...WEAK, ...MODIFIERS, ...DOMAINS.flat(), 'of', 'for']);

interface Link {
  person: string | null;
  organization: string | null;
  /** Offsets of the words that say the organization ("at the U.S. Embassy", "Apple"), when the text ties one. */
  holder: [number, number] | null;
  /** The text says the person held the title before ("resigned as chairman", "then the leader"). */
  former: boolean;
  /** The construction that tied it, for --explain. */
  how: string;
}

function linkTitle(article: Article, title: Title, people: MentionIndex, orgs: MentionIndex, countries: MentionIndex): Link {
  const { tokens, text } = article;
  const first = tokens[title.first]!;
  const last = tokens[title.last]!;

  // What the title is held at: after it ("at the U.S. Embassy", "of Acme", "to Japan"), or before it as a
  // modifier or possessive ("Apple CEO", "U.S. President", "the company's", "Japan's foreign minister").
  const after = entityAfter(article, title.last, orgs, countries);
  // "China's foreign ministry spokeswoman, Mao Ning": common-noun modifiers may stand between the possessive (or
  // determiner) and the title; `lead` is the first of them.
  let lead = title.first;
  while (lead > 0 && title.first - lead < 3) {
    const t = tokens[lead - 1]!;
    if (t.sentence !== first.sentence || breaksAfter(t) || !/^\p{Ll}/u.test(t.text) || DETERMINERS.has(t.normal)
      || t.tags.has('Possessive') || !(t.tags.has('Noun') || t.tags.has('Adjective'))) break;
    lead--;
  }
  const before = entityBefore(article, title.first, orgs, countries, people)
    ?? (lead < title.first ? entityBefore(article, lead, orgs, countries, people) : null);
  const picked = pickOrganization(after, before);
  const span = (h: Holder): [number, number] => [tokens[h.firstToken]!.start, tokens[h.lastToken]!.end];
  let organization = picked?.name ?? null;
  let holder = picked ? span(picked) : null;
  const endOfPhrase = after ? after.lastToken : title.last;

  // The person: a name right after the title ("Foreign Minister Wang Yi"), before it in apposition
  // ("Joy Sakurai, the deputy chief ..."; "Smith, who is the chairman of ..."), or after it in apposition
  // ("the company's chief executive, Tim Cook").
  let person: string | null = null;
  let how = '';
  const nameAfter = people.byStart.get(nextStart(text, last.end + (isAbbrev(last) ? 1 : 0)));
  const between = text.slice(last.end + (isAbbrev(last) ? 1 : 0), nameAfter?.start ?? last.end);
  if (nameAfter && !/[,;:.()]/u.test(between) && !after) {
    person = nameAfter.name;
    how = 'role: a title before the name';
    // "King Hussein of Jordan", "Representative Tom DeLay of Texas": the holder's side follows the name.
    if (!organization) {
      const of = entityAfterName(article, nameAfter.end, title.last + 1, orgs, countries);
      if (of) { organization = of.name; holder = span(of); }
    }
  }
  if (!person) {
    // A name holding the title: the name finder kept the title in the name ("President Joe Biden", "Apple CEO Tim
    // Cook"); it starts at most a few words before the title.
    for (let k = Math.max(0, title.first - 3); k <= title.last && !person; k++) {
      const p = people.byStart.get(tokens[k]!.start);
      if (p && p.end > last.end) { person = p.name; how = 'role: a title before the name'; }
    }
  }
  let former = false;
  if (!person) {
    const held = predicateBefore(article, before ? before.firstToken : title.first, people, PREDICATES);
    if (held) ({ person, former } = held);
    if (person) how = 'role: an apposition or predicate after the name';
  }
  if (!person) {
    person = appositionBefore(article, before ? before.firstToken : title.first, people);
    if (person) how = 'role: an apposition or predicate after the name';
  }
  if (!person) {
    const following = tokens[endOfPhrase + 1];
    const p = following ? people.byStart.get(following.start) : undefined;
    const gap = p ? text.slice(tokens[endOfPhrase]!.end, p.start) : '';
    const det = before ? before.firstToken : lead;
    const preceded = det > 0 ? tokens[det - 1]! : null;
    // "the company's chief executive, Peter Hall"; "Novak's spokesman, Ivan Horak": a determined title.
    const determined = !!before || (!!preceded && (DETERMINERS.has(preceded.normal) || /['’]s$/u.test(preceded.text)));
    if (p && /^\s*,\s*$/u.test(gap) && determined) { person = p.name; how = 'role: a title before an apposed name'; }
  }

  // "a former Indian ambassador", "then the guerrilla group's leader", "ousted Cambodian Prime Minister".
  former ||= pastBefore(tokens, before ? before.firstToken : lead) || leavesAfter(article, endOfPhrase, people);
  return { person, organization, holder, former, how };
}

/** Offset of the first non-space character at or after i. */
function nextStart(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

/**
 * The person a title is apposed to, looking left from the title's first word: "Joy Sakurai, the ...",
 * "Taisuke Mibae, her counterpart ...", "Smith, who is the chairman ...", "Smith is the chairman ...".
 */
function appositionBefore(article: Article, first: number, people: MentionIndex): string | null {
  const { tokens, text } = article;
  let k = first - 1;
  if (k >= 0 && DETERMINERS.has(tokens[k]!.normal)) k--;
  // "Ivan Horak, Novak's spokesman": a person's possessive stands where a determiner would.
  else if (k > 0 && /['’]s?$/u.test(tokens[k]!.text)
    && people.byEnd.has(makeMention(text, tokens[k]!.start, tokens[k]!.end)?.end ?? -1)) k--;
  if (k >= 0 && /^(then|now|currently|also|formerly)$/u.test(tokens[k]!.normal)) k--;
  let copula = false;
  for (const words of COPULAS) {
    const n = words.length;
    if (k - n + 1 < 0) continue;
    if (words.every((w, j) => tokens[k - n + 1 + j]!.normal === w)) { k -= n; copula = true; break; }
  }
  // An age between name and title: "John Smith, 52, chief executive of Acme".
  let age = false;
  if (k > 0 && /^\d{1,3}$/u.test(tokens[k]!.text) && /,/u.test(tokens[k]!.post) && /,/u.test(tokens[k - 1]!.post)) {
    k--;
    age = true;
  }
  if (k < 0) return null;
  const t = tokens[k]!;
  if (t.sentence !== tokens[first]!.sentence) return null;
  // The person mention ends at this token (before a trailing comma or possessive the mention never holds).
  const p = people.byEnd.get(t.end) ?? people.byEnd.get(makeMention(text, t.start, t.end)?.end ?? -1);
  if (!p) return null;
  const gap = text.slice(p.end, tokens[k + 1]!.start);
  if (/^\s*,\s*$/u.test(gap) || (age && /^\s*,\s*\d{1,3}\s*,\s*$/u.test(text.slice(p.end, tokens[k + 2]!.start)))) return p.name;
  if (copula && /^\s*,?\s*$/u.test(gap)) return p.name;
  return null;
}
