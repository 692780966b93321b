import type { Token } from '../../article/article.js';
import { W, bare, isAcronym, isCommonWord, isDemonymWord, isFirstName, isInitial, isPossessive, lexiconFirstName, lexiconName, lower, tagged } from './lexicon.js';
import type { Span } from './spans.js';

export type NameClass = 'PER' | 'ORG' | 'LOC';
export interface Scores { PER: number; ORG: number; LOC: number }

/** A candidate after titles and demonyms are peeled off, with the evidence for each class. */
export interface Piece extends Span {
  scores: Scores;
}

export interface DocContext {
  text: string;
  tokens: readonly Token[];
  /** Results tables and scorelines: capitalised words followed by numbers are mostly teams there. */
  sporty: boolean;
  /** Tokens the countries extractor read as a nationality ("British" in "British Prime Minister"), 1 each. */
  nationalityTokens?: Uint8Array;
}

const SPORT_VERBS = new Set(['beat', 'beats', 'drew', 'v', 'vs', 'against', 'lost', 'beaten', 'defeated', 'edged',
  'routed', 'thrashed', 'overcame', 'drawn', 'hosts', 'visit', 'visits']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'middle', 'far',
  'near', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
// Sports whose name makes a "... Centre" a venue.
const SPORT_NAMES = new Set(['tennis', 'golf', 'cricket', 'rugby', 'football', 'soccer', 'hockey', 'basketball', 'baseball',
  'athletics', 'aquatic', 'aquatics', 'equestrian', 'swimming', 'sports', 'sport', 'racing', 'skating', 'cycling']);
const isTitle = (t: Token): boolean => W.titles.has(lower(t)) || W.honorifics.has(lower(t));
const isDemonym = isDemonymWord;

/**
 * Splits a span into the name it holds and scores it. "Prime Minister Ryutaro Hashimoto" -> "Ryutaro Hashimoto"
 * (a person: titles are not part of the name in news annotation); "West Indian" -> nothing (a nationality);
 * "Foreign Ministry" stays whole (the head word makes it an organization).
 */
export function analyse(span: Span, ctx: DocContext): Piece | null {
  const { tokens } = ctx;
  const isNationality = (t: Token): boolean => isDemonym(t) || ctx.nationalityTokens?.[t.index] === 1;
  let { first } = span;
  const { last } = span;
  const lastTok = tokens[last - 1]!;
  // "Deputy Chief of | Mission Joy Sakurai", "Secretary of | State John Kerry" when the span starts after the "of":
  // the office's domain word is the title's, not the name's.
  const ofTok = tokens[first - 1];
  const officeTok = tokens[first - 2];
  if (ofTok && officeTok && ofTok.normal === 'of' && W.ofHeads.has(lower(officeTok)) && first + 2 <= last - 1
    && W.titleDomains.has(lower(tokens[first]!)) && /^\p{Lu}/u.test(officeTok.text)) first++;
  let head = span.head;
  let headTok = tokens[head ?? last - 1]!;
  let lastLw = lower(headTok);
  const orgHeaded = W.orgHeads.has(lastLw) && last - first > 1;
  if (isDemonym(lastTok) && !orgHeaded) return null; // "West Indian", "Japanese": nationalities, not names
  let titleCue = 0;
  let nationality = false; // "American MaliVai Washington": a nationality before a name of two words or more
  if (!orgHeaded) {
    let j = first;
    let sawTitle = false;
    while (j < last) {
      const t = tokens[j]!;
      if (W.honorifics.has(lower(t))) { sawTitle = true; titleCue = Math.max(titleCue, 4); j++; continue; }
      // "Major League Baseball": a title word opening an organization's name ("League") is no title.
      // But "Chief Financial Officer": an org head word that modifies a following office word is the title's.
      if (isTitle(t) && j + 1 < last && W.orgHeads.has(lower(tokens[j + 1]!)) && !isFirstName(tokens[j + 1]!)
        && !(W.titleModifiers.has(lower(tokens[j + 1]!)) && j + 2 < last && isTitle(tokens[j + 2]!))) break;
      // "Dean Jones": a given name that is also a title word, before a lone surname.
      if (isTitle(t) && W.givenNameWords.has(lower(t)) && j === first && j + 2 === last && /^\p{Lu}\p{Ll}+$/u.test(t.text)
        && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 1]!.text)) break;
      if (isTitle(t)) { sawTitle = true; titleCue = Math.max(titleCue, 3); j++; continue; }
      // "Chief Financial Officer James X", "Senior Vice President Y", "Health Minister Z": modifiers of an office
      // word are part of the title when the office word follows them and a name is left after it.
      if (W.titleModifiers.has(lower(t))) {
        let k = j + 1;
        while (k < last && k - j < 4 && W.titleModifiers.has(lower(tokens[k]!)) && !isTitle(tokens[k]!)) k++;
        if (k + 1 < last && (isTitle(tokens[k]!) || W.titleHeads.has(lower(tokens[k]!)))) { j = k + 1; sawTitle = true; titleCue = Math.max(titleCue, 3); continue; }
      }
      // "Secretary of State John Kornblum", "Minister for Europe X": the office's complement is part of the title.
      // A longer complement ("Minister of Foreign Affairs Ali X", "Secretary for Near East Affairs Robert Y") runs
      // up to the given name that opens the person's name.
      if (sawTitle && (lower(t) === 'of' || lower(t) === 'for') && j + 2 < last) {
        let k = j + 2;
        while (k + 1 < last && !isFirstName(tokens[k]!) && !isInitial(tokens[k]!) && k - j < 6) k++;
        j = k + 1 < last && isFirstName(tokens[k]!) ? k : j + 2;
        continue;
      }
      // "U.S. President Bill Clinton", "Russian President Boris Yeltsin": a place or nationality before a title.
      if ((isNationality(t) || isAcronym(t) || tagged(t, 'Country', 'Place')) && j + 1 < last && isTitle(tokens[j + 1]!)) { j++; continue; }
      break;
    }
    if (j >= last) return null; // only titles: "the Prime Minister"
    if (sawTitle) first = j;
    if (head !== undefined && head < first) { // the joined head was the title's: "Secretary of State X"
      head = undefined;
      headTok = lastTok;
      lastLw = lower(lastTok);
    }
    // "Russian Boris Yeltsin"; but "Saudi Arabia" is one place name.
    else if (isNationality(tokens[first]!) && last - first > 1 && (!tagged(tokens[first + 1]!, 'Place', 'Country', 'City', 'Region')
      || (isFirstName(tokens[first + 1]!) && last - first > 2))) { first++; if (last - first >= 2) nationality = true; }
    // "South African Amanda Coetzer", "Frenchman Jean Alesi", "Reliever Mark Acre": a description before a given
    // name is not part of the name.
    for (let j = first + 1; j + 1 < last; j++) {
      const t = tokens[j]!;
      if (!isFirstName(t) || tagged(t, 'Place', 'Country', 'City', 'Region')) continue;
      let describes = true;
      for (let i = first; i < j && describes; i++) {
        const d = tokens[i]!;
        describes = isNationality(d) || /^\p{Lu}\p{Ll}+(?:man|woman)$/u.test(d.text)
          || (isCommonWord(lower(d)) && !tagged(d, 'Person', 'FirstName', 'LastName', 'Place', 'Organization'));
      }
      // "Winger Mark Acre", "Fullback Andre Joubert": one word before a given name of the lexicon and a surname,
      // itself no given name nor any kind of name, describes the person.
      if (!describes && j === first + 1 && j + 2 === last && lexiconFirstName(lower(t))) {
        const d = tokens[first]!;
        describes = /^\p{Lu}\p{Ll}+$/u.test(d.text) && d.post === ' ' && !isFirstName(d) && !lexiconName(lower(d))
          && (isCommonWord(lower(d)) || /(?:er|or|ant|ent|ist|crat|back|keeper)$/.test(lower(d)))
          && !tagged(d, 'Place', 'City', 'Country', 'Region', 'Organization', 'Honorific') && !W.nameParticles.has(lower(d))
          && !W.familyNameFirst.has(lower(d));
      }
      if (describes) first = j;
      break;
    }
  }
  const n = last - first;
  // Sports pages call teams by a plural nickname after "the": "the Orioles", "the Springboks", "the Red Sox".
  const pre = tokens[first - 1];
  const ft0 = tokens[first]!;
  const nickname = ctx.sporty && last - first <= 2 && pre !== undefined && pre.sentence === lastTok.sentence
    && pre.text.toLowerCase() === 'the' && /^\p{Lu}\p{Ll}+(?<![su])s$|^\p{Lu}\p{Ll}*(?:Sox|men)$/u.test(bare(lastTok))
    && !W.titles.has(lastLw) && !W.orgHeads.has(lastLw) && !tagged(lastTok, 'Demonym', 'Country', 'Place');
  // Cricket scorecards: "Saeed Anwar c Croft b Cork 176" (caught by, bowled by, leg before, stumped by) and
  // bowling figures "Lewis 23-3-112-0" (overs-maidens-runs-wickets) name players, common words or not ("b Green").
  const after = tokens[last];
  const scorecard = ctx.sporty && ((pre !== undefined && pre.sentence === ft0.sentence && /^(?:c|b|lbw|st)$/.test(pre.text)
    && !/[,.;:]/.test(pre.post)) || (after !== undefined && after.sentence === lastTok.sentence
    && !/,/.test(lastTok.post) && /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/.test(after.text))); // not a phone number
  // Capitalised common words in tables and headings ("Net Income", "Per Share") name nothing.
  // "the Senate voted", "Parliament approved": an institution's head word alone, capitalised inside a sentence.
  const pre0 = tokens[first - 1];
  const loneInstitution = last - first === 1 && W.orgHeads.has(lower(ft0)) && /^\p{Lu}\p{Ll}+$/u.test(bare(ft0))
    && pre0 !== undefined && pre0.sentence === ft0.sentence && !/[.:"“(]\s*$/.test(pre0.post) && !isFirstName(ft0);
  if (!orgHeaded && !nickname && !scorecard && !loneInstitution && !W.placeHeads.has(lastLw) && titleCue === 0) { // "President Bush" is a name all the same
    let common = true;
    for (let i = first; i < last && common; i++) {
      const t = tokens[i]!;
      common = ((isCommonWord(lower(t)) && !(/^\p{Lu}{3,6}$/u.test(bare(t)) && tagged(t, 'Duration') && !tagged(t, 'Month', 'WeekDay'))) || W.notNames.has(lower(t)))
        && !tagged(t, 'Person', 'FirstName', 'Place', 'Organization', 'SportsTeam', 'Acronym')
        && !(i === first && i + 1 < last && W.givenNameWords.has(lower(t))); // "Al Gore"
    }
    if (common) return null;
  }
  if (n === 1) {
    const ft = tokens[first]!;
    const firstLw = lower(ft);
    const nameTagged = tagged(ft, 'Person', 'FirstName', 'LastName', 'Place', 'City', 'Region', 'Country', 'Organization');
    // A lone capital ("N / A") or a table label ("Attendance: 20,000") names nothing.
    if (isInitial(ft)) return null;
    if (/:/.test(ft.post) && !nameTagged) return null;
    // A nationality adjective compromise does not know: "Turkish troops", "Tajik rebels".
    const nx = tokens[last];
    if (!nameTagged && /(?:ish|ese|ian|ean|an|en|i)$/.test(firstLw) && nx && /^\p{Ll}/u.test(nx.text) && tagged(nx, 'Noun')
      && !/[,.;:]/.test(ft.post)) return null;
  }
  // Events, competitions and awards are neither people nor organizations ("the UEFA Cup", "the U.S. Open").
  // On a sports page a league is the competition ("the American League", "the Super League"), not a body.
  if (W.eventHeads.has(lastLw) || (ctx.sporty && lastLw === 'league' && last - first >= 2)) return null;
  const ft = tokens[first]!;
  const firstLw = lower(ft);
  const prev = tokens[first - 1];
  const prevLw = prev && prev.sentence === ft.sentence ? prev.text.toLowerCase() : '';
  // The word before, looking past an article: "in the West Bank", "news agency Tanjug".
  const prev2 = tokens[first - 2];
  const beforeLw = prevLw === 'the' && prev2 && prev2.sentence === ft.sentence ? prev2.text.toLowerCase() : prevLw;
  const next = tokens[last];
  const sameSentence = next !== undefined && next.sentence === lastTok.sentence;
  const nextLw = sameSentence ? next.text.toLowerCase() : '';
  const commaAfter = /,/.test(lastTok.post);
  const s: Scores = { PER: 0, ORG: 0, LOC: 0 };

  // Person evidence.
  s.PER += titleCue;
  if (nationality) s.PER += 1.5;
  // A name wrapped over a line break in a list of players: "..., Ian\nWoosnam (Wales), ...": the word opening the
  // line after a lone given name is the surname.
  const wrapped = tokens[first - 1];
  if (n <= 2 && wrapped !== undefined && /^[ \t]*\n$/.test(wrapped.post) && !/\S/.test(ft.pre) && isFirstName(wrapped)
    && /^\p{Lu}\p{Ll}+$/u.test(wrapped.text) && /,\s*$|^\s*$/.test(tokens[first - 2]?.post ?? '')) s.PER += 2;
  // The same in a list of full names whatever the given name: "..., Tomas Lindqvist, Retief\nGoosen (South Africa)":
  // a lone word closing a list line and the lone word opening the next, followed by a bracket or a comma.
  else if (n === 1 && ctx.sporty && wrappedPair(tokens, first)) s.PER += 2;
  else if (n === 1 && ctx.sporty && wrappedPair(tokens, first + 1)) s.PER += 2;
  // "sixth-seeded X", "12th-ranked X": a seeded or ranked player.
  if (prev && prev.sentence === ft.sentence && /^\p{Ll}[\p{L}\d]*-(?:seeded|ranked)$/u.test(prev.text) && !/[,.;:]/.test(prev.post)) s.PER += 3;
  // "captain Chris Lewis"; not an adjective ("official Kabul Radio said").
  if (prev && /^\p{Ll}/u.test(prev.text) && W.titles.has(prevLw) && !/[,.;:]/.test(prev.post) && !tagged(prev, 'Adjective')) s.PER += 3;
  if (isFirstName(ft)) s.PER += n >= 2 ? (tagged(ft, 'Place', 'Country', 'City') ? 3 : 4) : 0.5;
  else if (isInitial(ft) && n >= 2) s.PER += 2;
  for (let i = first; i < last; i++) if (tagged(tokens[i]!, 'Person', 'LastName')) { s.PER += 1; break; }
  // "X said": a person, unless X is a lone unknown word (a surname alone is an alias, found later; a company isn't).
  const personTagged = tagged(ft, 'Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName') || titleCue > 0 || n >= 2;
  if (!commaAfter && W.speechVerbs.has(nextLw)) { if (personTagged) s.PER += 1; else s.ORG += 1; }
  if (isPossessive(lastTok) && personTagged) s.PER += 1; // "Thatcher's office"
  if (isPossessive(lastTok) && !personTagged) s.ORG += 0.5;
  if (!commaAfter && W.personVerbs.has(nextLw)) s.PER += 1.5;
  // "X, who", "X, 35,": a person; though in a match report "Surrey, who won" is the county's team.
  const teamWho = ctx.sporty && tagged(headTok, 'Place', 'City', 'Region');
  if (commaAfter && ((nextLw === 'who' && !teamWho) || (/^\d{2}$/.test(nextLw) && /,/.test(next!.post)))) s.PER += 3;
  if (n >= 2 && n <= 3) s.PER += 0.5;
  if (scorecard) s.PER += 4;
  // Goal scorers in results: "Lens 3 (Smith 8th, Jones 85th)", "Scorers: Brown (41st), Green (73rd pen)": a name
  // followed by the minute, an ordinal, is a player.
  if (ctx.sporty && sameSentence && /^\(?\d{1,3}(?:st|nd|rd|th)\)?$/.test(nextLw) && /^\s*\(?\s*$/.test(lastTok.post + next!.pre)) s.PER += 3;

  // Organization evidence.
  if (W.orgHeads.has(lastLw) && n >= 2) s.ORG += lastLw === 'city' ? 1 : isFirstName(ft) ? 6 : 4; // "Grace Church": the head outweighs a given name
  if (W.orgStarts.has(firstLw) && n >= 2) s.ORG += 2;
  for (let i = first; i < last; i++) if (tagged(tokens[i]!, 'Organization', 'SportsTeam') && !isAcronym(tokens[i]!)) { s.ORG += 2; break; }
  if (n === 1 && isAcronym(ft) && !tagged(ft, 'Country')) s.ORG += 2;
  if (loneInstitution) s.ORG += 1.5;
  // "SBC Warburg", "RAO Gazprom", "GKS Katowice": an acronym opening a mixed-case name makes a company or a club,
  // never a person's name.
  if (n >= 2 && /^\p{Lu}{2,6}$/u.test(bare(ft)) && /\p{Ll}/u.test(lastTok.text) && !tagged(ft, 'Country')) s.ORG += 2.5;
  if (nickname) s.ORG += 2.5;
  // A place and a plural nickname is a team: "Florida Marlins", "Sydney Tigers" ("Falkland Islands" has a place head).
  if (n >= 2 && tagged(ft, 'Place', 'City', 'Region') && /[^s]s$/.test(lastLw) && !W.placeHeads.has(lastLw)
    && !tagged(lastTok, 'Place', 'City', 'Region', 'Country')) s.ORG += 4;
  // "news agency Tanjug", "carrier Air France", "Pirelli shares", "Magna spokesman".
  if (W.orgBefore.has(prevLw)) s.ORG += 2;
  // "told Reuters", "quoted Interfax": a lone unknown word a statement is given to is a news organization.
  if (n === 1 && !personTagged && (prevLw === 'told' || prevLw === 'quoted')) s.ORG += 1;
  if (sameSentence && !/\S/.test(lastTok.post + next!.pre) && W.orgAfter.has(nextLw)) s.ORG += 2; // not "X (captain)"
  for (let i = first; i < last; i++) if (tokens[i]!.text === '&' || /&/.test(tokens[i]!.post)) { s.ORG += 3; break; }
  // Results and match reports: "Leicestershire beat Somerset", "Glamorgan 259": the county or city is the team.
  const placePrep = W.placePrepositions.has(beforeLw);
  const placeWord = tagged(headTok, 'Place', 'City', 'Region');
  // Results lines: "Hansa Rostock 2 ...", but "Sergen Yalcin 45" too, so a known given name keeps a person.
  // A score follows a team directly ("Lotte 6 Hyundai 2"); a minute in brackets or an ordinal follows a scorer.
  const score = sameSentence && !/\S/.test(lastTok.post) && /^\d+(?:[-:.]\d+)*$/.test(nextLw);
  const teamLike = n === 1 || placeWord || (!isFirstName(ft) && !isInitial(ft) && !tagged(ft, 'Person') && score);
  if (ctx.sporty && sameSentence && !placePrep && teamLike && (score || SPORT_VERBS.has(nextLw) || SPORT_VERBS.has(prevLw))) s.ORG += 1.5;
  // A fixture ("Plymouth v Preston") pairs teams: a lone name beside "v" is a team even when it is also a given name.
  if (ctx.sporty && n === 1 && (/^vs?\.?$/.test(nextLw) || /^vs?\.?$/.test(prevLw))) s.ORG += 1.5;

  // Squad and scorer lists: "Vladimir Smicer (Lens)", "Jacek Dembinski (Widzew Lodz)": after a player, the
  // bracketed name is his club (a country there is left to the countries extractor).
  if (ctx.sporty && prev && prev.sentence === ft.sentence && /\(\s*$/.test(prev.post + ft.pre) && /^\)/.test(lastTok.post)
    && /^\p{Lu}/u.test(prev.text) && !/\d/.test(prev.text) && !tagged(headTok, 'Country', 'Region')
    && tokens[first - 2]?.text.toLowerCase() !== 'at') s.ORG += 3; // "At Headingley (Leeds)" is the ground's town

  // Results: "Gloria Varna (Bulgaria) 2 Dunav Ruse (Bulgaria) 1": two names, each with its country in brackets and a
  // lone score, are the teams (a standings row of riders, "Jan Kos (Poland) 16", names one alone).
  if (ctx.sporty && (teamScoreAfter(tokens, last) || teamScoreBefore(tokens, first))) s.ORG += 6;
  // Cycling and motor racing results: "Tom Jones (Belgium) Rabobank 4:12:30": the name after a rider's
  // bracketed country is the team.
  if (ctx.sporty && prev && prev.sentence === ft.sentence && /\)\s*$/.test(prev.post) && !/[(]/.test(ft.pre)
    && !/^\s*\(/.test(lastTok.post)) s.ORG += 2;
  // "X has not verified these stories": the disclaimer of a news organization.
  if (n === 1 && nextLw === 'has' && /^\s*not\s+(?:verified|checked)\b/.test(ctx.text.slice(next!.end, next!.end + 20))) s.ORG += 2;

  // Place evidence.
  // "Port-au-Prince", "Aix-en-Provence": lower-case words hyphenated inside a name make a town's name.
  for (let i = first + 1; i + 1 < last; i++) {
    const t = tokens[i]!;
    if (W.placeHyphenWords.has(t.text) && t.post === '-' && tokens[i - 1]!.post === '-') { s.LOC += 4; break; }
  }
  // A dateline opening a paragraph: "BONN, Germany (AP) -", "NAIROBI, Kenya".
  if (isDateline(ctx.text, tokens, first, last)) s.LOC += 5;
  // "Slough Estates Plc": compromise spreads a town's Place tag over the words after it, a legal form included.
  const headIsOrg = W.corporateSuffixes.has(lastLw) && n >= 2;
  if (tagged(headTok, 'Country')) s.LOC += 3;
  else if (tagged(headTok, 'Place', 'City', 'Region') && !headIsOrg) s.LOC += ctx.sporty && !placePrep ? 1 : 3;
  else for (let i = first; i < last; i++) if (tagged(tokens[i]!, 'Place', 'City', 'Region', 'Country')) { s.LOC += 1; break; }
  // "Middle East", "West Bank", "Far East": a compass word makes a region.
  if (n === 2 && (COMPASS.has(firstLw) || COMPASS.has(lastLw)) && !W.orgStarts.has(firstLw)) s.LOC += 4.5;
  // In match reports a county or city doing something is the team: "Kent made up for lost time".
  if (ctx.sporty && placeWord && !placePrep && sameSentence && !commaAfter && next !== undefined && tagged(next, 'Verb') && !tagged(next, 'Gerund')) s.ORG += 1;
  // A match report names teams by their town or county ("Somerset were bowled out", "took Derbyshire to 471"):
  // there a place name without a preposition of place is the team.
  if (ctx.sporty && placeWord && !placePrep && !tagged(headTok, 'Country')) s.ORG += 1.25;
  // "Aberdeen's UEFA Cup campaign", "Colorado's lead": on a sports page the town's possession is its team's.
  if (ctx.sporty && placeWord && !placePrep && isPossessive(lastTok) && !tagged(headTok, 'Country')) s.ORG += 1;
  // "National Tennis Centre", "Olympic Aquatics Center": a sports centre is a venue, a place, whatever its org head.
  if ((lastLw === 'centre' || lastLw === 'center' || lastLw === 'complex') && n >= 2) {
    for (let i = first; i < last - 1; i++) if (SPORT_NAMES.has(lower(tokens[i]!))) { s.LOC += 8; break; }
  }
  if (placePrep) s.LOC += 1.5;
  if (W.placeHeads.has(lastLw) && n >= 2) s.LOC += 3;
  if (W.placeStarts.has(firstLw) && n >= 2) s.LOC += 1;
  if (commaAfter && next && tagged(next, 'Place', 'City', 'Region', 'Country')) s.LOC += 1; // "Springfield, Illinois"

  return head === undefined ? { first, last, scores: s } : { first, last, head, scores: s };
}

/** After tokens [.., last): "(Country) 2" and then a line end, a bracket or another name. */
function teamScoreAfter(tokens: readonly Token[], last: number): boolean {
  const a = tokens[last - 1]!;
  const open = tokens[last];
  if (!open || !/\(\s*$/.test(a.post + open.pre) || !/^\p{Lu}/u.test(open.text)) return false;
  let k = last;
  while (k < last + 3 && k < tokens.length && !/^\)/.test(tokens[k]!.post)) k++;
  const score = tokens[k + 1];
  if (k >= last + 3 || !score || !/^\)\s*$/.test(tokens[k]!.post + score.pre) || /\n/.test(tokens[k]!.post)
    || !/^\d{1,3}$/.test(score.text)) return false;
  const after = tokens[k + 2];
  return after !== undefined && /^[ \t]+$/.test(score.post) && !after.pre && /^\p{Lu}/u.test(after.text);
}

/** Before tokens [first, ..): "(Country) 2" of the home team: the name is the visitors'. */
function teamScoreBefore(tokens: readonly Token[], first: number): boolean {
  const score = tokens[first - 1];
  const close = tokens[first - 2];
  return score !== undefined && close !== undefined && /^\d{1,3}$/.test(score.text) && /^\)[ \t]*$/.test(close.post)
    && /^[ \t]+$/.test(score.post) && !tokens[first]!.pre;
}

/** tokens[i - 1] ends a list line ("..., Retief\n") and tokens[i] opens the next ("Goosen (South Africa),"). */
function wrappedPair(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  const before = tokens[i - 2];
  const word = /^\p{Lu}\p{Ll}+$/u;
  return a !== undefined && b !== undefined && before !== undefined && /^[ \t]*\n$/.test(a.post) && !b.pre
    && word.test(a.text) && word.test(b.text) && /,[ \t]*$/.test(before.post)
    && /^(?:[ \t]*\(|,|[ \t]+\d)/.test(b.post + (tokens[i + 1]?.pre ?? '') + (tokens[i + 1]?.text ?? ''))
    && !tagged(a, 'Place', 'City', 'Country', 'Region') && !tagged(b, 'Place', 'City', 'Country', 'Region');
}

/** Capitals at the start of a line, followed by a comma, dash or bracket: a dateline's city. */
function isDateline(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const a = tokens[first]!;
  const b = tokens[last - 1]!;
  for (let i = first; i < last; i++) if (!/^\p{Lu}[\p{Lu}.'-]+$/u.test(bare(tokens[i]!))) return false;
  let k = a.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return (k < 0 || text[k] === '\n') && /^\s*[,(\u2013\u2014-]/.test(b.post);
}

/** The class with the most evidence, or null when there is none. */
export function best(s: Scores, min = 1): NameClass | null {
  let cls: NameClass | null = null;
  let top = min - 1e-9;
  for (const k of ['PER', 'ORG', 'LOC'] as const) if (s[k] > top) { top = s[k]; cls = k; }
  return cls;
}
