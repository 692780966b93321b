import type { Article } from '../../article/article.js';
import type { CountryEntity, Entity, Mention } from '../../types.js';

/** A title found in the text, as the context rules see it. */
export interface PlacedTitle {
  /** Its tokens [first, last]. */
  first: number;
  last: number;
  /** The normalized title ("prime minister"). */
  name: string;
  person: string | null;
  organization: string | null;
  /** Offsets [start, end) of the organization or country the text ties to the title, when it does. */
  holder: [number, number] | null;
}

/** What kind of body a title belongs to, from its words (general knowledge, see titles.json). */
export interface TitleKinds {
  /** Offices of a state: "prime minister", "ambassador", "general" as a rank. */
  state: ReadonlySet<string>;
  /** Offices of an organization: "chairman", "spokesman", "chief executive". */
  organization: ReadonlySet<string>;
  /** Verbs of saying: the body they follow is the source the clause reports ("New Zealand said"). */
  speech: ReadonlySet<string>;
  /** Words that put two people on opposite sides of a meeting or exchange ("met", "told", "with"). */
  meeting: RegExp;
}

type Kind = 'state' | 'organization' | 'either';
/** A dateline is a short first line: a place, a country, an agency ("WELLINGTON, New Zealand (AP) _"). */
const MAX_DATELINE = 10;

interface Candidate {
  name: string;
  start: number;
  end: number;
  sentence: number;
  country: boolean;
  /** How much it acts in its sentence: 2 as the source of a report ("New Zealand said", "the ministry said"), 1 as
   *  a clause's subject ("The Cypriot government condemned", "that the United States would join"), else 0. */
  subject: number;
}

/**
 * CONVENTIONS.md 8: a role's organization is filled when the body its title belongs to is named in the same
 * sentence or the one before, even where the title is not attached to it ("Australia voted ... Prime Minister John
 * Howard"; "Dravex is offering ... Chairman Theodore Harlan"). For each linked title with no organization:
 * - the same title said earlier or later in those sentences with its body ("a Pentagon spokesman said ... said
 *   spokesman Kenneth Orme") gives that body;
 * - otherwise the body of the title's kind (a country for a state office, an organization for a company office)
 *   named there most often, counting the whole article when that ties, then the nearest; a body tied to another
 *   person's same title ("U.S." of "U.S. President Bill Clinton") is not a candidate.
 */
export function organizationsFromContext(article: Article, titles: PlacedTitle[], orgs: readonly Entity[],
  countries: readonly CountryEntity[], kinds: TitleKinds): void {
  const all = candidatesOf(article, orgs, countries, kinds.speech);
  const total = new Map<string, number>();
  for (const c of all) total.set(c.name, (total.get(c.name) ?? 0) + 1);
  // The dateline ("WELLINGTON, New Zealand (AP) _"): a short first line naming where the story is filed.
  const first = article.sentences[0];
  const dateline = first && first.last - first.first <= MAX_DATELINE ? all.filter((c) => c.sentence === 0) : [];
  const home = new Set(dateline.filter((c) => c.country).map((c) => c.name));
  for (const t of titles) {
    if (!t.person || t.organization) continue;
    // One office of a kind per body: the body of another person's same title is not this one's ("U.S. President
    // Bill Clinton", "President Glafcos Clerides").
    const used = titles.filter((o) => o.holder && o.name === t.name && o.person !== t.person).map((o) => o.holder!);
    const tied = titles.filter((o) => o.holder && o.person !== t.person).map((o) => o.holder!);
    const overlaps = (c: Candidate, spans: readonly [number, number][]): boolean => spans.some(([s, e]) => c.start < e && s < c.end);
    // A body tied to another person's title ("British prime minister Tony Blair") acts there, not in its clause.
    // ... and one tied to the other side of a meeting ("Foreign Minister Wang Yi met U.S. Secretary of State Antony
    // Blinken") is the counterpart's body: one side of a meeting is rarely the other's.
    const at = article.tokens[t.first]!.start;
    const across = (c: Candidate): boolean => kinds.meeting.test(between(article.text, at, c.start));
    const candidates = all.filter((c) => !overlaps(c, used) && !(overlaps(c, tied) && across(c)))
      .map((c) => (overlaps(c, tied) ? { ...c, subject: 0 } : c));
    const sentence = article.tokens[t.first]!.sentence;
    const near = (s: number): boolean => s === sentence || s === sentence - 1;
    // The same title, or the person's fuller title ("Lieutenant Colonel Eileen Marsh ... Colonel Marsh").
    const same = titles.find((o) => o !== t && o.organization && near(article.tokens[o.first]!.sentence)
      && ((o.name === t.name && (!o.person || o.person === t.person)) || (o.person === t.person && o.name.endsWith(` ${t.name}`))));
    if (same) { t.organization = same.organization; continue; }
    const kind = kindOf(article, t, kinds);
    const pool = candidates.filter((c) => near(c.sentence) && (kind === 'either' || (kind === 'state') === c.country));
    const best = rank(pool, total, home, article.tokens[t.first]!.start);
    if (best) t.organization = best;
  }
}

/** The text between two offsets, in either order. */
const between = (text: string, a: number, b: number): string => (a < b ? text.slice(a, b) : text.slice(b, a));

/** Organization and country mentions, with their sentences. */
function candidatesOf(article: Article, orgs: readonly Entity[], countries: readonly CountryEntity[],
  speech: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string, m: Mention, country: boolean): void => {
    const sentence = sentenceAt(article, m.start);
    const subject = !isSubject(article, m.start) ? 0 : reports(article, m.end, speech) ? 2 : 1;
    if (sentence >= 0) out.push({ name, start: m.start, end: m.end, sentence, country, subject });
  };
  for (const e of orgs) for (const m of e.mentions) add(e.name, m, false);
  for (const e of countries) for (const m of e.mentions) add(e.name, m, true);
  // A country word inside an organization's name ("Bank of Japan") is that organization's, not a second body.
  return out.filter((c) => !c.country || !out.some((o) => !o.country && o.start <= c.start && c.end <= o.end));
}

/**
 * The candidate acting most often in the window (as a clause's subject), then the dateline's country (the story's
 * home), then the one named most often there, then in the article, then the nearest.
 */
function rank(pool: readonly Candidate[], total: ReadonlyMap<string, number>, home: ReadonlySet<string>, at: number): string | null {
  const inWindow = new Map<string, number>();
  const acting = new Map<string, number>();
  const distance = new Map<string, number>();
  for (const c of pool) {
    inWindow.set(c.name, (inWindow.get(c.name) ?? 0) + 1);
    acting.set(c.name, (acting.get(c.name) ?? 0) + c.subject);
    const d = Math.abs(c.start - at);
    distance.set(c.name, Math.min(distance.get(c.name) ?? Infinity, d));
  }
  let best: string | null = null;
  const key = (n: string): number[] => [acting.get(n)!, home.has(n) ? 1 : 0, inWindow.get(n)!, total.get(n) ?? 0, -distance.get(n)!];
  for (const n of inWindow.keys()) {
    if (best === null || before(key(best), key(n))) best = n;
  }
  return best;
}

/** Lexicographic order of two keys: whether a ranks below b. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

// Words that open a clause with its own subject: "said that the United States would join".
const SUBORDINATORS = new Set(['that', 'whether', 'if', 'because', 'when', 'while', 'after', 'before', 'since', 'although', 'though']);

/**
 * No verb between the start of the clause (the sentence, a comma, semicolon or dash, or a word like "that") and the
 * offset.
 */
function isSubject(article: Article, offset: number): boolean {
  const { tokens } = article;
  let k = tokenAt(article, offset);
  if (k < 0) return false;
  const sentence = tokens[k]!.sentence;
  for (k--; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (/[,;:\u2013\u2014]|\s-\s/u.test(t.post) || SUBORDINATORS.has(t.normal)) return true;
    if (t.tags.has('Verb')) return false;
  }
  return true;
}

/**
 * A state office ("foreign minister", "President" before a name, "General" as a rank), an organization's office
 * ("chairman", "spokesman", a lower-case "president" of a company) or either ("leader", "secretary").
 */
function kindOf(article: Article, t: PlacedTitle, kinds: TitleKinds): Kind {
  const words = t.name.split(/\s+/u);
  const head = words[words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length - 1]!;
  if (words.some((w) => kinds.state.has(w)) || head === 'general' || t.name.includes('of state')) return 'state';
  if (head === 'president' || head === 'vice-president') {
    // "President Clinton": the head of a state; "Mr. Ducharme was president of Valmont": a company's.
    const first = article.tokens[t.first]!;
    return /^\p{Lu}/u.test(first.text) && !/^\p{Lu}+$/u.test(first.text) ? 'state' : 'organization';
  }
  if (kinds.organization.has(head)) return 'organization';
  return 'either';
}

/**
 * The organization as CONVENTIONS.md 9 writes it: a country by its common English name ("Britain", from
 * `commonNames` by ISO code, else the country's name), an organization by its fullest name in the article ("United
 * Nations" for "U.N." when both occur: the acronym is the initials of the name's capitalised words).
 */
export function fullestName(name: string, orgs: readonly Entity[], countries: readonly CountryEntity[],
  commonNames: ReadonlyMap<string, string>): string {
  const country = countries.find((c) => c.name === name);
  if (country) return commonNames.get(country.code) ?? name;
  const letters = name.replace(/\./gu, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return name;
  let best = name;
  for (const e of orgs) {
    const initials = e.name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials === letters && e.name.length > best.length) best = e.name;
  }
  return best;
}

function sentenceAt(article: Article, offset: number): number {
  const k = tokenAt(article, offset);
  return k < 0 ? -1 : article.tokens[k]!.sentence;
}

/** A verb of saying right after the mention, or after one common noun ("New Zealand said", "the Cypriot government
 * said"). */
function reports(article: Article, end: number, speech: ReadonlySet<string>): boolean {
  const { tokens } = article;
  let k = tokenAt(article, end);
  if (k < 0) return false;
  if (tokens[k]!.start < end) k++; // the mention's last token
  const next = tokens[k];
  if (next && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !speech.has(next.normal)) k++;
  const verb = tokens[k];
  return !!verb && verb.sentence === tokens[k - 1]?.sentence && speech.has(verb.normal);
}

/** The token holding the offset, or the first one after it; -1 past the end. */
function tokenAt(article: Article, offset: number): number {
  const { tokens } = article;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}
