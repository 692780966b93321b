import type { Refiner } from '../refiner.js';
import type { Timex } from '../finder.js';

/**
 * Overlapping expressions: the longest wins ("the past three years" over "the past", "the 1990s" over "1990"); of
 * two equally long ones starting together, the finder listed first in the configuration.
 */
export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(timexes) {
    const found = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Timex[] = [];
    for (const t of found) {
      const last = kept[kept.length - 1];
      if (last && t.start < last.end) {
        // a longer expression that starts inside the kept one replaces it
        if (t.end - t.start > last.end - last.start) kept[kept.length - 1] = t;
        continue;
      }
      kept.push(t);
    }
    return kept;
  },
};
