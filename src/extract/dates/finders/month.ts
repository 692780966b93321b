import { monthValue } from '../calendar.js';
import { pattern, type Finder } from '../finder.js';
import { directionOf, resolveMonth, yearOf } from '../values.js';
import { EDGE, MONTH, MONTHS, year } from '../vocabulary.js';

/** "July 1997", "late November", "last April", "December" */
export const monthFinder: Finder = {
  name: 'month',
  pattern: pattern(
    `(?:\\b(?<edge>${EDGE}|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s*)?\\b(?<month>${MONTH})\\b(?<period>\\.)?`
    + `(?:,?\\s+(?:of\\s+)?${year('year')}|\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year\\b)?`,
  ),
  extract(m, ctx) {
    const { edge, period, rel } = m.groups;
    const word = m.need('month');
    const month = MONTHS[word.toLowerCase()]!;
    if (m.groups.year) return { value: monthValue(Number(m.groups.year), month), kind: 'date' };
    if (rel) {
      const y = yearOf(ctx, rel);
      return { value: y ? monthValue(Number(y), month) : `XXXX-${String(month).padStart(2, '0')}`, kind: 'date' };
    }
    // A bare abbreviation ("Jan") or "May" (the modal verb) needs a modifier or a preposition to be a month.
    const cue = edge || /\b(?:in|since|until|till|through|from|by|of|during|before|after|between|and|to)\s+$/i.test(m.before(12));
    const next = m.after(12);
    // "last Oct. 23": the day rule's, with the day
    if (/^\s*\d{1,2}(?!\d)/.test(next)) return null;
    // "Jan Kavan", "the March of the Combatant Mothers": a name, not a month
    if (!edge && (/^\s+of\s+(?!\d)/.test(next) || (word.length <= 5 && !cue && /^\s+[A-Z][a-z]/.test(next)))) return null;
    if (/^[A-Z][a-z]{2}$/.test(word) && word !== 'May' && !period) return null; // "Jan Kavan": bare abbreviations need a day or year
    if (word.length <= 4 && !period && word !== 'June' && word !== 'July' && !cue) return null;
    if (word === 'May' && !cue) return null;
    if (word === 'March' && !cue && /^\s+(?:on|to|in|through|for|against)\b/.test(next)) return null;
    return { value: resolveMonth(ctx, month, m.index, m.end, directionOf(edge)), kind: 'date' };
  },
};
