import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseRanges, unwrapLines } from '../src/article/article.js';
import { extract, KINDS } from '../src/index.js';
import { ROOT } from './helpers.js';
import { findDocumentDate } from '../src/article/documentDate.js';
import { makeMention } from '../src/extract/mentions.js';

describe('document date', () => {
  it.each([
    ['header on the same line as the text (the seed form)', ' date 2024-03-20 During a seminar in Seoul', '2024-03-20', 'date 2024-03-20'],
    ['Date: header line', 'Date: January 15, 2025\n\nTOKYO - Japan and Australia signed', '2025-01-15', 'Date: January 15, 2025'],
    ['front matter', '---\ntitle: x\ndate: 2023-09-04\n---\nBody text.', '2023-09-04', '---\ntitle: x\ndate: 2023-09-04\n---\n'],
    ['Reuters dateline under a headline', 'SOCCER - LATE GOAL WINS IT\nLONDON 1996-08-30\nThe match ended', '1996-08-30', '1996-08-30'],
    ['dateline date alone on its line', 'Toolmaker profits up.\nBRINDLE FALLS, Mich.\n1996-08-30\nShares of', '1996-08-30', '1996-08-30'],
    ['wire dateline with a year', 'WASHINGTON, March 20, 2024 (AP) - The Senate voted', '2024-03-20', 'March 20, 2024'],
  ])('reads %s', (_what, text, date, span) => {
    const found = findDocumentDate(text);
    expect(found?.date).toBe(date);
    expect(text.slice(found!.start, found!.end)).toBe(span);
  });

  it('completes a wire dateline without a year from the fallback date, and leaves it unresolved without one', () => {
    const text = 'SEOUL, March 20 (Reuters) - South Korea said on Monday';
    expect(findDocumentDate(text, 2024)?.date).toBe('2024-03-20');
    expect(findDocumentDate(text)?.date).toBeNull();
    expect(parseArticle(text, { date: '2024-01-01' }).documentDate).toBe('2024-03-20');
  });

  it('takes the stated date over --date, and a JSON Lines date over both', () => {
    const text = ' date 2024-03-20 The talks ended.';
    expect(parseArticle(text, { date: '2020-01-01' }).documentDate).toBe('2024-03-20');
    expect(parseArticle(text, { documentDate: '2022-02-02' }).documentDate).toBe('2022-02-02');
    expect(parseArticle('The talks ended.', { date: '2020-01-01' }).documentDate).toBe('2020-01-01');
    expect(parseArticle('The talks ended.').documentDate).toBeNull();
  });

  it('blanks the metadata in the body so it is never reported, keeping every offset', () => {
    const a = parseArticle(' date 2024-03-20 During a seminar');
    expect(a.body).toBe('                 During a seminar');
    expect(a.tokens[0]!.text).toBe('During');
    expect(a.tokens[0]!.start).toBe(17);
  });

  it('ignores an invalid calendar date in a header', () => {
    expect(findDocumentDate('date 2024-02-30 text')).toBeNull();
  });
});

describe('tokens', () => {
  it('places every token exactly in the text, in order, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'Ab. ,\n\'’"-Ü😀$%1(é:;'.split('')), maxLength: 80 }), (text) => {
        const a = parseArticle(text);
        let last = 0;
        for (const t of a.tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          last = t.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('splits sentences and keeps their token ranges', () => {
    const a = parseArticle('Joy Sakurai spoke first. Mibae spoke next.\nHEADLINE HERE');
    expect(a.sentences).toHaveLength(3);
    expect(a.tokens.slice(a.sentences[1]!.first, a.sentences[1]!.last).map((t) => t.text)).toEqual(['Mibae', 'spoke', 'next']);
  });
});

describe('mention boundaries', () => {
  it.each([
    ["North Korea's", 'North Korea'],
    ['Seoul,', 'Seoul'],
    ['U.S.', 'U.S.'],
    ['Acme Corp.', 'Acme Corp.'],
    ['Japan.', 'Japan'],
    ['"Belt and Road"', 'Belt and Road'],
    ['Paris’', 'Paris'],
    ['(Reuters)', 'Reuters'],
    ["Acme Corp.'s", 'Acme Corp.'],
    ["U.S.'s", 'U.S.'],
  ])('%s -> %s', (span, expected) => {
    const text = `x ${span} y`;
    const m = makeMention(text, 2, 2 + span.length);
    expect(m?.text).toBe(expected);
    expect(text.slice(m!.start, m!.end)).toBe(expected);
  });
});

describe('parse ranges', () => {
  const contiguous = (body: string, ranges: [number, number][]) => {
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(body.length);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
  };

  it('parses an ordinary article in one piece', () => {
    const body = 'SEOUL 2024-03-20\nThe U.S. Embassy in Seoul said so.\n\nMr. Sakurai agreed.\n';
    expect(parseRanges(body)).toEqual([[0, body.length]]);
  });

  it('cuts an enormous line without full stops into short pieces at spaces, covering every character', () => {
    const body = 'Aaa Bbb 12 March 2024 '.repeat(3000);
    const ranges = parseRanges(body);
    contiguous(body, ranges);
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(1000);
    for (const [a] of ranges.slice(1)) expect(body[a - 1]).toBe(' ');
  });

  it('cuts a long line at sentence ends, never after an abbreviation such as U.S.', () => {
    const sentence = 'The U.S. Embassy in Seoul and Mr. Lee met the mission again. ';
    const body = sentence.repeat(200);
    const ranges = parseRanges(body);
    contiguous(body, ranges);
    for (const [a] of ranges.slice(1)) expect(body.slice(a, a + 8)).toBe('The U.S.');
    const tokens = parseArticle(body).tokens;
    expect(tokens.every((t) => body.slice(t.start, t.end) === t.text)).toBe(true);
  });
});

describe('hard-wrapped text', () => {
  const seed = readFileSync(path.join(ROOT, 'fixtures', 'seoul-trilateral.txt'), 'utf8');
  /** What `fold -s -w 72` does: break after the last space that keeps a line within 72 columns. */
  const fold = (text: string): string => text.split('\n').map((line) => {
    const out: string[] = [];
    while (line.length > 72) {
      const cut = line.lastIndexOf(' ', 71) + 1 || 72;
      out.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    return [...out, line].join('\n');
  }).join('\n');

  it('gives the seed article wrapped at 72 columns the same entities as unwrapped, offsets mapped', () => {
    const wrapped = fold(seed);
    expect(wrapped.split('\n').length).toBeGreaterThan(seed.split('\n').length + 20);
    // Each character of the seed sits at its offset plus the line breaks fold inserted before it.
    const map: number[] = [];
    for (let i = 0, j = 0; i <= seed.length; i++, j++) {
      while (wrapped[j] !== seed[i] && j < wrapped.length) j++;
      map.push(j);
    }
    const flat = (r: ReturnType<typeof extract>, at: (n: number) => number) => KINDS.flatMap((k) => (r[k] ?? []).map((e) =>
      `${k}:${e.name}:${e.mentions.map((m) => `${at(m.start)}-${at(m.end - 1) + 1}`).join(',')}`));
    const plain = extract(seed);
    const folded = extract(wrapped);
    expect(flat(folded, (n) => n)).toEqual(flat(plain, (n) => map[n]!));
    expect(folded.organizations!.map((o) => o.name)).toContain('U.S. Embassy in Seoul');
    for (const k of KINDS) for (const e of folded[k] ?? []) for (const m of e.mentions) expect(wrapped.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a line break inside a sentence as a space, for every kind', () => {
    const text = 'On Friday the delegation was received in the capital by President Joe\n'
      + 'Biden, who met officials of the European Union and the U.S.\nEmbassy in Paris on March\n3, 2024, and said so.\n';
    const r = extract(text, { types: ['people', 'organizations', 'dates'] });
    expect(r.people!.map((p) => p.name)).toEqual(['Joe Biden']);
    expect(r.people![0]!.mentions[0]!.text).toBe('Joe\nBiden');
    expect(r.organizations!.map((o) => o.name)).toEqual(['European Union', 'U.S. Embassy in Paris']);
    expect(r.dates!.map((d) => d.value)).toContain('2024-03-03'); // "March\n3, 2024" is one date
  });

  it('keeps a break that ends a unit: a blank line, a line in capitals, a table row, a title', () => {
    expect(unwrapLines('One line\n\nAnother')).toBe('One line\n\nAnother');
    expect(unwrapLines('TENNIS - NORMAN WINS\nGreg Norman won.')).toBe('TENNIS - NORMAN WINS\nGreg Norman won.');
    expect(unwrapLines('Riverton 5 3 1\nHope 5 2 2')).toBe('Riverton 5 3 1\nHope 5 2 2');
    expect(unwrapLines('| a | b |\n| c | d |')).toBe('| a | b |\n| c | d |');
    expect(unwrapLines('Strengthening Trilateral Security Ties\nThe talks went on.')).toBe('Strengthening Trilateral Security Ties\nThe talks went on.');
    expect(unwrapLines('The plan was\r\nsigned.')).toBe('The plan was  signed.');
    expect(unwrapLines('President Joe\nBiden spoke.')).toBe('President Joe Biden spoke.'); // two lines: a wrap
  });
});
