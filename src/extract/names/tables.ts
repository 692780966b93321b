import type { Article, Token } from '../../article/article.js';
import { W, isCommonWord, isFirstName, tagged } from './lexicon.js';

/** Token range [first, last) of a team name read from a results line. */
export interface Row { first: number; last: number }

// A figure in a standings or results line: "72", ".576", "28", "1/2", "-", "3-1".
const FIGURE = /^(?:-|[+-]?\d[\d.,:/-]*|[+-]?\.\d+)$/;
// A word of a team name: "Larkford", "St.", "Paris-St", "O'Neill"; no figures, no brackets.
const NAME_WORD = /^\p{Lu}[\p{L}.'’&-]*$/u;

// A year or a span of years ("1996", "1558-1603", "1914-18") is no score.
const YEARS = /^(?:1[5-9]|20)\d\d(?:[-–](?:(?:1[5-9]|20)\d\d|\d\d))?$/;

/**
 * A results table (many figures) or a match report (sports words): there towns and counties are mostly teams.
 * Figures make a results table only beside sports words; a market, company or bond table is as full of figures,
 * and its words ("rally", "points", "set") are the market's. A span of years is no
 * score: a calendar of history ("1558-1603") is no results table.
 */
export function isSportsPage(tokens: readonly Token[]): boolean {
  let numbers = 0;
  let sportWords = 0;
  let marketWords = 0;
  let strongSportWords = 0; // "innings", "goalkeeper": no other page uses them ("race", "beat", "set" it may)
  for (const t of tokens) {
    if (/^\d/.test(t.text)) { if (!YEARS.test(t.text)) numbers++; }
    else if (W.sportWords.has(t.normal)) { sportWords++; if (!W.weakSportWords.has(t.normal)) strongSportWords++; }
    else if (W.marketWords.has(t.normal)) marketWords++;
  }
  return tokens.length > 0 && (numbers / tokens.length > 0.12 ? sportWords >= marketWords
    : sportWords >= 4 && strongSportWords >= 1 && sportWords > marketWords);
}

/**
 * Team names in results tables, read line by line. Sports pages print standings as a name followed by a row of
 * figures ("Larkford 22 17 0 5 767 409 34", "NEW YORK 72 53 .576 -") and results as two names each followed by a
 * score ("Hometown 2 Rivertown 1"). There the name is the team, whatever else the words mean ("Reading", "Nice"),
 * so these rows are read before the sentence rules. A row naming a person ("Billy Corrigan 66 71 70 70", a golf
 * card) opens with a given name and is left to them; "Net Income 821 512" (all common words, no sports page)
 * names nothing.
 */
export function findTeamRows(article: Article, sporty: boolean): Row[] {
  const { text, tokens } = article;
  const rows: Row[] = [];
  let ti = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // The line's words with their offsets, split on whitespace: linear in the line.
    const words: { s: number; e: number }[] = [];
    for (let i = lineStart; i < lineEnd;) {
      while (i < lineEnd && /\s/.test(text[i]!)) i++;
      const s = i;
      while (i < lineEnd && !/\s/.test(text[i]!)) i++;
      if (i > s) words.push({ s, e: i });
    }
    const word = (k: number): string => text.slice(words[k]!.s, words[k]!.e);
    // Groups of name words, each followed by its figures. A bracket after a name is the team's country or
    // town ("Velden (Germany) 75", "Rad (B) 4 1 1 2"); one after the figures is a note ("(halftime 35-23)").
    // "In Kostrena: Home (Cyprus) 5 Away (Armenia) 0" opens with the venue.
    const groups: { s: number; e: number; figures: number; scores: number; bracket: boolean }[] = [];
    let ok = words.length > 0;
    let k = 0;
    if (words.length > 2 && /^\p{Lu}\p{Ll}*$/u.test(word(0)) && /^\p{Lu}[\p{L}.' -]*:$/u.test(word(1))) k = 2;
    while (k < words.length && ok) {
      const s = words[k]!.s;
      let e = s;
      while (k < words.length && NAME_WORD.test(word(k))) e = words[k++]!.e;
      let bracket = false;
      if (e !== s && k < words.length && word(k).startsWith('(')) {
        bracket = true;
        const open = k;
        while (k < words.length && k - open < 4 && !word(k).endsWith(')')) k++;
        if (k >= words.length || !/^\(?\p{Lu}[\p{L}.'-]*\)?$/u.test(word(k))) { ok = false; break; }
        k++;
      }
      let figures = 0;
      let scores = 0; // figures that are numbers, not a dash
      while (k < words.length && FIGURE.test(word(k))) { figures++; if (/\d/.test(word(k))) scores++; k++; }
      if (e === s) ok = false;
      else groups.push({ s, e, figures, scores, bracket });
      if (figures > 0 && k < words.length && word(k).startsWith('(')) break; // a closing note
      if (figures === 0 && k < words.length) ok = false;
    }
    const standings = ok && groups.length === 1 && groups[0]!.figures >= 4;
    // "Hometown 2 Rivertown 1"; the loser's score may be missing when the line names both countries.
    const [g0, g1] = groups;
    const results = ok && groups.length === 2 && g0!.figures === 1 && g0!.scores === 1
      && (g1!.figures === 1 ? g1!.scores === 1 : g1!.figures === 0 && g0!.bracket && g1!.bracket);
    if (standings || results) {
      for (const g of groups) {
        while (ti < tokens.length && tokens[ti]!.start < g.s) ti++;
        const first = ti;
        while (ti < tokens.length && tokens[ti]!.end <= g.e) ti++;
        if (ti > first && isTeam(tokens, first, ti, sporty)) rows.push({ first, last: ti });
      }
    }
    lineStart = lineEnd + 1;
  }
  return rows;
}

function isTeam(tokens: readonly Token[], first: number, last: number, sporty: boolean): boolean {
  const n = last - first;
  const t = tokens[first]!;
  if (n >= 2 && /^\p{Lu}\.?$/u.test(t.text)) return false; // "A. Penmore 24": a player's initial
  if (n >= 2 && isFirstName(t) && !tagged(t, 'Place', 'City', 'Region', 'Country')) return false; // a golfer
  let common = true;
  for (let i = first; i < last; i++) {
    const x = tokens[i]!;
    if (tagged(x, 'Month', 'WeekDay', 'Date')) return false; // an opinion poll dated "Aug 25"
    const lw = x.text.toLowerCase().replace(/\.$/, '');
    if (!(isCommonWord(lw) || W.notNames.has(lw)) || tagged(x, 'Place', 'City', 'Region', 'Country', 'Organization', 'SportsTeam')) {
      common = false;
    }
    if (n === 1 && W.notNames.has(lw)) return false; // "Total 245 ..."
  }
  // "Net Income 821 512" in a company's table; on a sports page "Red Star 4 4 0 0" is a club all the same.
  return !(common && n >= 2 && !sporty);
}

/**
 * The venue opening a results line: "Wexcombe: Kent 318 (...)", "At Larkford: Kent 220", "London (The Oval): Surrey
 * 429-7". compromise reads a line's first word before a colon as an interjection, so the span finder passes it over;
 * these are the spans (one to four capitalised words at a line start, "At" aside, closed by a colon or a bracket)
 * that no candidate covers yet. Whether one names a venue is the classifier's call (sportsCues.ts: venueOpening).
 */
export function venueSpans(article: Article, covered: Uint8Array): Row[] {
  const { tokens } = article;
  const spans: Row[] = [];
  const lineStart = (i: number): boolean => i === 0 || /\n/.test(tokens[i - 1]!.post + tokens[i]!.pre);
  for (let i = 0; i < tokens.length; i++) {
    if (!lineStart(i)) continue;
    let first = i;
    if (/^(?:at|in)$/i.test(tokens[first]!.text) && !/\S/.test(tokens[first]!.post)) first++;
    let last = first;
    while (last < tokens.length && last - first < 4 && NAME_WORD.test(tokens[last]!.text) && !covered[last]
      && (last === first || !/\S/.test(tokens[last - 1]!.post + tokens[last]!.pre))) last++;
    if (last > first && /^(?::|\s+\()/.test(tokens[last - 1]!.post) && !/\n/.test(tokens[last - 1]!.post)) {
      spans.push({ first, last });
    }
  }
  return spans;
}

/**
 * A surname a list wrapped onto the next line after its given name, when the surname is also a common word: "...,
 * Dennis\nField, Corwin Teller", "Ross\nBrown, Lyle Danner". The span finder passes over a common word opening a line;
 * these are those spans [first, first + 1): a lone capitalised word opening the line, after a line that ends with a
 * given name following a comma, and before a comma, a bracket or the line's end.
 */
export function wrappedSurnameSpans(article: Article, covered: Uint8Array): Row[] {
  const { tokens } = article;
  const spans: Row[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const given = tokens[i - 1]!;
    if (covered[i] || t.pre || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^[ \t]*\n$/.test(given.post)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || !isFirstName(given) || !/,[ \t]*$/.test(tokens[i - 2]!.post)) continue;
    if (/^(?:,|[ \t]*\(|[ \t]*\n)/.test(t.post)) spans.push({ first: i, last: i + 1 });
  }
  return spans;
}
