import type { Article, Token } from '../article/article.js';
import type { Entity, Mention, PersonEntity } from '../types.js';
import type { Found } from './context.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';
import { analyse, best, type NameClass, type Piece, type Scores } from './names/classify.js';
import { W, bare, isAcronym, isFirstName, isInitial, lower, tagged } from './names/lexicon.js';
import { LineCase, findSpans, isCapsSentence } from './names/spans.js';
import { findTeamRows } from './names/tables.js';

export interface Names {
  people: PersonEntity[];
  organizations: Entity[];
  places: Entity[];
}

/** Longest name looked up in a capitals line ("JAPAN'S HASHIMOTO VISITS BEIJING"), in tokens. */
const MAX_CAPS_NGRAM = 6;

interface Resolved { cls: NameClass; key: string; name: string }

/** The name as written over tokens [first, last) ("C. Lewis", "U.S. Embassy"), without a final possessive. */
const spanText = (text: string, tokens: readonly Token[], first: number, last: number): string => {
  const b = tokens[last - 1]!;
  return (text.slice(tokens[first]!.start, b.start) + bare(b)).replace(/\s+/g, ' ');
};
const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

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
  if (b.post.startsWith('.') && (b.tags.has('Abbreviation') || isInitial(b)) && !lineEndsAt(article.text, b.end + 1)) end += 1;
  return makeMention(article.text, a.start, end);
}

/**
 * People, organizations and places named in the article. Candidates are runs of capitalised words; each is
 * classified from cues around it (titles, first names, org and place head words, prepositions, speech verbs), then
 * the evidence is pooled per name over the article, so that a name keeps one class throughout; a lone surname is
 * filed under the full name it abbreviates. Country names are left to the countries extractor.
 */
export function findNames(article: Article, found: Pick<Found, 'countries' | 'dates'>): Names {
  return find(article, found);
}

function find(article: Article, found: Pick<Found, 'countries' | 'dates'>): Names {
  const { tokens } = article;
  // Country mentions: the characters they cover, so that a span inside one is not reported again as a place.
  const country = new Uint8Array(article.text.length + 1);
  for (const c of found.countries) for (const m of c.mentions) country.fill(1, m.start, m.end);
  const inCountry = (m: Mention): boolean => {
    for (let i = m.start; i < m.end; i++) if (!country[i] && /\S/.test(article.text[i]!)) return false;
    return true;
  };

  // Results tables (many figures) or match reports (sports words): there, towns and counties are mostly teams.
  let numbers = 0;
  let sportWords = 0;
  for (const t of tokens) {
    if (/^\d/.test(t.text)) numbers++;
    else if (W.sportWords.has(t.normal)) sportWords++;
  }
  const sporty = tokens.length > 0 && (numbers / tokens.length > 0.12 || sportWords >= 4);
  const caps = article.sentences.map((s) => isCapsSentence(article.body, tokens, s));
  // Nationality words the countries extractor found ("British"): one-token country mentions that are no place name.
  const nationalityTokens = new Uint8Array(tokens.length);
  for (const t of tokens) {
    if (country[t.start] && country[t.end - 1] && !country[t.end] && (t.start === 0 || !country[t.start - 1])
      && !tagged(t, 'Country', 'Place', 'City', 'Region')
      && (/\p{Ll}(?:an|ish|ese|i|ic|ch)$/u.test(t.text) || W.nationalityNouns.has(lower(t)))) nationalityTokens[t.index] = 1;
  }
  const ctx = { text: article.body, tokens, sporty, nationalityTokens };

  // Heading lines ("Mishi Saran" as a byline, "Strengthening Trilateral Security Ties") are read apart: their
  // capitals say little, so their candidates count only with a strong cue or when the body names them.
  // Standings and results rows ("Bradford 22 17 0 5 767 409 34"): their names are teams, read before the rest.
  const rows = findTeamRows(article, sporty);
  const inRow = new Uint8Array(tokens.length);
  for (const r of rows) inRow.fill(1, r.first, r.last);
  const pieces: Piece[] = [];
  const headingPieces: Piece[] = [];
  for (const span of findSpans(article, caps)) {
    let free = true;
    for (let i = span.first; i < span.last && free; i++) free = !inRow[i];
    if (!free) continue;
    const p = analyse(span, ctx);
    if (p) (caps[tokens[p.first]!.sentence] === LineCase.Heading ? headingPieces : pieces).push(p);
  }

  // Pool the evidence per name: "Essex" scored as a team in one line is a team in the next.
  const pooled = new Map<string, Scores>();
  for (const p of pieces) {
    const k = keyOf(spanText(article.text, tokens, p.first, p.last));
    const s = pooled.get(k) ?? { PER: 0, ORG: 0, LOC: 0 };
    s.PER += p.scores.PER; s.ORG += p.scores.ORG; s.LOC += p.scores.LOC;
    pooled.set(k, s);
  }
  // A team in the table is the team in the match report: "Bradford" scored as a row makes "Bradford won" a team.
  for (const r of rows) {
    const s = pooled.get(keyOf(spanText(article.text, tokens, r.first, r.last)));
    if (s) s.ORG += 5;
  }

  // Where the surname starts, its particles included: "von der Leyen" of "Ursula von der Leyen".
  const isParticle = (t: Token): boolean => W.nameParticles.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'st';
  const surnameFirst = (first: number, last: number): number => {
    let k = last - 1;
    while (k - 1 > first && isParticle(tokens[k - 1]!)) k--;
    return k;
  };
  // A surname written with its particles alone ("Von der Leyen said"), to be looked up like a one-word surname.
  const particleSurname = (first: number, last: number): boolean => {
    if (last - first < 2) return false;
    for (let i = first; i < last - 1; i++) if (!isParticle(tokens[i]!)) return false;
    return true;
  };
  // Surnames of full person names, to file "Sakurai" under "Joy Sakurai".
  const surnames = new Map<string, string[]>();
  // No cue at all: two or three capitalised words are most often a person's name in news.
  const aliasSeen = new Set<string>();
  const classOf = (p: Piece): NameClass | null =>
    best(pooled.get(keyOf(spanText(article.text, tokens, p.first, p.last)))!, 1) ?? (p.last - p.first >= 2 && p.last - p.first <= 3 ? 'PER' : null);
  for (const p of pieces) {
    if (p.last - p.first < 2 || classOf(p) !== 'PER') continue;
    const full = spanText(article.text, tokens, p.first, p.last);
    const addAlias = (alias: string): void => {
      const list = surnames.get(alias) ?? [];
      if (!aliasSeen.has(`${alias}|${full}`)) list.push(full);
      aliasSeen.add(`${alias}|${full}`);
      surnames.set(alias, list);
    };
    // An acronym is no surname: "... and PUK" wrongly joined to a name must not make every "PUK" that person.
    // Nor is a regnal number ("Elizabeth I").
    if (!isAcronym(tokens[p.last - 1]!) && !/^[IVX]+$/.test(tokens[p.last - 1]!.text)) addAlias(keyOf(bare(tokens[p.last - 1]!)));
    // "Ursula von der Leyen" is later "Von der Leyen": the surname takes its particles along.
    const sf = surnameFirst(p.first, p.last);
    if (sf < p.last - 1) addAlias(keyOf(spanText(article.text, tokens, sf, p.last)));
    // Chinese, Korean and Vietnamese names put the family name first: "Wang Donghai" is later "Wang".
    if (p.last - p.first <= 3 && W.familyNameFirst.has(lower(tokens[p.first]!))) addAlias(keyOf(bare(tokens[p.first]!)));
  }

  // The dateline ("ROME 1996-08-28", "CARLSBAD, California 1996-08-25") names places, even in a sports report
  // whose body calls the city's team by the same name.
  const headerLine = article.header ? article.text.lastIndexOf('\n', article.header.start - 1) + 1 : -1;
  const inDateline = (i: number): boolean =>
    article.header !== null && tokens[i]!.start >= headerLine && tokens[i]!.start < article.header.start;
  // "Lear Corp" makes a later "Lear" the company: the name without its legal form, filed under the full name.
  const orgStems = new Map<string, string>();
  for (const p of pieces) {
    if (p.last - p.first < 2 || classOf(p) !== 'ORG') continue;
    const full = spanText(article.text, tokens, p.first, p.last);
    // "Florida Marlins" makes "the Marlins" (and "MARLINS" in a headline) the team.
    const lastTok = tokens[p.last - 1]!;
    if (tagged(tokens[p.first]!, 'Place', 'City', 'Region') && /^\p{Lu}\p{Ll}+(?<![su])s$/u.test(bare(lastTok))
      && !W.orgHeads.has(lower(lastTok)) && !W.placeHeads.has(lower(lastTok))) {
      const nick = keyOf(bare(lastTok));
      if (!orgStems.has(nick)) orgStems.set(nick, full);
    }
    if (!W.corporateSuffixes.has(lower(lastTok))) continue;
    const stem = keyOf(spanText(article.text, tokens, p.first, p.last - 1));
    if (!orgStems.has(stem)) orgStems.set(stem, full);
  }

  const known = new Map<string, Resolved>(); // lower-case name -> resolution, for capitals lines
  for (const [stem, full] of orgStems) known.set(stem, { cls: 'ORG', key: keyOf(full), name: full });
  const out: { cls: NameClass; c: Candidate }[] = [];
  const teams = new Map<string, Resolved>(); // names read from results rows
  const lastFull = new Map<string, string>(); // surname -> the full name last seen with it
  const add = (cls: NameClass, key: string, name: string, m: Mention | null): void => {
    if (!m || inCountry(m) || m.text.includes('\n')) return; // one sentence a line: no name crosses a line break
    // The name as written ("Acme Corp."), unless it stands for a fuller one (a surname, a capitals line).
    if (keyOf(name) === key && keyOf(m.text.replace(/\.$/, '')) === keyOf(name.replace(/\.$/, ''))) name = m.text.replace(/\s+/g, ' ');
    out.push({ cls, c: { key: `${cls}:${key}`, name, mention: m } });
  };

  for (const p of pieces) {
    const text = spanText(article.text, tokens, p.first, p.last);
    const k = keyOf(text);
    const m = mentionOf(article, p.first, p.last);
    const n = p.last - p.first;
    const sur = surnames.get(k);
    if ((n === 1 || particleSurname(p.first, p.last)) && sur) {
      const full = lastFull.get(k) ?? sur[0]!;
      add('PER', keyOf(full), full, m);
      known.set(k, { cls: 'PER', key: keyOf(full), name: full });
      continue;
    }
    const corp = orgStems.get(k);
    if (corp && !inDateline(p.first)) {
      add('ORG', keyOf(corp), corp, m);
      known.set(k, { cls: 'ORG', key: keyOf(corp), name: corp });
      continue;
    }
    const cls = inDateline(p.first) ? 'LOC' : classOf(p);
    if (!cls) continue;
    if (cls === 'PER' && n >= 2) {
      lastFull.set(keyOf(bare(tokens[p.last - 1]!)), text);
      const sf = surnameFirst(p.first, p.last);
      if (sf < p.last - 1) lastFull.set(keyOf(spanText(article.text, tokens, sf, p.last)), text);
    }
    // "The Morning Herald", "The Times": a newspaper's name takes its capitalised article along.
    const the = tokens[p.first - 1];
    if (cls === 'ORG' && m && the !== undefined && the.text === 'The' && the.post === ' ' && !tokens[p.first]!.pre
      && the.sentence === tokens[p.first]!.sentence && W.newspaperHeads.has(lower(tokens[p.last - 1]!))) {
      add(cls, k, `The ${text}`, makeMention(article.text, the.start, m.end));
    } else add(cls, k, text, m);
    known.set(k, { cls, key: k, name: text });
    // "U.S. Embassy in Seoul": the host city is a place of its own.
    if (cls === 'ORG' && p.head !== undefined && tokens[p.head + 1]?.text === 'in') {
      const ptext = spanText(article.text, tokens, p.head + 2, p.last);
      add('LOC', keyOf(ptext), ptext, mentionOf(article, p.head + 2, p.last));
    }
    if (cls === 'PER' && n >= 2) {
      const sk = keyOf(bare(tokens[p.last - 1]!));
      if (!known.has(sk) && !/^[IVX]+$/.test(tokens[p.last - 1]!.text)) known.set(sk, { cls, key: k, name: text });
      const fk = keyOf(bare(tokens[p.first]!));
      if (n <= 3 && W.familyNameFirst.has(fk) && !known.has(fk)) known.set(fk, { cls, key: k, name: text });
    }
  }

  // Not made known for capitals lines: "CHICAGO AT TORONTO" (a fixture) and "NEW YORK 1996-08-30" name the city.
  for (const r of rows) {
    const text = spanText(article.text, tokens, r.first, r.last);
    // A batting average row ("Cork 131 23 434 12 36.16", "Salim Malik 3 5 2 195") names a player the report
    // names as a person.
    const k = keyOf(text);
    const sur = surnames.get(k);
    if (sur) { add('PER', keyOf(sur[0]!), sur[0]!, mentionOf(article, r.first, r.last)); continue; }
    // Only with evidence: two unknown words default to a person elsewhere, but a row makes them a team.
    const ev = pooled.get(k);
    if (known.get(k)?.cls === 'PER' && ev && best(ev, 1) === 'PER') { add('PER', k, text, mentionOf(article, r.first, r.last)); continue; }
    add('ORG', keyOf(text), text, mentionOf(article, r.first, r.last));
    teams.set(keyOf(text), { cls: 'ORG', key: keyOf(text), name: text });
  }

  // A known name the span finder passed over (a sentence-initial "Mibae further stressed..."): mark it too.
  const covered = new Uint8Array(tokens.length);
  for (const p of pieces) covered.fill(1, p.first, p.last);
  for (const r of rows) covered.fill(1, r.first, r.last);
  for (const t of tokens) {
    if (covered[t.index] || caps[t.sentence] || !/^\p{Lu}/u.test(t.text)) continue;
    const r = known.get(keyOf(bare(t))) ?? teams.get(keyOf(bare(t)));
    if (r) add(r.cls, r.key, r.name, mentionOf(article, t.index, t.index + 1));
  }

  // A place name compromise knows (its lexicon ignores case) in a capitals line the body never named:
  // "DETROIT 72 58" in a standings table (a team there), "RIOTS IN JAKARTA" in a headline.
  const capsPlace = (i: number, end: number): number => {
    // "LOS ANGELES", "ST LOUIS": compromise tags the city, not always its first word.
    const placeWord = (t: Token): boolean => tagged(t, 'City', 'Region', 'Place') && !tagged(t, 'Country');
    let j = i;
    while (j < end && j - i < 4 && (placeWord(tokens[j]!) || W.placeStarts.has(lower(tokens[j]!)))
      && /^\p{Lu}/u.test(tokens[j]!.text) && (j === i || !/[^\s]/.test(tokens[j - 1]!.post))) j++;
    while (j > i && !placeWord(tokens[j - 1]!)) j--;
    if (j === i) return 0;
    const text = spanText(article.text, tokens, i, j);
    const next = tokens[j];
    const team = sporty && next !== undefined && next.sentence === tokens[i]!.sentence && /^\d/.test(next.text);
    add(team ? 'ORG' : 'LOC', keyOf(text), text, mentionOf(article, i, j));
    return j - i;
  };

  // A fixture list names the visitors' team and the host city ("CHICAGO AT TORONTO"); the dateline
  // "NEW YORK 1996-08-30" names the city.
  const fixture = (i: number): boolean => tokens[i - 1]?.text.toLowerCase() === 'at';
  // Lines in capitals and headings: names the body already established, longest first.
  const lookedUp = new Uint8Array(tokens.length);
  for (let si = 0; si < article.sentences.length; si++) {
    if (!caps[si]) continue;
    const s = article.sentences[si]!;
    for (let i = s.first; i < s.last; ) {
      if (inRow[i] || inDateline(i)) { lookedUp[i] = 1; i++; continue; }
      let matched = 0;
      for (let len = Math.min(MAX_CAPS_NGRAM, s.last - i); len >= 1 && !matched; len--) {
        const k = keyOf(spanText(article.text, tokens, i, i + len));
        const r = known.get(k) ?? (fixture(i) ? undefined : teams.get(k));
        if (r) {
          add(r.cls, r.key, r.name, mentionOf(article, i, i + len));
          matched = len;
          lookedUp.fill(1, i, i + len);
        }
      }
      if (!matched) {
        matched = capsPlace(i, s.last);
        lookedUp.fill(1, i, i + matched);
      }
      i += matched || 1;
    }
  }
  // A byline: the line just above the dateline holding only a name of two or three words ("Mishi Saran").
  const bylineStart = headerLine > 0 ? article.text.lastIndexOf('\n', headerLine - 2) + 1 : -1;
  const isByline = (p: Piece): boolean => {
    if (bylineStart < 0 || p.last - p.first < 2 || p.last - p.first > 3) return false;
    const a = tokens[p.first]!;
    const b = tokens[p.last - 1]!;
    return a.start === bylineStart && /^[ \t]*\n/.test(article.text.slice(b.end, headerLine))
      && b.end < headerLine && tokens.slice(p.first, p.last).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !W.orgHeads.has(lower(t)));
  };
  for (const p of headingPieces) {
    let free = true;
    for (let i = p.first; i < p.last && free; i++) free = !lookedUp[i];
    const cls = isByline(p) ? 'PER' : best(p.scores, 3);
    if (!free || !cls) continue;
    const text = spanText(article.text, tokens, p.first, p.last);
    add(cls, keyOf(text), text, mentionOf(article, p.first, p.last));
  }

  // Dateline: "LONDON 1996-08-30", "SEOUL, March 20 (Reuters) -": the capitals before the document date are a place.
  if (article.header) {
    const h = article.header;
    const lineStart = article.text.lastIndexOf('\n', h.start - 1) + 1;
    let first = -1;
    let last = -1;
    for (const t of tokens) {
      if (t.start < lineStart) continue;
      if (t.end > h.start) break;
      if (/^\p{Lu}[\p{Lu}\s.'-]*$/u.test(t.text)) { if (first < 0) first = t.index; last = t.index + 1; }
      else break;
    }
    if (first >= 0) {
      const m = mentionOf(article, first, last);
      const text = spanText(article.text, tokens, first, last);
      if (m && !out.some((o) => o.c.mention.start === m.start)) add('LOC', keyOf(text), text, m);
    }
  }

  const people = groupEntities(out.filter((o) => o.cls === 'PER').map((o) => o.c)).map(
    (e): PersonEntity => ({ name: e.name, roles: [], mentions: e.mentions }),
  );
  const organizations = groupEntities(out.filter((o) => o.cls === 'ORG').map((o) => o.c)).map(strip);
  const places = groupEntities(out.filter((o) => o.cls === 'LOC').map((o) => o.c)).map(strip);
  return { people, organizations, places };
}

const strip = (e: Entity): Entity => ({ name: e.name, mentions: e.mentions });
