import { createRequire } from 'node:module';
import { loadJson } from '../../data.js';
import { REPORTING_VERBS } from '../../vocab/index.js';

const aliasData = loadJson<typeof import('./aliases.json')>(new URL('./aliases.json', import.meta.url));
const capitalData = loadJson<typeof import('./capitals.json')>(new URL('./capitals.json', import.meta.url));
const contextData = loadJson<typeof import('./context.json')>(new URL('./context.json', import.meta.url));

// world-countries ships an ESM entry that imports JSON without an import attribute, which Node rejects; its
// CommonJS entry loads everywhere.
interface PackageCountry {
  cca2: string;
  status: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
const require = createRequire(import.meta.url);
const WORLD = require('world-countries') as PackageCountry[];

/** How a phrase names a country; the kind decides which context rules apply. */
export type LexKind = 'name' | 'demonym' | 'capital';

export interface LexEntry {
  /** ISO 3166-1 alpha-2, or null for a phrase that is matched only to keep a shorter one from matching
   *  ("New Jersey" must not yield Jersey, "Soviet Union" is a former state). */
  code: string | null;
  kind: LexKind;
  /** Acronyms ("US", "ROK", "U.S.") count only in capitals: "us" is a pronoun. */
  exactCase: boolean;
}

/**
 * The lookup key of a phrase: accents dropped ("Türkiye" = "Turkiye"), lower case, curly apostrophes straight,
 * hyphens as spaces ("Guinea-Bissau" = "Guinea Bissau"), a leading "the" dropped ("The Netherlands").
 */
export function normalizePhrase(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-\u2010\u2011\u2013]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const isAcronym = (phrase: string): boolean => /\p{L}.*\p{L}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

/** English plural of a demonym used as a noun: "Germans", "Iraqis", "Sri Lankans"; "Chinese", "Swiss", "French" stay as they are. */
function demonymPlural(demonym: string): string | null {
  if (/(?:s|sh|ch|ese|x|z|i-kiribati)$/i.test(demonym)) return null;
  return `${demonym}s`;
}

function buildLexicon(): { lexicon: Map<string, LexEntry>; names: Map<string, string>; maxWords: number } {
  const lexicon = new Map<string, LexEntry>();
  const names = new Map<string, string>();
  const unMember = new Map<string, boolean>();
  const overrides = contextData.nameOverrides as Record<string, string>;
  // Officially assigned codes only: Kosovo's XK is user-assigned.
  const countries = WORLD.filter((c) => c.status === 'officially-assigned');
  for (const c of countries) {
    names.set(c.cca2, overrides[c.cca2] ?? c.name.common);
    unMember.set(c.cca2, c.unMember);
  }

  // Hand aliases first: they win over anything the package says.
  for (const [phrase, code] of Object.entries(aliasData as Record<string, string | null>)) {
    if (phrase.startsWith('_')) continue;
    lexicon.set(normalizePhrase(phrase), { code, kind: 'name', exactCase: isAcronym(phrase) });
  }

  // Package phrases, collected per key so that a phrase two countries share ("Dominican", "Virgin Islands") goes
  // to the UN member when exactly one of them is, and to nobody otherwise.
  const collected = new Map<string, { codes: Set<string>; kind: LexKind; exactCase: boolean }>();
  const rank: Record<LexKind, number> = { name: 0, demonym: 1, capital: 2 };
  const add = (phrase: string, code: string, kind: LexKind): void => {
    // Alternative spellings of one or two letters are ISO codes ("KR"), not names a text uses.
    if (!phrase || phrase.replace(/[^\p{L}]/gu, '').length < 3 || /[,()]/.test(phrase)) return;
    const key = normalizePhrase(phrase);
    if (lexicon.has(key)) return;
    const got = collected.get(key);
    if (!got || rank[kind] < rank[got.kind]) {
      collected.set(key, { codes: new Set([code]), kind, exactCase: isAcronym(phrase) });
    } else if (rank[kind] === rank[got.kind]) got.codes.add(code);
  };
  for (const c of countries) {
    add(c.name.common, c.cca2, 'name');
    add(c.name.official, c.cca2, 'name');
    for (const alt of c.altSpellings) add(alt, c.cca2, 'name');
  }
  for (const c of countries) {
    const eng = c.demonyms?.eng;
    if (!eng) continue;
    for (const form of new Set([eng.m, eng.f])) {
      // "Antiguan, Barbudan", "Kittitian or Nevisian": one demonym per part.
      for (const part of form.split(/,\s*|\s+or\s+/)) {
        add(part, c.cca2, 'demonym');
        const plural = demonymPlural(part);
        if (plural) add(plural, c.cca2, 'demonym');
      }
    }
  }
  const excluded = new Set(capitalData.exclude);
  for (const c of countries) {
    if (!c.unMember) continue;
    for (const capital of c.capital) if (!excluded.has(capital)) add(capital, c.cca2, 'capital');
  }
  for (const [capital, code] of Object.entries(capitalData.extra as Record<string, string>)) add(capital, code, 'capital');

  for (const [key, got] of collected) {
    let code: string | null = null;
    if (got.codes.size === 1) code = [...got.codes][0]!;
    else {
      const members = [...got.codes].filter((c) => unMember.get(c));
      if (members.length === 1) code = members[0]!;
    }
    lexicon.set(key, { code, kind: got.kind, exactCase: got.exactCase });
  }

  let maxWords = 1;
  for (const key of lexicon.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  return { lexicon, names, maxWords };
}

const built = buildLexicon();
/** Normalized phrase -> how it names a country. Built once at module load. */
export const LEXICON: ReadonlyMap<string, LexEntry> = built.lexicon;
/** ISO code -> the country's common English name ("United States", "South Korea"). */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = built.names;
/** The longest phrase in words ("United Kingdom of Great Britain and Northern Ireland"). */
export const MAX_WORDS: number = built.maxWords;

const set = (words: string[]): ReadonlySet<string> => new Set(words);
/** Context word lists (lower case), see context.json. */
export const WORDS = {
  functionWords: set(contextData.functionWords),
  personish: set(contextData.personish),
  firstNameish: set(contextData.firstNameish),
  allowedBefore: set(contextData.allowedBefore),
  placePrepositions: set(contextData.placePrepositions),
  metonymyVerbs: set([...REPORTING_VERBS, ...contextData.metonymyVerbs]),
  metonymyBaseVerbs: set(contextData.metonymyBaseVerbs),
  auxiliaries: set(contextData.auxiliaries),
  relationNouns: set(contextData.relationNouns),
  cityNouns: set(contextData.cityNouns),
  usPronounGovernors: set(contextData.usPronounGovernors),
  stateHomonyms: set(contextData.stateHomonyms),
  compoundPrefixes: new Map(Object.entries(contextData.compoundPrefixes)),
  nextWordBlock: new Map(Object.entries(contextData.nextWordBlock).map(([k, v]) => [k, set(v)])),
};
