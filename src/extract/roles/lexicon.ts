import type { Token } from '../../article/article.js';
import { loadJson } from '../../data.js';
import { breaksAfter as clauseBreak } from '../tokens.js';
import { TITLES } from '../../vocab/index.js';

/** The words roles are read from, and the token tests on them, shared by the roles extractor and its organization
 *  linker (src/link/roleOrganizations.ts). */

// The title vocabulary is the one shared with the name finder (src/vocab/titles.json); the words of the roles
// constructions are the extractor's own (roles/words.json).
export const LEX = loadJson<typeof import('./words.json')>(new URL('./words.json', import.meta.url));

export const HEADS = TITLES.offices;
// Professions ("lawyer", "astronaut") are titles only when tied to a named person, like the weak offices.
export const WEAK = new Set([...TITLES.weakOffices, ...LEX.professions]);
export const ACRONYMS = TITLES.acronyms;
export const ABBREVIATIONS = TITLES.abbreviations;
export const MODIFIERS = TITLES.modifiers;
export const OF_HEADS = TITLES.ofHeads;
export const DOMAINS = TITLES.domains;
export const DETERMINERS = new Set(LEX.determiners);

// "ex-president" is read as "president" (its "ex-" makes the role past, see rolesIn).
export const lower = (t: Token): string => t.text.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '').replace(/^ex-(?=\p{L})/u, '');
/** A title acronym: "CEO", "MP" (case-sensitive). */
export const isTitleAcronym = (t: Token): boolean => ACRONYMS.has(t.text.replace(/['’]s$/u, ''));
const headWord = (w: string): boolean => HEADS.has(w) || WEAK.has(w);
// A plural head ("attorneys") is a title only as one of a group's (see titleAt).
export const isHead = (t: Token): boolean =>
  headWord(lower(t)) || isTitleAcronym(t) || (t.tags.has('Plural') && headWord(lower(t).replace(/s$/u, '')));
export const isMember = (t: Token): boolean => isHead(t) || MODIFIERS.has(lower(t));
/** An abbreviation whose period compromise left outside the term ("Gen." -> "Gen" + "."). */
export const isAbbrev = (t: Token): boolean => t.tags.has('Abbreviation') && t.post.startsWith('.');
/** A sentence or clause boundary after the token, after an abbreviation's own period ("Gen."). */
export const breaksAfter = (t: Token): boolean => clauseBreak(t, isAbbrev(t) ? t.post.slice(1) : t.post);
