import type { Entity } from '../types.js';
import type { Names } from '../extract/names.js';

/**
 * Written as a name: every word capitalised but the small ones inside ("Treaty of Rome", "Paris Agreement"); not a
 * description with a name in its tail ("tender offer for Acme Corp.", "expansion of NATO"), whose names stay.
 */
const isName = (text: string): boolean =>
  /\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(text)
  && text.split(/\s+/u).every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && /^(of|and|for|on|the|to|in|&)$/u.test(w)));

/**
 * A named initiative owns the words of its name: "Paris" in "Paris Agreement" is not a place there, nor "Global
 * Methane Pledge" a person. Removes person, organization and place mentions that lie inside an initiative mention
 * written as a name (not a description such as "the NATO summit" or "an offer for Acme Corp."), and the entities left
 * without mentions, keeping each list in first-mention order. Countries stay: "North Korean" inside an initiative
 * is still a country mention.
 */
export function yieldNamesToInitiatives(names: Names, initiatives: readonly Entity[]): Names {
  const named = initiatives
    .flatMap((e) => e.mentions)
    .filter((m) => isName(m.text))
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
  // An entity whose first mention was yielded now starts later: the list is put back in first-mention order.
  const keep = <T extends Entity>(entities: T[]): T[] =>
    entities
      .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inside(m.start, m.end)) }))
      .filter((e) => e.mentions.length > 0)
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { people: keep(names.people), organizations: keep(names.organizations), places: keep(names.places) };
}
