import type { Article, Token } from '../article/article.js';
import type { Entity, Mention, PersonEntity } from '../types.js';
import type { Found } from './context.js';
import { findAliases, particleSurname, surnameFirst, type NameAliases } from '../link/nameAliases.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';
import type { Cue } from './names/cues.js';
import { analyse, best, type DocContext, type NameClass, type Piece, type Scores } from './names/classify.js';
import { W, bare, isInitial, isRegnal, keyOf, lower, spanText, tagged } from './names/lexicon.js';
import { LineCase, findSpans, isCapsSentence } from './names/spans.js';
import { keepNamePossessives } from './names/possessives.js';
import { findTeamRows, isSportsPage, venueSpans, wrappedSurnameSpans, type Row } from './names/tables.js';
import { VENUE } from './names/sportsCues.js';
import { givenNameAliases } from './names/discourse.js';

export interface Names {
  people: PersonEntity[];
  organizations: Entity[];
  places: Entity[];
}

/** Longest name looked up in a capitals line ("JAPAN'S HASHIMOTO VISITS BEIJING"), in tokens. */
const MAX_CAPS_NGRAM = 6;

interface Resolved { cls: NameClass; key: string; name: string }

/** Only blanks, then a line break or the end of the text, from offset i on (a bounded look-ahead). */
function lineEndsAt(text: string, i: number): boolean {
  for (let k = i; k < text.length && k < i + 16; k++) {
    if (text[k] === '\n' || text[k] === '\r') return true;
    if (text[k] !== ' ' && text[k] !== '\t') return false;
  }
  return i + 16 > text.length || !/\S/.test(text.slice(i, i + 16));
}

/**
 * The mention for tokens [first, last), keeping the period of a final abbreviation ("Corp.", "Jr."), unless the
 * period closes the line: "... agreed to buy Acme Corp." ends with the sentence's full stop, which is not the name's.
 */
function mentionOf(article: Article, first: number, last: number): Mention | null {
  const a = article.tokens[first]!;
  const b = article.tokens[last - 1]!;
  let end = b.end;
  if (b.post.startsWith('.') && (b.tags.has('Abbreviation') || isInitial(b)) && !lineEndsAt(article.body, b.end + 1)) end += 1;
  return makeMention(article.text, a.start, end);
}

/**
 * People, organizations and places named in the article. Candidates are runs of capitalised words; each is
 * classified from cues around it (titles, first names, org and place head words, prepositions, speech verbs), then
 * the evidence is pooled per name over the article, so that a name keeps one class throughout; a lone surname is
 * filed under the full name it abbreviates. Country names are left to the countries extractor.
 */
export function findNames(article: Article, found: Pick<Found, 'countries' | 'dates'>): Names {
  const st = begin(article, found);
  for (const [, phase] of PHASES) phase(st);
  const people = groupEntities(st.out.filter((o) => o.cls === 'PER').map((o) => o.c)).map(
    (e): PersonEntity => ({ name: e.name, roles: [], mentions: e.mentions }),
  );
  const organizations = groupEntities(st.out.filter((o) => o.cls === 'ORG').map((o) => o.c)).map(strip);
  const places = groupEntities(st.out.filter((o) => o.cls === 'LOC').map((o) => o.c)).map(strip);
  return { people, organizations, places };
}

/** What the phases read and fill in, over one article. */
interface State {
  article: Article;
  tokens: readonly Token[];
  /** Characters inside a country mention: a span inside one is not reported again as a place. */
  country: Uint8Array;
  /** A results table (many figures) or match report (sports words): there, towns and counties are mostly teams. */
  sporty: boolean;
  /** Per sentence: written in capitals, a title-case heading, or ordinary. */
  caps: LineCase[];
  ctx: DocContext;
  /** Where the dateline's line starts (-1 without a dateline). */
  headerLine: number;
  /** Standings and results rows ("Larkford 22 17 0 5 767 409 34"): their names are teams. */
  rows: Row[];
  inRow: Uint8Array;
  /** Candidates of the body, and of heading lines (read apart: their capitals say little). */
  pieces: Piece[];
  headingPieces: Piece[];
  /** The evidence pooled per name over the article: "Essex" scored as a team in one line is a team in the next. */
  pooled: Map<string, Scores>;
  aliases: NameAliases;
  /** Lower-case name -> its resolution, for capitals lines and words the span finder passed over. */
  known: Map<string, Resolved>;
  /** Names read from results rows. */
  teams: Map<string, Resolved>;
  /** Surname -> the full name last seen with it. */
  lastFull: Map<string, string>;
  /** Tokens a capitals line's lookup has taken. */
  lookedUp: Uint8Array;
  out: { cls: NameClass; c: Candidate }[];
}

type Phase = (st: State) => void;

/**
 * The name finder's phases, in order. Candidates are runs of capitalised words (names/spans.ts); each is
 * classified from cues around it (names/classify.ts), then the evidence is pooled per name over the article, so
 * that a name keeps one class throughout; short forms are filed under the full name (src/link/nameAliases.ts).
 */
const PHASES: readonly (readonly [string, Phase])[] = [
  ['results rows', readRows],
  ['candidates', readCandidates],
  ['venues opening results lines', readVenues],
  ['surnames wrapped onto the next line', readWrappedSurnames],
  ['common words opening a sentence', dropOpeningCommonWords],
  ['pooled evidence', poolEvidence],
  ['aliases', (st) => { st.aliases = aliasesOf(st); }],
  ['given names alone', readGivenNames],
  ['lists share a kind', shareListKinds],
  ['candidates resolved', resolvePieces],
  ['venues stay places', keepVenues],
  ['places take a capitalised "The"', placesWithThe],
  ['results rows resolved', resolveRows],
  ['known names passed over', markPassedOver],
  ['capitals lines', readCapsLines],
  ['headings and byline', readHeadings],
  ['dateline', readDateline],
  ['possessive company names', (st) => keepNamePossessives(st.article.text, st.out)],
];

function begin(article: Article, found: Pick<Found, 'countries' | 'dates'>): State {
  const { tokens } = article;
  const country = new Uint8Array(article.text.length + 1);
  for (const c of found.countries) for (const m of c.mentions) country.fill(1, m.start, m.end);
  const sporty = isSportsPage(tokens);
  const caps = article.sentences.map((s) => isCapsSentence(article.body, tokens, s));
  // Nationality words the countries extractor found ("British"): one-token country mentions that are no place name.
  const nationalityTokens = new Uint8Array(tokens.length);
  for (const t of tokens) {
    if (country[t.start] && country[t.end - 1] && !country[t.end] && (t.start === 0 || !country[t.start - 1])
      && !tagged(t, 'Country', 'Place', 'City', 'Region')
      && (/\p{Ll}(?:an|ish|ese|i|ic|ch)$/u.test(t.text) || W.nationalityNouns.has(lower(t)))) nationalityTokens[t.index] = 1;
  }
  return {
    article, tokens, country, sporty, caps, ctx: { text: article.body, tokens, sporty, nationalityTokens },
    headerLine: article.header ? article.text.lastIndexOf('\n', article.header.start - 1) + 1 : -1,
    rows: [], inRow: new Uint8Array(tokens.length), pieces: [], headingPieces: [], pooled: new Map(),
    aliases: { surnames: new Map(), orgStems: new Map() }, known: new Map(), teams: new Map(), lastFull: new Map(),
    lookedUp: new Uint8Array(tokens.length), out: [],
  };
}

const textOf = (st: State, first: number, last: number): string => spanText(st.article.text, st.tokens, first, last);
const keyAt = (st: State, first: number, last: number): string => keyOf(textOf(st, first, last));

/** The dateline ("ROME 1996-08-28", "CARLSBAD, California 1996-08-25") names places. */
const inDateline = (st: State, i: number): boolean =>
  st.article.header !== null && st.tokens[i]!.start >= st.headerLine && st.tokens[i]!.start < st.article.header.start;

/** The class of a body candidate: its pooled evidence; with no cue at all, two or three words are a person. */
const classOf = (st: State, p: Piece): NameClass | null =>
  best(st.pooled.get(keyAt(st, p.first, p.last))!, 1) ?? (p.last - p.first >= 2 && p.last - p.first <= 3 ? 'PER' : null);

/** Records a mention of the name (under `key`) as `cls`, saying `why` (for --explain). */
function add(st: State, cls: NameClass, key: string, name: string, m: Mention | null, why: string): void {
  // One sentence a line: no name crosses a line break (a hard-wrapped line's break reads as a space in the body).
  if (!m || inCountry(st, m) || st.article.body.slice(m.start, m.end).includes('\n')) return;
  // The name as written ("Acme Corp."), unless it stands for a fuller one (a surname, a capitals line).
  if (keyOf(name) === key && keyOf(m.text.replace(/\.$/, '')) === keyOf(name.replace(/\.$/, ''))) name = m.text.replace(/\s+/g, ' ');
  m.why = why;
  st.out.push({ cls, c: { key: `${cls}:${key}`, name, mention: m } });
}

function inCountry(st: State, m: Mention): boolean {
  for (let i = m.start; i < m.end; i++) if (!st.country[i] && /\S/.test(st.article.text[i]!)) return false;
  return true;
}

/** The cues behind a candidate's class, for --explain: "person: a given name first; two or three words". */
function cuesWhy(p: Piece, cls: NameClass): string {
  const reasons = [...new Set(p.cues.filter((c) => c.kind === cls).map((c) => c.reason))];
  const kind = cls === 'PER' ? 'person' : cls === 'ORG' ? 'organization' : 'place';
  return reasons.length > 0 ? `${kind}: ${reasons.join('; ')}` : `${kind}: the name's evidence over the article`;
}

// Standings and results rows are read before the rest: their names are teams.
function readRows(st: State): void {
  st.rows = findTeamRows(st.article, st.sporty);
  for (const r of st.rows) st.inRow.fill(1, r.first, r.last);
}

// Heading lines ("Tavi Marlend" as a byline, "Strengthening Trilateral Security Ties") are read apart: their
// capitals say little, so their candidates count only with a strong cue or when the body names them.
function readCandidates(st: State): void {
  for (const span of findSpans(st.article, st.caps)) {
    let free = true;
    for (let i = span.first; i < span.last && free; i++) free = !st.inRow[i];
    if (!free) continue;
    const p = analyse(span, st.ctx);
    if (p) (st.caps[st.tokens[p.first]!.sentence] === LineCase.Heading ? st.headingPieces : st.pieces).push(p);
  }
}

// "Wexcombe: Kent 318": the venue the span finder passed over (compromise reads "Wexcombe:" as an interjection).
function readVenues(st: State): void {
  if (!st.sporty) return;
  const found: Piece[] = [];
  for (const span of venueSpans(st.article, coveredTokens(st))) {
    const p = st.caps[st.tokens[span.first]!.sentence] === LineCase.Normal ? analyse(span, st.ctx) : null;
    if (p) found.push(p);
  }
  addPieces(st, found);
}

/** The tokens a candidate or a results row already holds. */
function coveredTokens(st: State): Uint8Array {
  const covered = st.inRow.slice();
  for (const p of st.pieces) covered.fill(1, p.first, p.last);
  return covered;
}

/** Candidates found after the span finder's, put in text order among its. */
function addPieces(st: State, found: readonly Piece[]): void {
  st.pieces.push(...found);
  st.pieces.sort((a, b) => a.first - b.first);
}

// "In Dorvask: Dorvask (Estonia) 1 ...": the town the line opens with is the venue, though its club is named the same.
function keepVenues(st: State): void {
  const venues = new Set<number>();
  for (const p of st.pieces) if (p.cues.some((c) => c.reason === VENUE)) venues.add(st.tokens[p.first]!.start);
  for (const o of st.out) {
    if (o.cls === 'LOC' || !venues.has(o.c.mention.start)) continue;
    o.cls = 'LOC';
    o.c = { ...o.c, key: `LOC:${keyOf(o.c.mention.text)}`, name: o.c.mention.text };
    o.c.mention.why = `place: ${VENUE}`;
  }
}

/**
 * "a century at The Oval", "London (The Oval)", "racing at The Heathmoor": after a word of the sentence a capitalised
 * "The" is part of the place's name (opening a line, a list item or a heading its capital says nothing).
 */
function placesWithThe(st: State): void {
  const { tokens, article } = st;
  const at = new Map<number, Token>();
  for (const t of tokens) at.set(t.start, t);
  for (const o of st.out) {
    const t = at.get(o.c.mention.start);
    const the = t && tokens[t.index - 1];
    if (o.cls !== 'LOC' || !the || the.text !== 'The' || the.post !== ' ' || t.pre || the.sentence !== t.sentence
      || st.caps[t.sentence] !== LineCase.Normal || the.index === article.sentences[the.sentence]!.first
      || !/\p{L}/u.test(tokens[the.index - 1]?.text ?? '') || !/^[ \t]*\(?$/.test(tokens[the.index - 1]!.post)
      || !/^\(?$/.test(the.pre)) continue;
    const m = makeMention(article.text, the.start, o.c.mention.end);
    if (!m) continue;
    m.why = o.c.mention.why;
    o.c = { ...o.c, key: `LOC:${keyOf(m.text)}`, name: m.text, mention: m };
  }
}

/** The evidence of a wrapped surname that is also a common word ("Dennis\nField"), which no cue reads. */
const WRAPPED: Cue = { reason: 'a surname wrapped over a line break after a given name', kind: 'PER', weight: 2, test: () => true };

function readWrappedSurnames(st: State): void {
  const found: Piece[] = [];
  for (const { first, last } of wrappedSurnameSpans(st.article, coveredTokens(st))) {
    if (st.caps[st.tokens[first]!.sentence] !== LineCase.Normal) continue;
    found.push({ first, last, scores: { PER: 2, ORG: 0, LOC: 0 }, cues: [WRAPPED] });
  }
  addPieces(st, found);
}

/**
 * "Government officials said...", "Newspapers said...": a lone word capitalised only because it opens a sentence,
 * which the article writes in lower case elsewhere and never capitalised inside a sentence, is a common word.
 */
function dropOpeningCommonWords(st: State): void {
  const { tokens, article } = st;
  const opens = (t: Token): boolean => t.index === article.sentences[t.sentence]!.first || /["“‘(\n]/.test(t.pre);
  const lowerCase = new Set<string>();
  const inside = new Set<string>();
  for (const t of tokens) {
    if (/^\p{Ll}+$/u.test(t.text)) lowerCase.add(t.text);
    else if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !opens(t) && !st.caps[t.sentence]) inside.add(t.text.toLowerCase());
  }
  st.pieces = st.pieces.filter((p) => {
    const t = tokens[p.first]!;
    const lw = t.text.toLowerCase();
    return !(p.last - p.first === 1 && opens(t) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && lowerCase.has(lw) && !inside.has(lw));
  });
}

function poolEvidence(st: State): void {
  for (const p of st.pieces) {
    const k = keyAt(st, p.first, p.last);
    const s = st.pooled.get(k) ?? { PER: 0, ORG: 0, LOC: 0 };
    s.PER += p.scores.PER; s.ORG += p.scores.ORG; s.LOC += p.scores.LOC;
    st.pooled.set(k, s);
  }
  // A team in the table is the team in the match report: "Larkford" scored as a row makes "Larkford won" a team.
  for (const r of st.rows) {
    const s = st.pooled.get(keyAt(st, r.first, r.last));
    if (s) s.ORG += 5;
  }
}

/** How far one list's members pull a member with no cue of its own towards their kind. */
const LIST_PULL = 1.5;

/**
 * A list of names ("Quill, Danby, Orrin and Tasker", "Mobil, Shell and Caltex") names one kind of thing: a
 * member with no cue of its own takes the kind most of the others have, when two at least have one.
 */
function shareListKinds(st: State): void {
  const { tokens, article } = st;
  const joined = (a: Piece, b: Piece): boolean => tokens[a.first]!.sentence === tokens[b.first]!.sentence
    && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/.test(article.text.slice(tokens[a.last - 1]!.end, tokens[b.first]!.start));
  for (let i = 0; i < st.pieces.length;) {
    let j = i + 1;
    while (j < st.pieces.length && joined(st.pieces[j - 1]!, st.pieces[j]!)) j++;
    if (j - i >= 3) pullList(st, st.pieces.slice(i, j));
    i = j;
  }
}

function pullList(st: State, members: readonly Piece[]): void {
  const votes = { PER: 0, ORG: 0, LOC: 0 };
  const open: Scores[] = [];
  for (const p of members) {
    const k = keyAt(st, p.first, p.last);
    const s = st.pooled.get(k)!;
    const cls = st.aliases.surnames.has(k) ? 'PER' : st.aliases.orgStems.has(k) ? 'ORG' : best(s, 1);
    if (cls) votes[cls]++;
    else if (p.last - p.first === 1) open.push(s);
  }
  const cls = (['PER', 'ORG', 'LOC'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  if (votes[cls] < 2 || votes[cls] * 2 <= votes.PER + votes.ORG + votes.LOC) return;
  for (const s of open) s[cls] += LIST_PULL;
}

function aliasesOf(st: State): NameAliases {
  const named = (cls: NameClass): { first: number; last: number; text: string }[] => st.pieces
    .filter((p) => p.last - p.first >= 2 && classOf(st, p) === cls)
    .map((p) => ({ first: p.first, last: p.last, text: textOf(st, p.first, p.last) }));
  const aliases = findAliases(st.article.text, st.tokens, named('PER'), named('ORG'));
  for (const [stem, full] of aliases.orgStems) st.known.set(stem, { cls: 'ORG', key: keyOf(full), name: full });
  return aliases;
}

// "Tamsin Okoro" ... "defeated Tamsin": a first name used alone is the person, as the surname is (discourse.ts).
function readGivenNames(st: State): void {
  const people = st.pieces.filter((p) => p.last - p.first === 2 && classOf(st, p) === 'PER')
    .map((p) => ({ first: p.first, last: p.last, text: textOf(st, p.first, p.last) }));
  const taken = (k: string): boolean => st.aliases.surnames.has(k) || st.aliases.orgStems.has(k) || st.known.has(k);
  for (const [k, full] of givenNameAliases(st.tokens, people, taken, st.pooled)) st.aliases.surnames.set(k, full);
}

/** Each body candidate under its name: a surname under the full name, a company's stem under the company. */
function resolvePieces(st: State): void {
  const { tokens, known } = st;
  for (const p of st.pieces) {
    const text = textOf(st, p.first, p.last);
    const k = keyOf(text);
    const m = mentionOf(st.article, p.first, p.last);
    const n = p.last - p.first;
    const sur = st.aliases.surnames.get(k);
    if ((n === 1 || particleSurname(tokens, p.first, p.last)) && sur) {
      const full = st.lastFull.get(k) ?? sur[0]!;
      add(st, 'PER', keyOf(full), full, m, `person: the surname of ${full}`);
      known.set(k, { cls: 'PER', key: keyOf(full), name: full });
      continue;
    }
    const corp = st.aliases.orgStems.get(k);
    if (corp && !inDateline(st, p.first)) {
      add(st, 'ORG', keyOf(corp), corp, m, `organization: short for ${corp}`);
      known.set(k, { cls: 'ORG', key: keyOf(corp), name: corp });
      continue;
    }
    const dateline = inDateline(st, p.first);
    const cls = dateline ? 'LOC' : classOf(st, p);
    if (!cls) continue;
    const why = dateline ? 'place: the dateline' : cuesWhy(p, cls);
    if (cls === 'PER' && n >= 2) {
      st.lastFull.set(keyOf(bare(tokens[p.last - 1]!)), text);
      const sf = surnameFirst(tokens, p.first, p.last);
      if (sf < p.last - 1) st.lastFull.set(keyAt(st, sf, p.last), text);
    }
    // "The Morning Herald", "The Times": a newspaper's name takes its capitalised article along.
    const the = tokens[p.first - 1];
    if (cls === 'ORG' && m && the !== undefined && the.text === 'The' && the.post === ' ' && !tokens[p.first]!.pre
      && the.sentence === tokens[p.first]!.sentence && W.newspaperHeads.has(lower(tokens[p.last - 1]!))) {
      add(st, cls, k, `The ${text}`, makeMention(st.article.text, the.start, m.end), why);
    } else add(st, cls, k, text, m, why);
    known.set(k, { cls, key: k, name: text });
    // "U.S. Embassy in Seoul": the host city is a place of its own.
    if (cls === 'ORG' && p.head !== undefined && tokens[p.head + 1]?.text === 'in') {
      const ptext = textOf(st, p.head + 2, p.last);
      add(st, 'LOC', keyOf(ptext), ptext, mentionOf(st.article, p.head + 2, p.last), 'place: the host city of a mission');
    }
    if (cls === 'PER' && n >= 2) {
      const sk = keyOf(bare(tokens[p.last - 1]!));
      if (!known.has(sk) && !isRegnal(tokens[p.last - 1]!)) known.set(sk, { cls, key: k, name: text });
      const fk = keyOf(bare(tokens[p.first]!));
      if (n <= 3 && W.familyNameFirst.has(fk) && !known.has(fk)) known.set(fk, { cls, key: k, name: text });
    }
  }
}

// Not made known for capitals lines: "CHICAGO AT TORONTO" (a fixture) and "NEW YORK 1996-08-30" name the city.
function resolveRows(st: State): void {
  for (const r of st.rows) {
    const text = textOf(st, r.first, r.last);
    const m = (): Mention | null => mentionOf(st.article, r.first, r.last);
    // A batting average row ("Penmore 131 23 434 12 36.16", "Tarek Basrani 3 5 2 195") names a player the report
    // names as a person.
    const k = keyOf(text);
    const sur = st.aliases.surnames.get(k);
    if (sur) { add(st, 'PER', keyOf(sur[0]!), sur[0]!, m(), `person: the surname of ${sur[0]!}, in a results row`); continue; }
    // Only with evidence: two unknown words default to a person elsewhere, but a row makes them a team.
    const ev = st.pooled.get(k);
    if (st.known.get(k)?.cls === 'PER' && ev && best(ev, 1) === 'PER') {
      add(st, 'PER', k, text, m(), 'person: named so in the body');
      continue;
    }
    add(st, 'ORG', keyOf(text), text, m(), 'organization: a team in a results row');
    st.teams.set(keyOf(text), { cls: 'ORG', key: keyOf(text), name: text });
  }
}

// A known name the span finder passed over (a sentence-initial "Mibae further stressed..."): mark it too.
function markPassedOver(st: State): void {
  const covered = coveredTokens(st);
  for (const t of st.tokens) {
    if (covered[t.index] || st.caps[t.sentence] || !/^\p{Lu}/u.test(t.text)) continue;
    const r = st.known.get(keyOf(bare(t))) ?? st.teams.get(keyOf(bare(t)));
    if (r) add(st, r.cls, r.key, r.name, mentionOf(st.article, t.index, t.index + 1), `${kindName(r.cls)}: named so elsewhere`);
  }
}

const kindName = (cls: NameClass): string => (cls === 'PER' ? 'person' : cls === 'ORG' ? 'organization' : 'place');

/**
 * A place name compromise knows (its lexicon ignores case) in a capitals line the body never named: "DETROIT 72 58"
 * in a standings table (a team there), "RIOTS IN JAKARTA" in a headline. Returns how many tokens it took.
 */
function capsPlace(st: State, i: number, end: number): number {
  const { tokens } = st;
  // "LOS ANGELES", "ST LOUIS": compromise tags the city, not always its first word.
  const placeWord = (t: Token): boolean => tagged(t, 'City', 'Region', 'Place') && !tagged(t, 'Country');
  let j = i;
  while (j < end && j - i < 4 && (placeWord(tokens[j]!) || W.placeStarts.has(lower(tokens[j]!)))
    && /^\p{Lu}/u.test(tokens[j]!.text) && (j === i || !/[^\s]/.test(tokens[j - 1]!.post))) j++;
  while (j > i && !placeWord(tokens[j - 1]!)) j--;
  if (j === i) return 0;
  const text = textOf(st, i, j);
  const next = tokens[j];
  const team = st.sporty && next !== undefined && next.sentence === tokens[i]!.sentence && /^\d/.test(next.text);
  add(st, team ? 'ORG' : 'LOC', keyOf(text), text, mentionOf(st.article, i, j),
    team ? 'organization: a place name in capitals before figures, a team' : 'place: a place name in capitals');
  return j - i;
}

// Lines in capitals and headings: names the body already established, longest first. A fixture list names the
// visitors' team and the host city ("CHICAGO AT TORONTO"); the dateline "NEW YORK 1996-08-30" names the city.
function readCapsLines(st: State): void {
  const { article, tokens } = st;
  const fixture = (i: number): boolean => tokens[i - 1]?.text.toLowerCase() === 'at';
  for (let si = 0; si < article.sentences.length; si++) {
    if (!st.caps[si]) continue;
    const s = article.sentences[si]!;
    for (let i = s.first; i < s.last; ) {
      if (st.inRow[i] || inDateline(st, i)) { st.lookedUp[i] = 1; i++; continue; }
      let matched = 0;
      for (let len = Math.min(MAX_CAPS_NGRAM, s.last - i); len >= 1 && !matched; len--) {
        const r = st.known.get(keyAt(st, i, i + len)) ?? (fixture(i) ? undefined : st.teams.get(keyAt(st, i, i + len)));
        if (r) {
          add(st, r.cls, r.key, r.name, mentionOf(article, i, i + len), `${kindName(r.cls)}: named so in the body`);
          matched = len;
          st.lookedUp.fill(1, i, i + len);
        }
      }
      if (!matched) {
        matched = capsPlace(st, i, s.last);
        st.lookedUp.fill(1, i, i + matched);
      }
      i += matched || 1;
    }
  }
}

function readHeadings(st: State): void {
  const { article, tokens, headerLine } = st;
  // A byline: the line just above the dateline holding only a name of two or three words ("Tavi Marlend").
  const bylineStart = headerLine > 0 ? article.text.lastIndexOf('\n', headerLine - 2) + 1 : -1;
  const isByline = (p: Piece): boolean => {
    if (bylineStart < 0 || p.last - p.first < 2 || p.last - p.first > 3) return false;
    const a = tokens[p.first]!;
    const b = tokens[p.last - 1]!;
    return a.start === bylineStart && /^[ \t]*\n/.test(article.text.slice(b.end, headerLine)) && b.end < headerLine
      && tokens.slice(p.first, p.last).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !W.orgHeads.has(lower(t)));
  };
  for (const p of st.headingPieces) {
    let free = true;
    for (let i = p.first; i < p.last && free; i++) free = !st.lookedUp[i];
    const byline = isByline(p);
    const cls = byline ? 'PER' : best(p.scores, 3);
    if (!free || !cls) continue;
    const text = textOf(st, p.first, p.last);
    add(st, cls, keyOf(text), text, mentionOf(article, p.first, p.last), byline ? 'person: the byline' : cuesWhy(p, cls));
  }
}

// Dateline: "LONDON 1996-08-30", "SEOUL, March 20 (Reuters) -": the capitals before the document date are a place.
function readDateline(st: State): void {
  const h = st.article.header;
  if (!h) return;
  const lineStart = st.article.text.lastIndexOf('\n', h.start - 1) + 1;
  let first = -1;
  let last = -1;
  for (const t of st.tokens) {
    if (t.start < lineStart) continue;
    if (t.end > h.start) break;
    if (/^\p{Lu}[\p{Lu}\s.'-]*$/u.test(t.text)) { if (first < 0) first = t.index; last = t.index + 1; }
    else break;
  }
  if (first < 0) return;
  const m = mentionOf(st.article, first, last);
  const text = textOf(st, first, last);
  if (m && !st.out.some((o) => o.c.mention.start === m.start)) add(st, 'LOC', keyOf(text), text, m, 'place: the dateline');
}

const strip = (e: Entity): Entity => ({ name: e.name, mentions: e.mentions });
