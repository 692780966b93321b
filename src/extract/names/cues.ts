import type { Token } from '../../article/article.js';
import { W, bare, isAcronym, isFirstName, isInitial, isPossessive, lower, tagged } from './lexicon.js';

export type NameClass = 'PER' | 'ORG' | 'LOC';

/** A candidate name after peeling (peel.ts) and the words around it: what every cue reads. */
export interface Features {
  text: string;
  tokens: readonly Token[];
  /** A results table or match report (see names.ts). */
  sporty: boolean;
  first: number;
  last: number;
  n: number;
  ft: Token;
  lastTok: Token;
  /** The head word: the joined one ("Bank" of "Bank of England") or the last. */
  headTok: Token;
  firstLw: string;
  lastLw: string;
  /** The token before the name, whatever sentence it is in. */
  prev: Token | undefined;
  /** The word before, lower case, in the same sentence ('' otherwise). */
  prevLw: string;
  /** The word before, looking past an article: "in the West Bank", "news agency Tanjug". */
  beforeLw: string;
  next: Token | undefined;
  /** The word after is in the same sentence; nextLw is it in lower case ('' otherwise). */
  sameSentence: boolean;
  nextLw: string;
  commaAfter: boolean;
  /** The strongest title peeled off (4 honorific, 3 office, 0 none). */
  titleCue: number;
  /** A nationality was peeled off a name of two words or more ("American Darnell Washington"). */
  nationality: boolean;
  /** Anything says person: a person tag on the first word, a title, or two words or more. */
  personTagged: boolean;
  /** A preposition of place before: "in Bonn", "near the West Bank". */
  placePrep: boolean;
  /** The head word is tagged a place. */
  placeWord: boolean;
  /** On a sports page, a plural nickname after "the": "the Orioles", "the Red Sox". */
  nickname: boolean;
  /** On a sports page, a cricket scorecard's or bowling analysis's player ("c Croft b Cork 176", "Lewis 23-3-112-0"). */
  scorecard: boolean;
  /** An institution's head word alone, capitalised inside a sentence: "the Senate voted". */
  loneInstitution: boolean;
}

/** One piece of evidence: when `test` holds, `weight` goes to `kind`; `reason` says why (for --explain). */
export interface Cue {
  reason: string;
  kind: NameClass;
  weight: number | ((f: Features) => number);
  test: (f: Features) => boolean;
}

export const anyTagged = (f: Features, ...tags: string[]): boolean => {
  for (let i = f.first; i < f.last; i++) if (tagged(f.tokens[i]!, ...tags)) return true;
  return false;
};

/**
 * A name wrapped over a line break in a list of players: "..., Ewan\nTrevellick (Wales), ...": the word opening the
 * line after a lone given name is the surname.
 */
export function wrappedAfterGivenName(f: Features): boolean {
  const wrapped = f.prev;
  return f.n <= 2 && wrapped !== undefined && /^[ \t]*\n$/.test(wrapped.post) && !/\S/.test(f.ft.pre) && isFirstName(wrapped)
    && /^\p{Lu}\p{Ll}+$/u.test(wrapped.text) && /,\s*$|^\s*$/.test(f.tokens[f.first - 2]?.post ?? '');
}

/** Capitals at the start of a line, followed by a comma, dash or bracket: a dateline's city. */
function isDateline(f: Features): boolean {
  const { text, tokens, first, last } = f;
  for (let i = first; i < last; i++) if (!/^\p{Lu}[\p{Lu}.'-]+$/u.test(bare(tokens[i]!))) return false;
  let k = tokens[first]!.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return (k < 0 || text[k] === '\n') && /^\s*[,(\u2013\u2014-]/.test(tokens[last - 1]!.post);
}

const PERSON_CUES: Cue[] = [
  { reason: 'a title or honorific before the name', kind: 'PER', weight: (f) => f.titleCue, test: (f) => f.titleCue > 0 },
  { reason: 'a nationality before the name', kind: 'PER', weight: 1.5, test: (f) => f.nationality },
  { reason: 'a surname wrapped over a line break after a given name', kind: 'PER', weight: 2, test: wrappedAfterGivenName },
  {
    reason: 'a seeded or ranked player', kind: 'PER', weight: 3,
    test: (f) => !!f.prev && f.prev.sentence === f.ft.sentence && /^\p{Ll}[\p{L}\d]*-(?:seeded|ranked)$/u.test(f.prev.text)
      && !/[,.;:]/.test(f.prev.post),
  },
  {
    // Not an adjective ("official Kabul Radio said").
    reason: 'a lower-case title before the name', kind: 'PER', weight: 3,
    test: (f) => !!f.prev && /^\p{Ll}/u.test(f.prev.text) && W.titles.has(f.prevLw) && !/[,.;:]/.test(f.prev.post)
      && !tagged(f.prev, 'Adjective'),
  },
  {
    reason: 'a given name first', kind: 'PER', test: (f) => isFirstName(f.ft),
    weight: (f) => (f.n >= 2 ? (tagged(f.ft, 'Place', 'Country', 'City') ? 3 : 4) : 0.5),
  },
  { reason: 'an initial first', kind: 'PER', weight: 2, test: (f) => !isFirstName(f.ft) && isInitial(f.ft) && f.n >= 2 },
  { reason: 'a word tagged as a person name', kind: 'PER', weight: 1, test: (f) => anyTagged(f, 'Person', 'LastName') },
  // "X said": a person, unless X is a lone unknown word (a surname alone is an alias, found later; a company isn't).
  { reason: 'a reporting verb after', kind: 'PER', weight: 1, test: (f) => said(f) && f.personTagged },
  { reason: 'a reporting verb after a lone unknown word', kind: 'ORG', weight: 1, test: (f) => said(f) && !f.personTagged },
  { reason: 'a possessive', kind: 'PER', weight: 1, test: (f) => isPossessive(f.lastTok) && f.personTagged },
  { reason: 'a possessive of a lone unknown word', kind: 'ORG', weight: 0.5, test: (f) => isPossessive(f.lastTok) && !f.personTagged },
  { reason: 'a verb said of people after', kind: 'PER', weight: 1.5, test: (f) => !f.commaAfter && W.personVerbs.has(f.nextLw) },
  {
    // Though in a match report "Surrey, who won" is the county's team.
    reason: '", who" or an age after', kind: 'PER', weight: 3,
    test: (f) => f.commaAfter && ((f.nextLw === 'who' && !(f.sporty && tagged(f.headTok, 'Place', 'City', 'Region')))
      || (/^\d{2}$/.test(f.nextLw) && /,/.test(f.next!.post))),
  },
  { reason: 'two or three words', kind: 'PER', weight: 0.5, test: (f) => f.n >= 2 && f.n <= 3 },
];

const said = (f: Features): boolean => !f.commaAfter && W.speechVerbs.has(f.nextLw);

const ORGANIZATION_CUES: Cue[] = [
  {
    // "Grace Church": the head outweighs a given name.
    reason: 'an organization head word last', kind: 'ORG', test: (f) => W.orgHeads.has(f.lastLw) && f.n >= 2,
    weight: (f) => (f.lastLw === 'city' ? 1 : isFirstName(f.ft) ? 6 : 4),
  },
  { reason: 'an organization word first', kind: 'ORG', weight: 2, test: (f) => W.orgStarts.has(f.firstLw) && f.n >= 2 },
  {
    reason: 'a word tagged as an organization', kind: 'ORG', weight: 2,
    test: (f) => {
      for (let i = f.first; i < f.last; i++) {
        if (tagged(f.tokens[i]!, 'Organization', 'SportsTeam') && !isAcronym(f.tokens[i]!)) return true;
      }
      return false;
    },
  },
  { reason: 'an acronym', kind: 'ORG', weight: 2, test: (f) => f.n === 1 && isAcronym(f.ft) && !tagged(f.ft, 'Country') },
  { reason: 'an institution head word alone', kind: 'ORG', weight: 1.5, test: (f) => f.loneInstitution },
  {
    // "SBC Warburg", "RAO Gazprom", "GKS Wolnica": never a person's name.
    reason: 'an acronym opening a mixed-case name', kind: 'ORG', weight: 2.5,
    test: (f) => f.n >= 2 && /^\p{Lu}{2,6}$/u.test(bare(f.ft)) && /\p{Ll}/u.test(f.lastTok.text) && !tagged(f.ft, 'Country'),
  },
  {
    // "Florida Marlins", "Perth Kestrels" ("Falkland Islands" has a place head).
    reason: 'a place and a plural nickname: a team', kind: 'ORG', weight: 4,
    test: (f) => f.n >= 2 && tagged(f.ft, 'Place', 'City', 'Region') && /[^s]s$/.test(f.lastLw) && !W.placeHeads.has(f.lastLw)
      && !tagged(f.lastTok, 'Place', 'City', 'Region', 'Country'),
  },
  { reason: 'an organization noun before', kind: 'ORG', weight: 2, test: (f) => W.orgBefore.has(f.prevLw) },
  {
    reason: '"Ohio-based" before', kind: 'ORG', weight: 2,
    test: (f) => !!f.prev && f.prev.sentence === f.ft.sentence && f.prev.text === 'based' && f.prev.post === ' '
      && f.tokens[f.first - 2]?.post === '-' && /^\p{Lu}/u.test(f.tokens[f.first - 2]!.text),
  },
  {
    // "Germany's Vastica", "Norway's Brekka": a country's lone unknown name is one of its firms, parties or teams.
    reason: "a country's lone unknown name", kind: 'ORG', weight: 1,
    test: (f) => f.n === 1 && !f.personTagged && !!f.prev && f.prev.sentence === f.ft.sentence && isPossessive(f.prev)
      && tagged(f.prev, 'Country') && !/[,.;:]/.test(f.prev.post) && !tagged(f.ft, 'Place', 'City', 'Region'),
  },
  {
    reason: 'a lone unknown word a statement is given to', kind: 'ORG', weight: 1,
    test: (f) => f.n === 1 && !f.personTagged && (f.prevLw === 'told' || f.prevLw === 'quoted'),
  },
  {
    // Not "X (captain)".
    reason: 'an organization noun after', kind: 'ORG', weight: 2,
    test: (f) => f.sameSentence && !/\S/.test(f.lastTok.post + f.next!.pre) && W.orgAfter.has(f.nextLw),
  },
  {
    // "the Tidende Varska daily", "the Varska Tidende newspaper": two unknown words read as a person's name, but a
    // person is no paper.
    reason: 'a newspaper noun after', kind: 'ORG', weight: 2,
    test: (f) => f.sameSentence && !/\S/.test(f.lastTok.post + f.next!.pre) && W.mediaNouns.has(f.nextLw) && !isFirstName(f.ft)
      && !isPossessive(f.lastTok) && !(f.n === 1 && f.placeWord), // not "Ana Varga's newspaper", "Boston television"
  },
  {
    // "La Varsena said", "O Dianeo reported": a foreign article before one name word opens a paper's or a firm's
    // name, not a person's; a place ("La Paz") has its own, stronger cues.
    reason: 'a foreign article first', kind: 'ORG', weight: 3,
    test: (f) => f.n === 2 && W.foreignArticles.has(f.firstLw) && /^\p{Lu}\p{Ll}?$/u.test(f.ft.text) && f.ft.post === ' '
      && !tagged(f.lastTok, 'Place', 'City', 'Region', 'Country', 'FirstName', 'LastName'),
  },
  {
    reason: 'an ampersand inside', kind: 'ORG', weight: 3,
    test: (f) => {
      for (let i = f.first; i < f.last; i++) if (f.tokens[i]!.text === '&' || /&/.test(f.tokens[i]!.post)) return true;
      return false;
    },
  },
  {
    reason: 'a news organization\'s disclaimer', kind: 'ORG', weight: 2,
    test: (f) => f.n === 1 && f.nextLw === 'has'
      && /^\s*not\s+(?:verified|checked)\b/.test(f.text.slice(f.next!.end, f.next!.end + 20)),
  },
];

const PLACE_CUES: Cue[] = [
  {
    reason: 'lower-case words hyphenated inside', kind: 'LOC', weight: 4,
    test: (f) => {
      for (let i = f.first + 1; i + 1 < f.last; i++) {
        const t = f.tokens[i]!;
        if (W.placeHyphenWords.has(t.text) && t.post === '-' && f.tokens[i - 1]!.post === '-') return true;
      }
      return false;
    },
  },
  { reason: 'a dateline opening a paragraph ("BONN, Germany (AP) -")', kind: 'LOC', weight: 5, test: isDateline },
  { reason: 'a country head word', kind: 'LOC', weight: 3, test: (f) => tagged(f.headTok, 'Country') },
  {
    // "Swindon Estates Plc": compromise spreads a town's Place tag over the words after it, a legal form included.
    reason: 'a place head word', kind: 'LOC', weight: (f) => (f.sporty && !f.placePrep ? 1 : 3),
    test: (f) => !tagged(f.headTok, 'Country') && tagged(f.headTok, 'Place', 'City', 'Region')
      && !(W.corporateSuffixes.has(f.lastLw) && f.n >= 2),
  },
  {
    reason: 'a word tagged as a place', kind: 'LOC', weight: 1,
    test: (f) => !tagged(f.headTok, 'Country') && !(tagged(f.headTok, 'Place', 'City', 'Region') && !(W.corporateSuffixes.has(f.lastLw)
      && f.n >= 2)) && anyTagged(f, 'Place', 'City', 'Region', 'Country'),
  },
  {
    reason: 'a compass word', kind: 'LOC', weight: 4.5,
    test: (f) => f.n === 2 && (W.compassWords.has(f.firstLw) || W.compassWords.has(f.lastLw)) && !W.orgStarts.has(f.firstLw),
  },
  { reason: 'a preposition of place before', kind: 'LOC', weight: 1.5, test: (f) => f.placePrep },
  { reason: 'a place head word last', kind: 'LOC', weight: 3, test: (f) => W.placeHeads.has(f.lastLw) && f.n >= 2 },
  { reason: 'a place word first', kind: 'LOC', weight: 1, test: (f) => W.placeStarts.has(f.firstLw) && f.n >= 2 },
  {
    reason: 'a region after a comma', kind: 'LOC', weight: 1,
    test: (f) => f.commaAfter && !!f.next && tagged(f.next, 'Place', 'City', 'Region', 'Country'),
  },
];

/** The cues that hold on any page (sportsCues.ts has those of results and match reports). */
export const CUES: readonly Cue[] = [...PERSON_CUES, ...ORGANIZATION_CUES, ...PLACE_CUES];
