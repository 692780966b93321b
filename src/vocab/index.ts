import { loadJson } from '../data.js';

/**
 * The vocabularies more than one extractor reads: one list per concept, kept as data in this folder, so that a
 * word added here reaches every rule that uses the concept (a title added to titles.json is peeled off a name by
 * the name finder and reported as a role by the roles extractor). Each extractor's own lists stay beside it.
 */
const titles = loadJson<typeof import('./titles.json')>(new URL('./titles.json', import.meta.url));
const honorifics = loadJson<typeof import('./honorifics.json')>(new URL('./honorifics.json', import.meta.url));
const reporting = loadJson<typeof import('./reporting.json')>(new URL('./reporting.json', import.meta.url));
const organizations = loadJson<typeof import('./organizations.json')>(new URL('./organizations.json', import.meta.url));

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** Titles and offices (see titles.json for what each list means). */
export const TITLES = {
  offices: set(titles.offices),
  weakOffices: set(titles.weakOffices),
  /** "gen" -> "general", "sen" -> "senator". */
  abbreviations: new Map(Object.entries(titles.abbreviations)) as ReadonlyMap<string, string>,
  /** Case-sensitive: "CEO", "MP". */
  acronyms: set(titles.acronyms),
  modifiers: set(titles.modifiers),
  openers: set(titles.openers),
  ranks: set(titles.ranks),
  ofHeads: set(titles.ofHeads),
  /** Domains of an "of" tail, each as its words: ["foreign", "affairs"]. */
  domains: titles.domains.map((d) => d.split(' ')) as readonly (readonly string[])[],
  innerTitles: set(titles.innerTitles),
  descriptors: set(titles.descriptors),
};

/**
 * Every word that is a title before a name, lower case: offices, weak offices, abbreviations and the words they
 * stand for, openers and descriptors (acronyms are case-sensitive: "GM" is mostly the company). What the name
 * finder peels off a name ("Sheriff Tom Brandt").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES.offices, ...TITLES.weakOffices, ...TITLES.abbreviations.keys(), ...TITLES.abbreviations.values(),
  ...TITLES.openers, ...TITLES.descriptors,
]);

/** Honorifics: forms of address ("Mr", "Dr") and styles ("Rev", "King"). */
export const HONORIFICS = {
  address: set(honorifics.address),
  styles: set(honorifics.styles),
  all: set([...honorifics.address, ...honorifics.styles]),
};

/** Verbs of saying after a speaker: "said", "told", "announced". */
export const REPORTING_VERBS: ReadonlySet<string> = set(reporting.reportingVerbs);

/** Organization head words, legal forms and missions named with their host city. */
export const ORGANIZATIONS = {
  heads: set(organizations.heads),
  legalForms: set(organizations.legalForms),
  hostCityHeads: set(organizations.hostCityHeads),
};
