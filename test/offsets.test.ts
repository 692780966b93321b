import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, KINDS, type Entity } from '../src/index.js';

// Random news-like text: names, titles, countries, dates and punctuation in any order. Whatever the extractors make
// of it, every mention must be an exact, trimmed slice of the input, and the output must keep its ordering promises.
const WORDS = [
  'Joy', 'Sakurai', 'said', 'the', 'deputy', 'chief', 'of', 'mission', 'at', 'U.S.', 'Embassy', 'in', 'Seoul',
  "Japan's", 'Japanese', 'North', 'Korea', 'Pyongyang', 'President', 'Foreign', 'Minister', 'Acme', 'Corp.', 'on',
  'Friday', 'March', '21', '2024', 'last', 'year', 'December', 'three', 'weeks', 'ago', 'Belt', 'and', 'Road',
  'Initiative', 'agreement', 'system', 'for', 'sharing', 'data', 'U.S.-ROK-Japan', 'Mr.', "O'Neil", 'Ltd',
  'Institute', 'Global', 'Strategy', 'Britain', 'EU', 'Paris', 'Agreement', 'café', 'Zürich', '😀',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', ' - ', "'s ", '" ', ' (', ') ', '; '];
const articleText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('offsets on every output', () => {
  it('every mention is an exact slice without surrounding punctuation, entities ordered by first mention', () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.constantFrom('2024-03-20', '1996-08-30')), (text, date) => {
        const result = extract(text, date ? { date } : {});
        for (const kind of KINDS) {
          const entities = result[kind] as Entity[];
          let previous = -1;
          for (const e of entities) {
            expect(e.mentions.length).toBeGreaterThan(0);
            expect(e.mentions[0]!.start).toBeGreaterThanOrEqual(previous);
            previous = e.mentions[0]!.start;
            for (let i = 0; i < e.mentions.length; i++) {
              const m = e.mentions[i]!;
              expect(text.slice(m.start, m.end)).toBe(m.text);
              expect(m.text).not.toMatch(/^\s|\s$|[,;:!?"”’)]$|['’]s$/u);
              if (i > 0) expect(m.start).toBeGreaterThanOrEqual(e.mentions[i - 1]!.start);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
