import type { Entity } from '../types.js';
import type { Names } from '../extract/names.js';

/**
 * A named initiative owns the words of its name: "Paris" in "Paris Agreement" is not a place there, nor "Global
 * Methane Pledge" a person. Removes person, organization and place mentions that lie inside an initiative mention
 * ending in a capitalised word (a name, not a description such as "the NATO summit"), and the entities left
 * without mentions. Countries stay: "North Korean" inside an initiative is still a country mention.
 */
export function yieldNamesToInitiatives(names: Names, initiatives: readonly Entity[]): Names {
  const named = initiatives
    .flatMap((e) => e.mentions)
    .filter((m) => /\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(m.text))
    .sort((a, b) => a.start - b.start);
  if (named.length === 0) return names;
  // Sorted spans; a binary search finds the last initiative starting at or before a mention.
  const inside = (start: number, end: number): boolean => {
    let lo = 0, hi = named.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid]!.start <= start) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && k > found - 4; k--) if (named[k]!.end >= end) return true;
    return false;
  };
  const keep = <T extends Entity>(entities: T[]): T[] =>
    entities
      .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inside(m.start, m.end)) }))
      .filter((e) => e.mentions.length > 0);
  return { people: keep(names.people), organizations: keep(names.organizations), places: keep(names.places) };
}
