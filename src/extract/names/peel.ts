import type { Token } from '../../article/article.js';
import {
  W, isAcronym, isCommonWord, isDemonymWord, isFirstName, isInitial, lexiconFirstName, lexiconName, lower, tagged,
} from './lexicon.js';
import type { Span } from './spans.js';

/** What a name finder's context says of the document (see classify.ts). */
export interface PeelContext {
  tokens: readonly Token[];
  /** Tokens the countries extractor read as a nationality ("British" in "British Prime Minister"), 1 each. */
  nationalityTokens?: Uint8Array;
}

/** A span with the titles, nationality and description before the name peeled off. */
export interface Peeled {
  first: number;
  last: number;
  /** The joined head word ("Bank" of "Bank of England"), unless it was the title's. */
  head: number | undefined;
  headTok: Token;
  /** The head word (or last word), lower case. */
  lastLw: string;
  /** The last word is an organization's head word ("Foreign Ministry"): nothing was peeled. */
  orgHeaded: boolean;
  /** The strongest title peeled: 4 for an honorific ("Mr"), 3 for an office ("President"), else 0. */
  titleCue: number;
  /** A nationality stood before a name of two words or more ("American Darnell Washington"). */
  nationality: boolean;
}

export const isTitle = (t: Token): boolean => W.titles.has(lower(t)) || W.honorifics.has(lower(t));
export const isNationality = (ctx: PeelContext, t: Token): boolean =>
  isDemonymWord(t) || ctx.nationalityTokens?.[t.index] === 1;

/**
 * Splits a span into the name it holds. "Prime Minister Ryutaro Hashimoto" -> "Ryutaro Hashimoto" (titles are not
 * part of the name in news annotation); "West Indian" -> null (a nationality); "the Prime Minister" -> null (only
 * titles); "Foreign Ministry" stays whole (the head word makes it an organization).
 */
export function peel(span: Span, ctx: PeelContext): Peeled | null {
  const { tokens } = ctx;
  const { last } = span;
  const lastTok = tokens[last - 1]!;
  let first = afterOfDomain(tokens, span.first, last);
  let head = span.head;
  let headTok = tokens[head ?? last - 1]!;
  let lastLw = lower(headTok);
  const orgHeaded = W.orgHeads.has(lastLw) && last - first > 1;
  if (isDemonymWord(lastTok) && !orgHeaded) return null; // "West Indian", "Japanese": nationalities, not names
  let titleCue = 0;
  let nationality = false;
  if (!orgHeaded) {
    const titles = peelTitles(ctx, first, last);
    if (!titles) return null;
    titleCue = titles.titleCue;
    first = titles.first;
    if (head !== undefined && head < first) { // the joined head was the title's: "Secretary of State X"
      head = undefined;
      headTok = lastTok;
      lastLw = lower(lastTok);
    }
    // "Russian Boris Yeltsin"; but "Saudi Arabia" is one place name.
    else if (isNationality(ctx, tokens[first]!) && last - first > 1 && (!tagged(tokens[first + 1]!, 'Place', 'Country', 'City', 'Region')
      || (isFirstName(tokens[first + 1]!) && last - first > 2))) { first++; if (last - first >= 2) nationality = true; }
    first = afterDescription(ctx, first, last);
  }
  return { first, last, head, headTok, lastLw, orgHeaded, titleCue, nationality };
}

/**
 * "Deputy Chief of | Mission Joy Sakurai", "Secretary of | State John Kerry" when the span starts after the "of":
 * the office's domain word is the title's, not the name's.
 */
function afterOfDomain(tokens: readonly Token[], first: number, last: number): number {
  const ofTok = tokens[first - 1];
  const officeTok = tokens[first - 2];
  if (ofTok && officeTok && ofTok.normal === 'of' && W.ofHeads.has(lower(officeTok)) && first + 2 <= last - 1
    && W.titleDomains.has(lower(tokens[first]!)) && /^\p{Lu}/u.test(officeTok.text)) return first + 1;
  return first;
}

/** The titles opening tokens [first, last): where the name starts and how strong a cue they were; null: all titles. */
function peelTitles(ctx: PeelContext, first: number, last: number): { first: number; titleCue: number } | null {
  const { tokens } = ctx;
  let titleCue = 0;
  let j = first;
  let sawTitle = false;
  while (j < last) {
    const t = tokens[j]!;
    if (W.honorifics.has(lower(t))) { sawTitle = true; titleCue = Math.max(titleCue, 4); j++; continue; }
    // "Major League Baseball": a title word opening an organization's name ("League") is no title.
    // But "Chief Financial Officer": an org head word that modifies a following office word is the title's.
    if (isTitle(t) && j + 1 < last && W.orgHeads.has(lower(tokens[j + 1]!)) && !isFirstName(tokens[j + 1]!)
      && !(W.titleModifiers.has(lower(tokens[j + 1]!)) && j + 2 < last && isTitle(tokens[j + 2]!))) break;
    // "Dean Marlow": a given name that is also a title word, before a lone surname.
    if (isTitle(t) && W.givenNameWords.has(lower(t)) && j === first && j + 2 === last && /^\p{Lu}\p{Ll}+$/u.test(t.text)
      && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 1]!.text)) break;
    if (isTitle(t)) { sawTitle = true; titleCue = Math.max(titleCue, 3); j++; continue; }
    // "Chief Financial Officer James X", "Senior Vice President Y", "Health Minister Z": modifiers of an office
    // word are part of the title when the office word follows them and a name is left after it.
    if (W.titleModifiers.has(lower(t))) {
      let k = j + 1;
      while (k < last && k - j < 4 && W.titleModifiers.has(lower(tokens[k]!)) && !isTitle(tokens[k]!)) k++;
      if (k + 1 < last && (isTitle(tokens[k]!) || W.titleHeads.has(lower(tokens[k]!)))) {
        j = k + 1;
        sawTitle = true;
        titleCue = Math.max(titleCue, 3);
        continue;
      }
    }
    // "Secretary of State John Talmadge", "Minister for Europe X": the office's complement is part of the title.
    // A longer complement ("Minister of Foreign Affairs Ali X", "Secretary for Near East Affairs Robert Y") runs
    // up to the given name that opens the person's name.
    if (sawTitle && (lower(t) === 'of' || lower(t) === 'for') && j + 2 < last) {
      let k = j + 2;
      while (k + 1 < last && !isFirstName(tokens[k]!) && !isInitial(tokens[k]!) && k - j < 6) k++;
      j = k + 1 < last && isFirstName(tokens[k]!) ? k : j + 2;
      continue;
    }
    // "U.S. President Bill Clinton", "Russian President Boris Yeltsin": a place or nationality before a title.
    if ((isNationality(ctx, t) || isAcronym(t) || tagged(t, 'Country', 'Place')) && j + 1 < last && isTitle(tokens[j + 1]!)) {
      j++;
      continue;
    }
    break;
  }
  if (j >= last) return null; // only titles: "the Prime Minister"
  return { first: sawTitle ? j : first, titleCue };
}

/**
 * "South African Amanda Vermaak", "Frenchman Jean Dorval", "Reliever Mark Tolliver": a description before a given name
 * is not part of the name. Returns where the name starts.
 */
function afterDescription(ctx: PeelContext, first: number, last: number): number {
  const { tokens } = ctx;
  for (let j = first + 1; j + 1 < last; j++) {
    const t = tokens[j]!;
    if (!isFirstName(t) || tagged(t, 'Place', 'Country', 'City', 'Region')) continue;
    let describes = true;
    for (let i = first; i < j && describes; i++) {
      const d = tokens[i]!;
      describes = isNationality(ctx, d) || /^\p{Lu}\p{Ll}+(?:man|woman)$/u.test(d.text)
        || (isCommonWord(lower(d)) && !tagged(d, 'Person', 'FirstName', 'LastName', 'Place', 'Organization'));
    }
    // "Winger Mark Tolliver", "Fullback Andre Vosloo": one word before a given name of the lexicon and a surname,
    // itself no given name nor any kind of name, describes the person.
    if (!describes && j === first + 1 && j + 2 === last && lexiconFirstName(lower(t))) {
      const d = tokens[first]!;
      describes = /^\p{Lu}\p{Ll}+$/u.test(d.text) && d.post === ' ' && !isFirstName(d) && !lexiconName(lower(d))
        && (isCommonWord(lower(d)) || /(?:er|or|ant|ent|ist|crat|back|keeper)$/.test(lower(d)))
        && !tagged(d, 'Place', 'City', 'Country', 'Region', 'Organization', 'Honorific') && !W.nameParticles.has(lower(d))
        && !W.familyNameFirst.has(lower(d));
    }
    return describes ? j : first;
  }
  return first;
}
