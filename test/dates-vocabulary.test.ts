import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/article.js';
import { findDates } from '../src/extract/dates.js';
import { words } from '../src/extract/dates/vocabulary.js';

// The date patterns are built from src/extract/dates/words.json when the module loads: every entry of every list
// is matched where its list is used. One row per entry, made from the file itself, so a word added there is tested
// too; a list no finder reads has no row here, and the first test fails until it gets one.

type Row = [entry: string, sentence: string, documentDate: string | null, text: string, value: string | RegExp];

const cap = (s: string): string => s.replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
const pad = (n: number): string => String(n).padStart(2, '0');
const DCT = '1998-02-11';

/** "a", "half a", "a couple of": the unit word that reads naturally after them. */
const unitAfter = (n: number): string => (n <= 1 ? 'year' : 'years');
const yearsValue = (n: number): string => (Number.isInteger(n) ? `P${n}Y` : `P${n * 12}M`);
const durationOf = (code: string): string => ({ H: 'PT1H', S: 'PT1S', DE: 'P10Y', CE: 'P100Y' })[code] ?? `P1${code}`;

const VAGUE_REF: Record<string, string> = { coming: 'FUTURE_REF', past: 'PAST_REF' };

const ROWS: Record<keyof typeof words, Row[]> = {
  months: Object.entries(words.months).map(([w, n]) => [w, `It opened on ${cap(w)} 3, 1997.`, DCT, `${cap(w)} 3, 1997`, `1997-${pad(n)}-03`]),
  weekdays: Object.entries(words.weekdays).map(([w, n]) => [w, `They met on ${cap(w)}.`, null, cap(w), `XXXX-WXX-${n}`]),
  numbers: Object.entries(words.numbers).map(([w, n]) => [w, `The strike lasted ${w} years.`, DCT, `${w} years`, `P${n}Y`]),
  quantities: Object.entries(words.quantities).map(([w, n]) => {
    const span = `${w} ${unitAfter(n)}`;
    return [w, `The strike lasted ${span}.`, DCT, span, yearsValue(n)];
  }),
  // "coming years", "past years" without a determiner: the vague future or past
  vague: words.vague.map((w) => [w, `The strike lasted ${w} years.`, DCT, `${w} years`, VAGUE_REF[w] ?? 'PXY']),
  ordinals: Object.entries(words.ordinals).map(([w, n]): Row => n <= 4
    ? [w, `Profit rose in the ${w} quarter of 1997.`, DCT, `the ${w} quarter of 1997`, `1997-Q${n}`]
    : [w, `It opened on March ${w}, 1997.`, DCT, `March ${w}, 1997`, `1997-03-${pad(n)}`]),
  units: Object.entries(words.units).map(([w, code]) => {
    const word = w.endsWith('ie') ? `one ${w}s` : `one ${w}`; // "centurie" is the stem of "centuries"
    const value = w === 'minute' ? 'PT1M' : durationOf(code);
    return [w, `The talks lasted ${word}.`, DCT, word, value];
  }),
  partsOfDay: Object.entries(words.partsOfDay).map(([w, code]) => [w, `Police came yesterday ${w}.`, DCT, `yesterday ${w}`, `1998-02-10T${code}`]),
  seasons: Object.entries(words.seasons).map(([w, code]) => [w, `Prices rose in the ${w} of 1990.`, DCT, `the ${w} of 1990`, `1990-${code}`]),
  // "today's" before these nouns is nowadays: no date
  genericToday: words.genericToday.map((w) => [w, `In today's ${w}, tomorrow it rains.`, DCT, 'tomorrow', /^\d{4}-\d\d-\d\d$/]),
  presentRef: words.presentRef.map((w) => [w, `Prices are high ${w}.`, DCT, w, 'PRESENT_REF']),
  pastRef: words.pastRef.map((w) => [w, `Prices rose ${w}.`, DCT, w, 'PAST_REF']),
  futureRef: words.futureRef.map((w) => [w, `Prices will rise in ${w}.`, DCT, w, 'FUTURE_REF']),
  sets: Object.entries(words.sets).map(([w, value]) => [w, `The paper is published ${w}.`, DCT, w, value]),
  holidays: Object.entries(words.holidays).map(([w, md]) => [w, `Stores closed on ${cap(w)} 1997.`, DCT, `${cap(w)} 1997`, `1997-${md}`]),
  floatingHolidays: Object.entries(words.floatingHolidays).map(([w, [month]]) => {
    return [w, `Stores closed on ${cap(w)} 1997.`, DCT, `${cap(w)} 1997`, new RegExp(`^1997-${pad(month!)}-\\d\\d$`)];
  }),
  centuries: Object.entries(words.centuries).map(([w, n]) => [w, `The town was founded in ${w} sixty.`, DCT, `${w} sixty`, `${n}60`]),
  timeZones: words.timeZones.map((z) => [z, `The ship left at 3 p.m. ${z}.`, DCT, `3 p.m. ${z}`, '1998-02-11T15:00']),
};

function found(sentence: string, documentDate: string | null): [string, string][] {
  const article = parseArticle(sentence, documentDate ? { documentDate } : {});
  return findDates(article).flatMap((e) => e.mentions.map((m): [string, string] => [m.text, e.value]));
}

describe('dates/words.json: every list is read', () => {
  it('has a row of sentences for each of its keys', () => {
    expect(Object.keys(ROWS).sort()).toEqual(Object.keys(words).sort());
  });
});

describe.each(Object.entries(ROWS))('dates/words.json "%s": each entry is matched', (_key, rows) => {
  it.each(rows)('%s: %s', (_entry, sentence, documentDate, text, value) => {
    const mentions = found(sentence, documentDate);
    expect(mentions.map(([t]) => t)).toEqual([text]);
    if (typeof value === 'string') expect(mentions[0]![1]).toBe(value);
    else expect(mentions[0]![1]).toMatch(value);
  });
});

describe('floating holidays fall on their weekday', () => {
  it.each(Object.entries(words.floatingHolidays))('%s', (name, [, wd]) => {
    const [[, value]] = found(`Stores closed on ${cap(name)} 1997.`, DCT) as [[string, string]];
    const day = new Date(`${value}T00:00:00Z`).getUTCDay() || 7;
    expect(day).toBe(wd);
  });
});
