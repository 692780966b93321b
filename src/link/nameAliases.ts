import type { Token } from '../article/article.js';
import { W, bare, isAcronym, isRegnal, keyOf, lower, spanText, tagged } from '../extract/names/lexicon.js';

/** Token range [first, last) of a name the finder classified, with its text as written. */
export interface NamedSpan {
  first: number;
  last: number;
  text: string;
}

/**
 * The short forms an article's full names go by, which the name finder files a later short mention under while it
 * reads the article (surname -> full name, short form -> organization). After the finder, personNames.ts settles
 * the person entities themselves (titles peeled off, short forms merged into the fullest name).
 */
export interface NameAliases {
  /** Surname (lower case) -> the full person names it abbreviates, first seen first: "sakurai" -> ["Joy Sakurai"]. */
  surnames: Map<string, string[]>;
  /** Organization short form (lower case) -> its full name: "ferrox" -> "Ferrox Corp", "marlins" -> "Florida Marlins". */
  orgStems: Map<string, string>;
}

const isParticle = (t: Token): boolean => W.nameParticles.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'st';

/** Where the surname starts, its particles included: "von der Leyen" of "Ursula von der Leyen". */
export function surnameFirst(tokens: readonly Token[], first: number, last: number): number {
  let k = last - 1;
  while (k - 1 > first && isParticle(tokens[k - 1]!)) k--;
  return k;
}

/** A surname written with its particles alone ("Von der Leyen said"), to be looked up like a one-word surname. */
export function particleSurname(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  for (let i = first; i < last - 1; i++) if (!isParticle(tokens[i]!)) return false;
  return true;
}

/**
 * The aliases of an article's full names: a person's surname ("Sakurai" of "Joy Sakurai"), with its particles
 * ("Von der Leyen"), or the family name that comes first in Chinese, Korean and Vietnamese names ("Wang" of "Wang
 * Donghai"); a company without its legal form ("Ferrox" of "Ferrox Corp"); a team's plural nickname ("the Marlins" of
 * "Florida Marlins").
 */
export function findAliases(text: string, tokens: readonly Token[], people: readonly NamedSpan[],
  organizations: readonly NamedSpan[]): NameAliases {
  const surnames = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const p of people) {
    const full = p.text;
    const addAlias = (alias: string): void => {
      const list = surnames.get(alias) ?? [];
      if (!seen.has(`${alias}|${full}`)) list.push(full);
      seen.add(`${alias}|${full}`);
      surnames.set(alias, list);
    };
    // An acronym is no surname: "... and PUK" wrongly joined to a name must not make every "PUK" that person.
    const lastTok = tokens[p.last - 1]!;
    if (!isAcronym(lastTok) && !isRegnal(lastTok)) addAlias(keyOf(bare(lastTok)));
    const sf = surnameFirst(tokens, p.first, p.last);
    if (sf < p.last - 1) addAlias(keyOf(spanText(text, tokens, sf, p.last)));
    if (p.last - p.first <= 3 && W.familyNameFirst.has(lower(tokens[p.first]!))) addAlias(keyOf(bare(tokens[p.first]!)));
  }
  const orgStems = new Map<string, string>();
  for (const o of organizations) {
    const full = o.text;
    const lastTok = tokens[o.last - 1]!;
    if (tagged(tokens[o.first]!, 'Place', 'City', 'Region') && /^\p{Lu}\p{Ll}+(?<![su])s$/u.test(bare(lastTok))
      && !W.orgHeads.has(lower(lastTok)) && !W.placeHeads.has(lower(lastTok))) {
      const nick = keyOf(bare(lastTok));
      if (!orgStems.has(nick)) orgStems.set(nick, full);
    }
    if (!W.corporateSuffixes.has(lower(lastTok))) continue;
    const stem = keyOf(spanText(text, tokens, o.first, o.last - 1));
    if (!orgStems.has(stem)) orgStems.set(stem, full);
  }
  return { surnames, orgStems };
}
