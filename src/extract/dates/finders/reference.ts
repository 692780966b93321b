import { patternCi, type Finder } from '../finder.js';
import { duration } from '../values.js';
import { alt, words } from '../vocabulary.js';

/** "now", "currently" (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF) */
export const referenceFinder: Finder = {
  name: 'reference',
  pattern: patternCi(`\\b(?<word>${alt(words.presentRef)}|${alt(words.pastRef)}|${alt(words.futureRef)})\\b`),
  extract(m, ctx) {
    const w = m.need('word').toLowerCase();
    const after = m.after(12);
    // "the past three years" is a duration (another rule); "now" in "now that" / "just now" stays a time too
    if (w === 'the past' && /^\s+(?:\d|few|several|[a-z]+\s+(?:year|month|week|day|decade))/i.test(after)) return null;
    // "will soon begin", "may soon seek" (FUTURE_REF), but not the conjunctions "as soon as", "soon after"
    // narrative "was soon released", "soon became a flood": the adverb of a past event is no reference to the future
    if (w === 'soon' && ctx.tense(m.index, m.end) === 'past') return null;
    if (w === 'soon' && (/\bas\s+$/i.test(m.before(4)) || /^\s+(?:as|after|afterwards?|thereafter)\b/i.test(after))) return null;
    if (w === 'future' && !/^\s*(?:[,.;]|$)/.test(after) && !/\bthe\s+(?:near\s+)?$|\bin\s+(?:the\s+)?$/i.test(m.before(14))) return null;
    const v = words.presentRef.includes(w) ? 'PRESENT_REF' : words.pastRef.includes(w) ? 'PAST_REF' : 'FUTURE_REF';
    return { value: v, kind: 'date' };
  },
};

/** "in the near term", "over the long term" (FUTURE_REF); "the weeks ahead", "the years ahead": a stretch still to come */
export const termAheadFinder: Finder = {
  name: 'term-ahead',
  pattern: patternCi('\\bthe\\s+(?:(?<term>near|short|long)\\s+term|(?<units>days|weeks|months|years)\\s+ahead)\\b'),
  extract(m) {
    if (m.groups.term) return { value: 'FUTURE_REF', kind: 'date' };
    return { value: duration(null, m.need('units')), kind: 'duration' };
  },
};
