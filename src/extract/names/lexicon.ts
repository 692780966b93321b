import nlp from 'compromise';
import type { Token } from '../../article/article.js';
import { loadJson } from '../../data.js';
import { HONORIFICS, ORGANIZATIONS, REPORTING_VERBS, TITLES, TITLE_WORDS } from '../../vocab/index.js';

const words = loadJson<typeof import('./words.json')>(new URL('./words.json', import.meta.url));

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** The name finder's word lists: its own (words.json) and the shared vocabularies it reads (src/vocab/). */
export const W = {
  honorifics: HONORIFICS.all,
  /** Titles peeled off a name ("Sheriff Tom Brandt"), from the one title vocabulary. */
  titles: TITLE_WORDS,
  orgHeads: ORGANIZATIONS.heads,
  orgStarts: set(words.orgStarts),
  placeHeads: set(words.placeHeads),
  placeStarts: set(words.placeStarts),
  placePrepositions: set(words.placePrepositions),
  /** "X said", "X believes": verbs of saying (shared) and of thinking after a person. Not "reported", which
   * follows newspapers and agencies as often ("El Diario Sureno reported"). */
  speechVerbs: set([...[...REPORTING_VERBS].filter((v) => v !== 'reported'), ...words.thoughtVerbs]),
  personVerbs: set(words.personVerbs),
  nameParticles: set(words.nameParticles),
  notNames: set(words.notNames),
  eventHeads: set(words.eventHeads),
  orgBefore: set(words.orgBefore),
  sportWords: set(words.sportWords),
  marketWords: set(words.marketWords),
  weakSportWords: set(words.weakSportWords),
  orgAfter: set(words.orgAfter),
  /** Articles of other languages opening a title ("La Varsena", "O Dianeo", "Il Corriere"): papers and firms. */
  foreignArticles: set(words.foreignArticles),
  /** Nouns of the press after a title ("the Tidende Varska daily said"): a paper's name, whatever its words. */
  mediaNouns: set(words.mediaNouns),
  /** Words after a market index's name ("the Dow Jones industrial average", "the Kestrel 100 index"): no organization. */
  indexWords: set(words.indexWords),
  innerTitles: TITLES.innerTitles,
  corporateSuffixes: ORGANIZATIONS.legalForms,
  hostCityHeads: ORGANIZATIONS.hostCityHeads,
  familyNameFirst: set(words.familyNameFirst),
  /** Last words of newspaper names, which take their capitalised "The" along ("The Daily Herald"). */
  newspaperHeads: set(words.newspaperHeads),
  /** Ethnic, religious and political group words compromise does not know as demonyms ("Chechen", "Serbs"). */
  groupWords: set(words.groupWords),
  /** Nouns for a person of a nation ("Briton", "Pole", "Finn", "Dutchman"): a description before a name. */
  nationalityNouns: set(words.nationalityNouns),
  /** Common given names that are also common words or abbreviations ("Al", "Dean", "Frank", "Max"). */
  givenNameWords: set(words.givenNameWords),
  /** Rank words that open a title inside a run of capitalised words ("Acme Corp. | Chief Financial Officer Jane
   *  Doe"); a domain word before one stays with the organization ("Halden Energy | Chief Financial Officer"). */
  titleRanks: TITLES.ranks,
  /** Lower-case words hyphenated inside town names ("Port-au-Prince", "Stratford-upon-Avon"); not the Arabic
   * connectors of personal names ("Inzamam-ul-Haq"). */
  placeHyphenWords: set(words.placeHyphenWords),
  /** Head words that take an "of"/"for"/"on" complement inside one name: "Bank of England", "Institute for ...". */
  complementHeads: set(words.complementHeads),
  /** Compass words that make a region of two words: "Middle East", "West Bank", "Far East". */
  compassWords: set(words.compassWords),
  /** Words of a match beside a team: "Westshire beat Eastmarch", "Tolsey v Brindle". */
  matchVerbs: set(words.matchVerbs),
  /** Labels opening a results page's lines ("Postponed:", "Penalties:"): no venue. */
  resultLabels: set(words.resultLabels),
  /** States that are no country today ("Yugoslavia", "Soviet Union"): places, which the countries extractor leaves. */
  formerStates: set(words.formerStates),
  /** Sports whose name makes a "... Centre" a venue: "Westmoor Tennis Centre". */
  sportNames: set(words.sportNames),
  /** Words that extend a title leftwards: "Chief Financial Officer", "Senior Vice President", "Health Minister". */
  titleModifiers: TITLES.modifiers,
  /** Nouns naming a position on their own ("minister"). */
  titleHeads: TITLES.offices,
  /** Offices that take an "of" domain ("Chief of Mission", "Secretary of State") and the one-word domains. */
  ofHeads: TITLES.ofHeads,
  titleDomains: set(TITLES.domains.filter((d) => d.length === 1).map((d) => d[0]!)),
};

// compromise's lexicon: tells a capitalised sentence-initial common word ("Leading", "Despite") from a name.
let lexicon: Record<string, string | string[]> = {};
try {
  lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } })
    .world().model.one.lexicon;
} catch {
  lexicon = {};
}
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country',
  'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym', 'Month', 'WeekDay']);

/** compromise's lexicon lists the lower-case word as some kind of name (a person's, a place's...). */
export function lexiconName(w: string): boolean {
  const tags = lexicon[w];
  return tags !== undefined && [tags].flat().some((t) => NAME_TAGS.has(t) && t !== 'Month' && t !== 'WeekDay');
}

/** True when compromise knows the lower-case word only as a common word (not as any kind of name). */
export function isCommonWord(lower: string): boolean {
  const tags = lexicon[lower];
  if (tags === undefined) return false;
  return ![tags].flat().some((t) => NAME_TAGS.has(t));
}

/** The token's word without a possessive ending: "Mibae's" -> "Mibae". */
export const bare = (t: Token): string => t.text.replace(/['’]s?$/u, '');
export const lower = (t: Token): string => bare(t).toLowerCase().replace(/\./g, '');
/** The lookup key of a name: lower case, spaces folded. */
export const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** The name as written over tokens [first, last) ("C. Lewis", "U.S. Embassy"), without a final possessive. */
export const spanText = (text: string, tokens: readonly Token[], first: number, last: number): string => {
  const b = tokens[last - 1]!;
  return (text.slice(tokens[first]!.start, b.start) + bare(b)).replace(/\s+/g, ' ');
};

/** A regnal number ("Elizabeth I") is no surname. */
export const isRegnal = (t: Token): boolean => /^[IVX]+$/.test(t.text);
export const isPossessive = (t: Token): boolean => /\w['’]s?$/u.test(t.text) && t.text.length > 2;
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || /^(?:Mc|Mac|O['’]|al-|el-|d['’])\p{Lu}/u.test(t.text);
export const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);
export const tagged = (t: Token, ...tags: string[]): boolean => tags.some((x) => t.tags.has(x));
/** A given name: tagged so in context, or listed so in compromise's lexicon ("Anthony" stays a given name in
 * "Conrad Hill", which compromise reads as a place). */
export const isFirstName = (t: Token): boolean => tagged(t, 'FirstName', 'MaleName', 'FemaleName')
  || (/^\p{Lu}\p{Ll}/u.test(t.text) && (lexiconFirstName(lower(t)) || (W.givenNameWords.has(lower(t)) && !t.post.startsWith('-'))));
/** compromise's lexicon lists the lower-case word as a given name. */
export function lexiconFirstName(w: string): boolean {
  const tags = lexicon[w];
  return tags !== undefined && [tags].flat().some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName');
}
/** "J." or "J" as an initial inside a person name. */
export const isInitial = (t: Token): boolean => /^\p{Lu}\.?$/u.test(t.text);
/** Dotted or short all-caps abbreviation: "U.N.", "NATO", "IBM". */
export const isAcronym = (t: Token): boolean =>
  /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u.test(t.text) || /^\p{Lu}{2,6}$/u.test(bare(t));

/** A nationality word ("Russian", "Israeli"), whatever compromise made of it in context. */
export function isDemonymWord(t: Token): boolean {
  if (t.tags.has('Demonym') || W.groupWords.has(lower(t))) return true;
  const tags = lexicon[lower(t)];
  return tags !== undefined && [tags].flat().includes('Demonym');
}

