import type { Entity, Extraction, Kind, Mention, PersonEntity, RoleLink } from '../types.js';
import { KINDS } from '../types.js';

/**
 * An article longer than this (in UTF-16 code units) is extracted in pieces of about this size, one after the other,
 * and their results merged: parsing costs about 150-180 bytes of memory per character, so a piece's parse is freed
 * before the next one's is made, and memory stays flat in the article's size. No news article comes near it.
 */
export const PIECE_CHARS = 1 << 18;

/**
 * [start, end) pieces of `text`, each at most PIECE_CHARS long, cut where the text breaks least: a blank line, else a
 * line end, else a sentence end, else a space in the piece's last quarter; a piece without any is cut hard (never
 * inside a surrogate pair).
 */
export function pieces(text: string, size = PIECE_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > size) {
    const limit = from + size;
    const floor = from + Math.floor((size * 3) / 4);
    const window = text.slice(floor, limit);
    let cut = -1;
    for (const re of [/\n[^\S\n]*\n\s*/g, /\n\s*/g, /[.!?]["'’”)\]]*\s+/g, /\s+/g]) {
      let last: RegExpExecArray | null = null;
      for (let m = re.exec(window); m; m = re.exec(window)) last = m;
      if (last && last.index + last[0].length < window.length) { cut = floor + last.index + last[0].length; break; }
    }
    if (cut < 0) cut = /[\uDC00-\uDFFF]/.test(text[limit] ?? '') ? limit - 1 : limit;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

const shift = (m: Mention, by: number): Mention => ({ ...m, start: m.start + by, end: m.end + by });

/** The key an entity is the same one under in two pieces: dates by value, countries by code, others by name. */
function mergeKey(kind: Kind, e: Entity & Record<string, unknown>): string {
  if (kind === 'dates') return `${String(e.value)}\u0000${String(e.kind)}`;
  if (kind === 'countries') return String(e.code);
  if (kind === 'roles') return `${e.name}\u0000${String(e.title)}\u0000${String(e.person)}\u0000${String(e.organization)}`;
  return e.name.toLowerCase();
}

/**
 * Merges the result of one piece, whose offsets start at `offset`, into `into` (the pieces before it). An entity
 * already seen gains the mentions (and, for a person, the roles); its name becomes the longer one; a new entity
 * goes after the others, so lists stay ordered by first mention.
 */
export function mergePiece(into: Extraction, piece: Extraction, offset: number, index: Map<string, Entity>): void {
  for (const kind of KINDS) {
    const list = piece[kind] as (Entity & Record<string, unknown>)[] | undefined;
    if (!list) continue;
    const target = (into[kind] ??= []) as Entity[];
    for (const e of list) {
      const key = `${kind}\u0000${mergeKey(kind, e)}`;
      const mentions = e.mentions.map((m) => shift(m, offset));
      const seen = index.get(key);
      if (!seen) {
        const fresh = { ...e, mentions } as Entity;
        index.set(key, fresh);
        target.push(fresh);
        continue;
      }
      seen.mentions.push(...mentions);
      if (e.name.length > seen.name.length) seen.name = e.name;
      if (kind === 'people') addRoles(seen as PersonEntity, (e as unknown as PersonEntity).roles);
    }
  }
}

function addRoles(person: PersonEntity, roles: readonly RoleLink[]): void {
  for (const r of roles) {
    if (!person.roles.some((x) => x.title === r.title && x.organization === r.organization)) person.roles.push(r);
  }
}
