import nlp from 'compromise';

/**
 * The `fast` tagger: compromise's own tokenizer (so tokens, offsets and sentences are the full parse's), then one
 * pass per sentence over compromise's own model (`nlp.world().model`) in place of its compute steps: the lexicon
 * (one word and multi-word), a title-case word inside a sentence as a proper noun, the suffix and look-alike
 * rules, acronyms, Noun|Verb style switch words settled by the neighbour clues, parent tags, a noun fallback. No
 * postTagger pattern sweep: what it adds from context (a surname after a given name, a verb after "to") is not
 * there.
 */

/** A compromise term, as its tokenizer makes it and its taggers read it. */
export interface CompromiseTerm {
  text: string;
  normal: string;
  machine?: string;
  implicit?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  switch?: string;
  /** A multi-word entry of compromise's frozen lexicon ("United States"): no later rule re-tags it. */
  frozen?: boolean;
}

type TagValue = string | string[];
type Rule = [RegExp, TagValue, string?];
interface Clues {
  beforeTags?: Record<string, string>;
  afterTags?: Record<string, string>;
  beforeWords?: Record<string, string>;
  afterWords?: Record<string, string>;
}
interface Model {
  one: {
    lexicon: Record<string, TagValue>;
    _multiCache: Record<string, number>;
    frozenLex: Record<string, TagValue>;
    tagSet: Record<string, { parents?: string[]; not?: string[] }>;
  };
  two: {
    suffixPatterns: Record<string, string>[];
    regexText: Rule[];
    regexNormal: Rule[];
    regexNumbers: Rule[];
    endsWith: Record<string, Rule[]>;
    switches: Record<string, string>;
    clues: Record<string, Clues>;
    orgWords: Record<string, boolean>;
    placeWords: Record<string, boolean>;
  };
}
interface World {
  model: Model;
  methods: {
    one: {
      tokenize: { fromString: (text: string, world: World) => CompromiseTerm[][] };
      setTag: (terms: CompromiseTerm[], tag: TagValue, world: World, isSafe: boolean | null, reason: string) => void;
    };
    two: { looksPlural: (word: string) => boolean };
  };
}

const world = nlp.world() as unknown as World;
const { model, methods } = world;
const { lexicon, _multiCache: multi, tagSet } = model.one;
const View = nlp('').constructor as new (document: unknown) => { compute: (steps: string[]) => void; document: CompromiseTerm[][] };

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const tag = (t: CompromiseTerm, value: TagValue): void => methods.one.setTag([t], value, world, null, 'fast');
const word = (t: CompromiseTerm): string => t.machine || t.normal;

/** compromise's tokenizer and its contraction and machine-form steps, then the single tag pass. */
export function fastParse(text: string): CompromiseTerm[][] {
  const doc = new View(methods.one.tokenize.fromString(text, world));
  doc.compute(['contractions', 'machine']);
  for (const terms of doc.document) tagSentence(terms);
  doc.compute(['contractionTwo']); // "'s": possessive or "is", now that the words around it are tagged
  return doc.document;
}

function tagSentence(terms: CompromiseTerm[]): void {
  // "Breaking: ...": a first word before a colon is an expression (not "Phone: 555-2938").
  const second = terms[1];
  if (terms.length >= 3 && terms[0]!.post.includes(':') && !['Value', 'Email', 'PhoneNumber'].some((x) => second!.tags.has(x))) {
    tag(terms[0]!, 'Expression');
  }
  for (let i = 0; i < terms.length; i++) if (terms[i]!.tags.size === 0) lookUp(terms, i);
  const yelling = isYelling(terms);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.frozen) continue;
    if (own(model.two.switches, t.normal)) t.switch = model.two.switches[t.normal];
    if (!yelling) titleCase(terms, i);
    if (t.tags.size === 0) bySuffix(t);
    byRegex(t);
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    acronym(t);
    if (t.switch && !t.tags.has('Acronym')) {
      const picked = pickSwitch(terms, i, model.two.clues[t.switch]);
      if (picked) tag(t, picked);
    }
    if (t.tags.size === 0 || (t.tags.size === 1 && t.tags.has('Hyphenated'))) tag(t, 'Noun');
    if (t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Singular') && !UNCOUNTABLE.some((x) => t.tags.has(x))) {
      tag(t, methods.two.looksPlural(t.normal) ? 'Plural' : 'Singular');
    }
    if (t.post === '-' && terms[i + 1]) { t.tags.add('Hyphenated'); terms[i + 1]!.tags.add('Hyphenated'); }
  }
  for (let i = 0; i < terms.length; i++) context(terms, i);
  for (let i = 0; i < terms.length; i++) {
    const w = word(terms[i]!);
    if (terms[i]!.frozen) continue;
    if (own(model.two.orgWords, w)) orgWord(terms, i, yelling);
    if (own(model.two.placeWords, w)) placeWord(terms, i, yelling);
    if (DIRECTIONS.has(w) && PLACES.some((x) => terms[i + 1]?.tags.has(x))) tag(terms[i]!, 'Region');
  }
  people(terms);
}

// "eastern Nigeria", "north London": a direction before a place is part of its name.
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const PLACES = ['Place', 'Country', 'City', 'Region'];

const DAY = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$/u;

/** A few of the postTagger's word-and-neighbour fixes: "Women's singles", "could devalue", "May 14". */
function context(terms: CompromiseTerm[], i: number): void {
  const t = terms[i]!;
  const prev = terms[i - 1];
  if (t.frozen || !prev) {
    if (t.normal === 'may' && DAY.test(terms[i + 1]?.normal ?? '')) tag(t, 'Month');
    return;
  }
  if (t.switch?.endsWith('|Verb') && t.tags.has('Verb') && (prev.tags.has('Possessive') || prev.tags.has('Cardinal'))) {
    tag(t, t.switch === 'Plural|Verb' ? 'Plural' : 'Noun');
  } else if (prev.tags.has('Modal') && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Plural')) {
    tag(t, 'Infinitive');
  } else if ((t.normal === 'may' || t.normal === 'march') && (DAY.test(terms[i + 1]?.normal ?? '') || DAY.test(prev.normal))) {
    tag(t, 'Month');
  }
}

const TITLE_WORDS = new Set(['lieutenant', 'corporal', 'sergeant', 'captain', 'admiral', 'major', 'colonel', 'marshal', 'president',
  'queen', 'king']);

/**
 * The person patterns of compromise's postTagger that matter most, in its order: a title word before a name is an
 * honorific; a name after a given name is a surname ("Viktor Chernomyrdin"), so is a given name after one; a name
 * or an initial before a person's name, and an honorific and the name after it, are a person.
 */
function people(terms: CompromiseTerm[]): void {
  const has = (k: number, x: string): boolean => terms[k]?.tags.has(x) ?? false;
  const safe = (k: number, x: string): void => methods.one.setTag([terms[k]!], x, world, true, 'fast');
  for (let i = 0; i + 1 < terms.length; i++) {
    if (TITLE_WORDS.has(terms[i]!.normal) && has(i + 1, 'ProperNoun')) tag(terms[i]!, 'Honorific');
  }
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!has(i, 'FirstName')) continue;
    const k = has(i + 1, 'Acronym') && /^\p{Lu}$/u.test(terms[i + 1]!.text) ? i + 2 : i + 1;
    const w = terms[k] ? word(terms[k]!) : '';
    if (has(k, 'Place') || has(k, 'Organization')) continue; // "Trent Bridge", "Morgan Bank"
    if ((has(k, 'ProperNoun') || has(i + 1, 'FirstName')) && !has(k, 'Possessive')) tag(terms[k]!, 'LastName');
  }
  const person = terms.map((t) => t.tags.has('Person')); // one step left of each name, not along a run of them
  for (let i = terms.length - 1; i > 0; i--) {
    if (!person[i] || has(i, 'Honorific')) continue;
    if (has(i - 1, 'ProperNoun') || (has(i, 'LastName') && has(i - 1, 'Acronym'))) safe(i - 1, 'Person');
  }
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!has(i, 'Honorific')) continue;
    const k = has(i + 1, 'FirstName') ? i + 2 : i + 1;
    if (has(k, 'ProperNoun')) for (let j = i; j <= k; j++) tag(terms[j]!, 'Person');
  }
}

const titled = (t: CompromiseTerm, i: number, yelling: boolean): boolean =>
  !yelling && /^\p{Lu}[\p{Ll}'’]/u.test(t.text) && (i > 0 || t.tags.has('Singular'));

/** An organization word ("Inc", "Bank") after a name: it and the name before it are an organization. */
function orgWord(terms: CompromiseTerm[], i: number, yelling: boolean): void {
  const isOrg = (k: number): boolean => {
    const t = terms[k];
    if (!t || t.tags.has('Person') || t.tags.has('Place')) return false;
    return t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Acronym') || titled(t, k, yelling);
  };
  if (!isOrg(i - 1)) return;
  tag(terms[i]!, 'Organization');
  for (let k = i - 1; k >= 0 && isOrg(k); k--) tag(terms[k]!, 'Organization');
}

const PLACE_INSIDE = new Set(['athletic', 'city', 'community', 'eastern', 'federal', 'financial', 'great', 'historic', 'historical',
  'local', 'memorial', 'municipal', 'national', 'northern', 'provincial', 'southern', 'state', 'western', 'spring', 'pine',
  'sunset', 'view', 'oak', 'maple', 'spruce', 'cedar', 'willow']);
const NO_PLACE_AFTER = new Set(['center', 'centre', 'way', 'range', 'bar', 'bridge', 'field', 'pit']);

/** A place word ("River", "Street") beside a name: "Foo River", "River Foo" are places. */
function placeWord(terms: CompromiseTerm[], i: number, yelling: boolean): void {
  const isPlace = (k: number): boolean => {
    const t = terms[k]!;
    // A given name right before the place word is the place's ("Trent Bridge"); further back, a person's name.
    if (t.tags.has('Organization') || (t.tags.has('Person') && k !== i - 1) || t.tags.has('Possessive') || /'s$/u.test(t.normal)) {
      return false;
    }
    return t.tags.has('ProperNoun') || t.tags.has('Place') || titled(t, k, yelling);
  };
  const setPlace = (from: number, to: number): void => methods.one.setTag(terms.slice(from, to + 1), 'Place', world, null, 'fast');
  for (let n = i - 1; n >= 0; n--) {
    if (PLACE_INSIDE.has(terms[n]!.normal)) continue;
    if (!isPlace(n)) break;
    setPlace(n, i);
  }
  if (NO_PLACE_AFTER.has(word(terms[i]!))) return;
  for (let n = i + 1; n < terms.length; n++) {
    if (isPlace(n)) { setPlace(i, n); return; }
    if (terms[n]!.normal !== 'of' && !PLACE_INSIDE.has(terms[n]!.normal)) return;
  }
}

const UNCOUNTABLE = ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity', 'Honorific', 'Month'];

/** The lexicon: the longest multi-word entry starting here, else the word itself (or it less a verb prefix). */
function lookUp(terms: CompromiseTerm[], i: number): void {
  const t = terms[i]!;
  const w = word(t);
  const span = multi[w];
  if (span !== undefined && terms[i + 1]) {
    for (let end = Math.min(i + span - 1, terms.length - 1); end > i; end--) {
      const words = terms.slice(i, end + 1);
      const key = words.map(word).join(' ');
      if (!own(lexicon, key)) continue;
      methods.one.setTag(words, lexicon[key]!, world, false, 'fast');
      if (own(model.one.frozenLex, key)) for (const x of words) x.frozen = true;
      return;
    }
  }
  if (own(lexicon, w)) { tag(t, lexicon[w]!); return; }
  const stem = w.replace(/^(under|over|mis|re|un|dis|semi|pre|post)-?/u, '');
  const found = stem !== w && stem.length > 3 && own(lexicon, stem) ? lexicon[stem] : undefined;
  if (typeof found === 'string' && VERBISH.has(found)) tag(t, found);
}
const VERBISH = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/** An all-capitals sentence (a headline): case says nothing there. */
function isYelling(terms: CompromiseTerm[]): boolean {
  if (terms.filter((t) => !t.tags.has('ProperNoun')).length <= 3) return false;
  return terms.every((t) => !/^[a-z]/u.test(t.text));
}

const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
function titleCase(terms: CompromiseTerm[], i: number): void {
  const t = terms[i]!;
  if (i === 0 || !/^\p{Lu}[\p{Ll}'’]/u.test(t.text) || /[0-9]/u.test(t.text)) return;
  if (NOT_PROPER.some((x) => t.tags.has(x)) || /["']$/u.test(t.pre) || t.normal === 'the') return;
  if (!t.tags.has('Noun')) t.tags.clear();
  tag(t, 'ProperNoun');
}

function bySuffix(t: CompromiseTerm): void {
  const s = t.normal;
  for (let n = Math.min(7, s.length - 1); n > 1; n--) {
    const found = model.two.suffixPatterns[n]?.[s.slice(s.length - n)];
    if (found !== undefined) { tag(t, found); return; }
  }
}

const firstMatch = (s: string, rules: Rule[] | undefined): Rule | undefined => rules?.find((r) => r[0].test(s));
function byRegex(t: CompromiseTerm): void {
  const w = word(t);
  const text = /['‘’‛‵′`´]/u.test(t.post) && !/['‘’‛‵′`´]/u.test(t.pre) ? t.text + t.post.trim() : t.text;
  let rule = firstMatch(text, model.two.regexText) ?? firstMatch(w, model.two.regexNormal);
  if (!rule && /[0-9]/u.test(w)) rule = firstMatch(w, model.two.regexNumbers);
  if (!rule && t.tags.size === 0) rule = firstMatch(w, model.two.endsWith[w.at(-1) ?? '']);
  if (rule) tag(t, rule[1]);
}

/** An acronym: a short word in capitals the lexicon does not know ("NATO", "SEC"), or one capital ("F."). */
function acronym(t: CompromiseTerm): void {
  if (t.tags.has('RomanNumeral') || t.tags.has('Acronym')) return;
  const bare = t.text.length > 3 && /^[A-Z]+s$/u.test(t.text) ? t.text.slice(0, -1) : t.text;
  const upper = /^[A-Z-]+$/u.test(bare);
  const placeAcronym = upper && /^(la|ny|us|dc|gb|uk)$/u.test(t.normal);
  const noPeriod = upper && (placeAcronym || (bare.length <= 5 && bare !== 'I' && bare !== 'A' && !own(lexicon, t.normal)
    && /[A-Z]{2,}$/u.test(bare)));
  if (noPeriod || (/^[A-Z]$/u.test(t.text) && t.text !== 'I' && t.text !== 'A')) {
    t.tags.clear();
    tag(t, ['Acronym', 'Noun']);
    if (placeAcronym) tag(t, 'Place');
  } else if (t.tags.has('Organization') && (t.text.length <= 3 || (/^[A-Z-]+$/u.test(t.text) && t.text.length <= 6))) {
    tag(t, 'Acronym');
  }
}

/** A switch word ("march": Month or Verb) by the words and tags beside it, as compromise's switch step does. */
function pickSwitch(terms: CompromiseTerm[], i: number, clues: Clues | undefined): string | undefined {
  if (!clues) return undefined;
  const before = terms[i - 1]?.text !== 'also' ? terms[i - 1] : terms[Math.max(0, i - 2)];
  const next = terms[i + 1];
  const byWord = (t: CompromiseTerm | undefined, words?: Record<string, string>): string | undefined =>
    (t && words && own(words, t.normal) ? words[t.normal] : undefined);
  const byTag = (t: CompromiseTerm | undefined, tags?: Record<string, string>): string | undefined => {
    if (!t || !tags) return undefined;
    const sorted = [...t.tags].sort((a, b) => (tagSet[b]?.parents?.length ?? 0) - (tagSet[a]?.parents?.length ?? 0));
    const found = sorted.find((x) => tags[x]);
    return found ? tags[found] : undefined;
  };
  return byWord(next, clues.afterWords) ?? byWord(before, clues.beforeWords) ?? byTag(before, clues.beforeTags)
    ?? byTag(next, clues.afterTags);
}
