import type { Token } from '../../article/article.js';
import { CUES, type Cue, type Features, type NameClass } from './cues.js';
import { W, bare, isCommonWord, isFirstName, isInitial, isPossessive, lower, tagged } from './lexicon.js';
import { peel, type Peeled } from './peel.js';
import type { Span } from './spans.js';
import { SPORTS_CUES, venueOpening } from './sportsCues.js';
import { GAZETTEER_CUES } from './gazetteer.js';

export type { NameClass } from './cues.js';
export interface Scores { PER: number; ORG: number; LOC: number }

/** A candidate after titles and demonyms are peeled off, with the evidence for each class. */
export interface Piece extends Span {
  scores: Scores;
  /** The cues that held, for --explain. */
  cues: readonly Cue[];
}

export interface DocContext {
  text: string;
  tokens: readonly Token[];
  /** Results tables and scorelines: capitalised words followed by numbers are mostly teams there. */
  sporty: boolean;
  /** Tokens the countries extractor read as a nationality ("British" in "British Prime Minister"), 1 each. */
  nationalityTokens?: Uint8Array;
}

/** Every cue, general and sports-page ones: the classifier's weights in one table. */
const ALL_CUES: readonly Cue[] = [...CUES, ...SPORTS_CUES, ...GAZETTEER_CUES];

/**
 * A candidate span's name and the evidence for each class, in phases: peel the titles, nationality and description
 * off the name (peel.ts), read the words around it, drop what names nothing, then add up the cues (cues.ts,
 * sportsCues.ts). "Prime Minister Ryutaro Hashimoto" -> "Ryutaro Hashimoto", a person; "West Indian" -> nothing.
 */
export function analyse(span: Span, ctx: DocContext): Piece | null {
  const peeled = peel(span, ctx);
  if (!peeled) return null;
  const f = features(peeled, ctx);
  if (namesNothing(f, peeled)) return null;
  const scores: Scores = { PER: 0, ORG: 0, LOC: 0 };
  const cues: Cue[] = [];
  for (const cue of ALL_CUES) {
    if (!cue.test(f)) continue;
    scores[cue.kind] += typeof cue.weight === 'number' ? cue.weight : cue.weight(f);
    cues.push(cue);
  }
  const { first, last, head } = peeled;
  return head === undefined ? { first, last, scores, cues } : { first, last, head, scores, cues };
}

/** The words around a peeled name that the cues read. */
function features(p: Peeled, ctx: DocContext): Features {
  const { tokens } = ctx;
  const { first, last, headTok, lastLw } = p;
  const n = last - first;
  const ft = tokens[first]!;
  const lastTok = tokens[last - 1]!;
  const prev = tokens[first - 1];
  const prevLw = prev && prev.sentence === ft.sentence ? prev.text.toLowerCase() : '';
  const prev2 = tokens[first - 2];
  const beforeLw = prevLw === 'the' && prev2 && prev2.sentence === ft.sentence ? prev2.text.toLowerCase() : prevLw;
  const next = tokens[last];
  const sameSentence = next !== undefined && next.sentence === lastTok.sentence;
  // Sports pages call teams by a plural nickname after "the": "the Orioles", "the Springboks", "the Red Sox".
  const nickname = ctx.sporty && n <= 2 && prev !== undefined && prev.sentence === lastTok.sentence
    && prev.text.toLowerCase() === 'the' && /^\p{Lu}\p{Ll}+(?<![su])s$|^\p{Lu}\p{Ll}*(?:Sox|men)$/u.test(bare(lastTok))
    && !W.titles.has(lastLw) && !W.orgHeads.has(lastLw) && !tagged(lastTok, 'Demonym', 'Country', 'Place');
  // Cricket scorecards: "Tariq Darvesh c Penmore b Dallow 176" (caught by, bowled by, leg before, stumped by) and
  // bowling figures "Lewis 23-3-112-0" (overs-maidens-runs-wickets) name players, common words or not ("b Green").
  const scorecard = ctx.sporty && ((prev !== undefined && prev.sentence === ft.sentence && /^(?:c|b|lbw|st)$/.test(prev.text)
    && !/[,.;:]/.test(prev.post)) || (next !== undefined && next.sentence === lastTok.sentence
    && !/,/.test(lastTok.post) && /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/.test(next.text))); // not a phone number
  // "the Senate voted", "Parliament approved": an institution's head word alone, capitalised inside a sentence.
  const loneInstitution = n === 1 && W.orgHeads.has(lower(ft)) && /^\p{Lu}\p{Ll}+$/u.test(bare(ft))
    && prev !== undefined && prev.sentence === ft.sentence && !/[.:"“(]\s*$/.test(prev.post) && !isFirstName(ft);
  return {
    text: ctx.text, tokens, sporty: ctx.sporty, first, last, n, ft, lastTok, headTok, firstLw: lower(ft), lastLw,
    prev, prevLw, beforeLw, next, sameSentence, nextLw: sameSentence ? next.text.toLowerCase() : '',
    commaAfter: /,/.test(lastTok.post), titleCue: p.titleCue, nationality: p.nationality,
    personTagged: tagged(ft, 'Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName') || p.titleCue > 0 || n >= 2,
    placePrep: W.placePrepositions.has(beforeLw), placeWord: tagged(headTok, 'Place', 'City', 'Region'),
    nickname, scorecard, loneInstitution,
  };
}

/**
 * Capitalised words that name nothing: common words in tables and headings ("Net Income", "Per Share"), a lone
 * capital or table label, a nationality adjective compromise does not know, events, competitions and awards.
 */
function namesNothing(f: Features, p: Peeled): boolean {
  const { tokens, first, last, lastLw } = f;
  // "President Bush" is a name all the same.
  if (!p.orgHeaded && !f.nickname && !f.scorecard && !f.loneInstitution && !W.placeHeads.has(lastLw) && p.titleCue === 0
    && !orgWordBeside(f)) {
    let common = true;
    for (let i = first; i < last && common; i++) {
      const t = tokens[i]!;
      const acronymNotTime = /^\p{Lu}{3,6}$/u.test(bare(t)) && tagged(t, 'Duration') && !tagged(t, 'Month', 'WeekDay');
      common = ((isCommonWord(lower(t)) && !acronymNotTime) || W.notNames.has(lower(t)))
        && !tagged(t, 'Person', 'FirstName', 'Place', 'Organization', 'SportsTeam', 'Acronym')
        && !(i === first && i + 1 < last && W.givenNameWords.has(lower(t))); // "Al Gore"
    }
    if (common) return true;
  }
  if (f.n === 1) {
    const { ft, firstLw } = f;
    const nameTagged = tagged(ft, 'Person', 'FirstName', 'LastName', 'Place', 'City', 'Region', 'Country', 'Organization');
    // A lone capital ("N / A") or a table label ("Attendance: 20,000") names nothing; a results line's venue
    // ("Wexcombe: Kent 318") does.
    if (isInitial(ft)) return true;
    // Mid-sentence ("told Reuters: ...") the word is a name all the same.
    const label = !f.prev || f.prev.sentence !== ft.sentence || /\n/.test(f.prev.post + ft.pre);
    if (/:/.test(ft.post) && label && !nameTagged && !(f.sporty && venueOpening(f))) return true;
    // A nationality adjective compromise does not know: "Turkish troops", "Tajik rebels" (not "Fishermen's stock").
    const nx = tokens[last];
    if (!nameTagged && /^\p{Lu}\p{Ll}/u.test(ft.text) && /(?:ish|ese|ian|ean|an|en|i)$/.test(firstLw) && !/men$/.test(firstLw)
      && nx && /^\p{Ll}/u.test(nx.text) && tagged(nx, 'Noun') && !/[,.;:]/.test(ft.post)) return true;
  }
  // A market index is no organization: "the Dow Jones industrial average", "the Kestrel composite", "Kestrel 100 index".
  // An exchange's or an agency's own index keeps the organization ("the Norland Stock Exchange index",
  // "Acme & Partners' 500 index").
  // A town's index keeps the town ("the Kestrel Bay index": Kestrel Bay is still a place).
  if (marketIndex(f) && !p.orgHeaded && !isPossessive(f.lastTok) && !tagged(f.ft, 'Place', 'City', 'Region', 'Country')) return true;
  // Events, competitions and awards are neither people nor organizations ("the UEFA Cup", "the U.S. Open").
  // On a sports page a league is the competition ("the American League", "the Super League"), not a body.
  return W.eventHeads.has(lastLw) || (f.sporty && lastLw === 'league' && f.n >= 2);
}

/**
 * Common words capitalised inside a sentence beside an organization noun name one: "Fed chairman",
 * "the Labour party", "the carrier Swift".
 */
function orgWordBeside(f: Features): boolean {
  const { prev, ft } = f;
  // Not an adjective: "the Democratic party" names the party's members' kind, as "the Socialist camp" does.
  if (!prev || prev.sentence !== ft.sentence || /[.:"“(]\s*$/.test(prev.post) || !/^\p{Lu}\p{Ll}+$/u.test(bare(ft))
    || tagged(ft, 'Adjective')) return false;
  return (f.sameSentence && !/\S/.test(f.lastTok.post + f.next!.pre) && W.orgAfter.has(f.nextLw)) || W.orgBefore.has(f.prevLw);
}

function marketIndex(f: Features): boolean {
  if (!f.sameSentence || /\S/.test(f.lastTok.post)) return false;
  if (W.indexWords.has(f.nextLw)) return f.nextLw !== 'futures' || /\p{Lu}{2}/u.test(f.ft.text);
  const after = f.tokens[f.last + 1];
  return /^\d+$/.test(f.nextLw) && after !== undefined && after.sentence === f.lastTok.sentence && /^ind(?:ex|ices)$/i.test(after.text);
}

/** The class with the most evidence, or null when there is none. */
export function best(s: Scores, min = 1): NameClass | null {
  let cls: NameClass | null = null;
  let top = min - 1e-9;
  for (const k of ['PER', 'ORG', 'LOC'] as const) if (s[k] > top) { top = s[k]; cls = k; }
  return cls;
}
