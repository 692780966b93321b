import { yearValue } from '../calendar.js';
import { patternCi, type Finder } from '../finder.js';
import { DECADE_WORDS, alt } from '../vocabulary.js';

/** "the 1990s", "the late 1970s", "the '90s" */
export const decadeFinder: Finder = {
  name: 'decade',
  pattern: patternCi(`(?:\\bthe\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:\\b(?<decade>1[0-9]\\d|20\\d)0|'(?<tens>\\d)0)'?s\\b`),
  extract(m, ctx) {
    if (m.groups.decade) return { value: m.groups.decade, kind: 'date' };
    const century = ctx.dct ? yearValue(ctx.dct.year).slice(0, 2) : '19';
    return { value: `${century}${m.need('tens')}`, kind: 'date' };
  },
};

/** "the nineties", "the eighties": of the document's century */
export const spelledDecadeFinder: Finder = {
  name: 'spelled-decade',
  pattern: patternCi(`\\b(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<tens>${alt(Object.keys(DECADE_WORDS))})\\b`),
  extract(m, ctx) {
    const tens = DECADE_WORDS[m.need('tens').toLowerCase()]!;
    if (!/^the\b/i.test(m.text) && !/\b(?:in|since|during|of)\s+$/i.test(m.before(8))) return null;
    return { value: `${ctx.dct ? yearValue(ctx.dct.year).slice(0, 2) : '19'}${tens}`, kind: 'date' };
  },
};
