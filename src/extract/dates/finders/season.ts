import { patternCi, type Finder } from '../finder.js';
import { seasonValue } from '../values.js';
import { SEASON, SEASONS } from '../vocabulary.js';

/**
 * "the summer", "the early summer", "in the fall", "the spring of 1990": a season, the last one in past-tense
 * sentences; not "the fall of the Wall" nor "the Spring of Life"
 */
export const seasonFinder: Finder = {
  name: 'season',
  pattern: patternCi(`\\bthe\\s+(?:(?:early|late|mid-?)\\s*)?(?<season>${SEASON})\\b(?:\\s+of\\s+(?<year>\\d{4})\\b)?`),
  extract(m, ctx) {
    const season = m.need('season');
    const year = m.groups.year;
    if (season !== season.toLowerCase()) return null;
    if (!year && /^\s+of\b/i.test(m.after(6))) return null;
    if (season === 'fall' && !year && !/\b(?:in|by|during|until|since|over|through)\s+$/i.test(m.before(8))) return null;
    if (year) return { value: `${year}-${SEASONS[season]}`, kind: 'date' };
    return { value: seasonValue(ctx, season, '', m.index, m.end), kind: 'date' };
  },
};
