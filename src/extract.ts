import { parseArticle, TAGGERS, type Article } from './article/article.js';
import { isValidIsoDate } from './article/documentDate.js';
import { findCountries } from './extract/countries.js';
import { findDates } from './extract/dates.js';
import { findInitiatives } from './extract/initiatives.js';
import { findNames } from './extract/names.js';
import { findRoles } from './extract/roles.js';
import { yieldNamesToInitiatives } from './link/namedInitiatives.js';
import { linkPeopleToRoles } from './link/peopleRoles.js';
import { settlePersonNames } from './link/personNames.js';
import { mergePiece, pieces, PIECE_CHARS } from './extract/merge.js';
import { KINDS, type Entity, type ExtractOptions, type Extraction, type Kind } from './types.js';

// What each kind needs computed before it (roles are found around people and organizations, and so on).
const NEEDS: Record<Kind, readonly Kind[]> = {
  dates: [],
  countries: [],
  // Names yield to named initiatives ("Paris" in "Paris Agreement"), so initiatives are found whenever names are.
  people: ['countries', 'dates', 'roles', 'initiatives'], // people[].roles repeats the role links
  organizations: ['countries', 'dates', 'initiatives'],
  places: ['countries', 'dates', 'initiatives'],
  roles: ['people', 'organizations', 'places', 'countries'],
  initiatives: ['countries', 'organizations', 'people', 'places'],
};

/**
 * Extracts the asked kinds from an article's text. Pure: same text and options, same result. Throws a TypeError
 * or RangeError that says what is wrong for a bad argument (`types: ['planets']`, `date: 'garbage'`). A text longer
 * than PIECE_CHARS is extracted piece by piece (memory stays flat in its length) and the pieces' entities merged.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  checkOptions(text, options);
  const { types, onError, explain } = options;
  if (text.length <= PIECE_CHARS) return extractArticle(parseArticle(text, options), types, onError, explain);
  return extractInPieces(text, options, PIECE_CHARS);
}

/** The result without the mentions' `why`: extractors always say why, the output only carries it on request. */
function withoutWhy(result: Extraction): Extraction {
  for (const kind of KINDS) {
    for (const entity of result[kind] ?? []) for (const m of entity.mentions) delete m.why;
  }
  return result;
}

function checkOptions(text: unknown, options: ExtractOptions): void {
  if (typeof text !== 'string') throw new TypeError(`extract: text must be a string, not ${describe(text)}`);
  if (!options || typeof options !== 'object') throw new TypeError(`extract: options must be an object, not ${describe(options)}`);
  const { types, date, documentDate, source, onError, tagger } = options;
  if (types !== undefined) {
    if (!Array.isArray(types)) {
      throw new TypeError(`extract: options.types must be an array of kinds (${KINDS.join(', ')}), not ${describe(types)}`);
    }
    const bad = types.filter((k) => !(KINDS as readonly unknown[]).includes(k));
    if (bad.length) {
      const named = bad.map((k) => describe(k)).join(', ');
      throw new RangeError(`extract: unknown kind ${named} in options.types; choose from ${KINDS.join(', ')}`);
    }
  }
  for (const [name, value] of [['date', date], ['documentDate', documentDate]] as const) {
    if (value !== undefined && (typeof value !== 'string' || !isValidIsoDate(value))) {
      throw new RangeError(`extract: options.${name} must be a date in the form YYYY-MM-DD, not ${describe(value)}`);
    }
  }
  if (source !== undefined && typeof source !== 'string') {
    throw new TypeError(`extract: options.source must be a string, not ${describe(source)}`);
  }
  if (tagger !== undefined && !TAGGERS.includes(tagger)) {
    throw new RangeError(`extract: options.tagger must be one of ${TAGGERS.join(', ')}, not ${describe(tagger)}`);
  }
  if (onError !== undefined && typeof onError !== 'function') {
    throw new TypeError(`extract: options.onError must be a function, not ${describe(onError)}`);
  }
}

const describe = (v: unknown): string =>
  (typeof v === 'string' ? `'${v}'` : v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** `extract`, one piece of at most `size` characters at a time (see PIECE_CHARS). */
export function extractInPieces(text: string, options: ExtractOptions, size: number): Extraction {
  let out: Extraction | null = null;
  const index = new Map<string, Entity>();
  const failed = new Set<string>();
  // An extractor that fails on several pieces is reported once.
  const onError = (stage: string, err: unknown): void => {
    if (!failed.has(stage)) options.onError?.(stage, err);
    failed.add(stage);
  };
  for (const [from, to] of pieces(text, size)) {
    // Later pieces hold no metadata: the document date is the first piece's.
    const later = out ? { header: false, ...(out.documentDate ? { documentDate: out.documentDate } : {}) } : {};
    const piece = parseArticle(text.slice(from, to), { ...options, ...later });
    const result = extractArticle(piece, options.types, onError, options.explain);
    if (!out) {
      out = { file: result.file, documentDate: result.documentDate };
      for (const kind of KINDS) if (result[kind]) out[kind] = [];
    }
    mergePiece(out, result, from, index);
  }
  return out!;
}

/**
 * Runs the pipeline on an article parsed with `parseArticle`. Each stage is isolated: one that throws yields nothing
 * for its kinds (and is reported to `onError`) while the others still run.
 */
export function extractArticle(
  article: Article,
  types: readonly Kind[] = KINDS,
  onError: ExtractOptions['onError'] = () => {},
  explain = false,
): Extraction {
  const guard = <T>(stage: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (err) {
      onError(stage, err);
      return fallback;
    }
  };
  const wanted = new Set(types);
  const needed = new Set<Kind>();
  const need = (k: Kind): void => {
    if (needed.has(k)) return;
    needed.add(k);
    NEEDS[k].forEach(need);
  };
  wanted.forEach(need);

  const noNames = { people: [], organizations: [], places: [] };
  const dates = needed.has('dates') ? guard('dates', () => findDates(article), []) : [];
  const countries = needed.has('countries') ? guard('countries', () => findCountries(article), []) : [];
  const named = needed.has('people') || needed.has('organizations') || needed.has('places')
    ? guard('names', () => findNames(article, { countries, dates }), noNames)
    : noNames;
  const found = { ...named, people: guard('names', () => settlePersonNames(named.people), named.people) };
  const initiatives = needed.has('initiatives') ? guard('initiatives', () => findInitiatives(article, { ...found, countries }), []) : [];
  const names = yieldNamesToInitiatives(found, initiatives);
  const roles = needed.has('roles') ? guard('roles', () => findRoles(article, { ...names, countries }), []) : [];
  const people = linkPeopleToRoles(names.people, roles);

  const out: Extraction = { file: article.source, documentDate: article.documentDate };
  if (wanted.has('dates')) out.dates = dates;
  if (wanted.has('people')) out.people = people;
  if (wanted.has('roles')) out.roles = roles;
  if (wanted.has('countries')) out.countries = countries;
  if (wanted.has('initiatives')) out.initiatives = initiatives;
  if (wanted.has('organizations')) out.organizations = names.organizations;
  if (wanted.has('places')) out.places = names.places;
  return explain ? out : withoutWhy(out);
}
