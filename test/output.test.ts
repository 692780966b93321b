import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from '../src/output/csv.js';
import { SummaryBuilder, summaryToJson } from '../src/output/summary.js';
import { formatTable } from '../src/output/table.js';
import type { Extraction } from '../src/types.js';

const result: Extraction = {
  file: 'a.txt',
  documentDate: '2024-03-20',
  dates: [{ name: 'March 21, 2024', value: '2024-03-21', kind: 'date', mentions: [{ text: 'March 21, 2024', start: 46, end: 60 }] }],
  people: [{ name: 'Joy Sakurai', roles: [{ title: 'deputy chief of mission', organization: 'U.S. Embassy in Seoul' }], mentions: [{ text: 'Joy Sakurai', start: 355, end: 366 }, { text: 'Sakurai', start: 810, end: 817 }] }],
  roles: [{ name: 'deputy chief of mission', title: 'deputy chief of mission', person: 'Joy Sakurai', organization: 'U.S. Embassy in Seoul', mentions: [{ text: 'deputy chief of mission', start: 372, end: 395 }] }],
  countries: [{ name: 'United States', code: 'US', mentions: [{ text: 'U.S.', start: 62, end: 66 }] }],
  initiatives: [{ name: 'real-time trilateral system', kind: 'system', actors: ['US', 'JP', 'KR'], mentions: [{ text: 'real-time trilateral system', start: 900, end: 927 }] }],
  organizations: [{ name: 'Smith, Jones "and" Co', mentions: [{ text: 'x', start: 1, end: 2 }] }],
};

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
    ['-', '-'], // standard input's file name
    ['-1+cmd', "'-1+cmd"],
  ])('field %j is written %s', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('writes one row per entity with value, person, organization, count and first offsets', () => {
    const rows = formatCsv(result).split('\r\n');
    expect(rows).toEqual([
      'a.txt,date,"March 21, 2024",2024-03-21,,,1,46,60,',
      'a.txt,person,Joy Sakurai,,,,2,355,366,',
      'a.txt,role,deputy chief of mission,deputy chief of mission,Joy Sakurai,U.S. Embassy in Seoul,1,372,395,',
      'a.txt,country,United States,US,,,1,62,66,',
      // An initiative's value is its kind; its actors fill the last column.
      'a.txt,initiative,real-time trilateral system,system,,,1,900,927,US; JP; KR',
      'a.txt,organization,"Smith, Jones ""and"" Co",,,,1,1,2,',
      '',
    ]);
  });
});

describe('summary', () => {
  it('gives each initiative its kind and the actors of all its articles', () => {
    const b = new SummaryBuilder(['initiatives']);
    b.add(result);
    b.add({ ...result, initiatives: [{ name: 'real-time trilateral system', kind: 'system', actors: ['KR', 'AU'], mentions: [{ text: 'real-time trilateral system', start: 0, end: 27 }] }] });
    expect(summaryToJson(b.build()).initiatives).toEqual([
      { name: 'real-time trilateral system', kind: 'system', actors: ['US', 'JP', 'KR', 'AU'], articles: 2, mentions: 2 },
    ]);
  });

  it('counts articles and mentions per entity, most frequent first, dates by value and countries by code', () => {
    const b = new SummaryBuilder(['dates', 'countries']);
    b.add(result);
    b.add({ ...result, countries: [{ name: 'Japan', code: 'JP', mentions: [{ text: 'Japan', start: 0, end: 5 }] }, { name: 'United States', code: 'US', mentions: [{ text: 'US', start: 9, end: 11 }, { text: 'U.S.', start: 20, end: 24 }] }] });
    b.addFailure();
    expect(summaryToJson(b.build())).toEqual({
      articles: 2,
      failed: 1,
      dates: [{ name: 'March 21, 2024', value: '2024-03-21', articles: 2, mentions: 2 }],
      countries: [
        { name: 'United States', code: 'US', articles: 2, mentions: 3 },
        { name: 'Japan', code: 'JP', articles: 1, mentions: 1 },
      ],
    });
  });
});

describe('table', () => {
  it('shows each kind once, the normalized values and links, and the mention counts', () => {
    const t = formatTable(result, { width: 120 });
    expect(t.split('\n')[0]).toBe('a.txt  document date: 2024-03-20');
    expect(t).toMatch(/│ date +│ March 21, 2024 +│ 2024-03-21 \(date\) +│ 1 +│/);
    expect(t).toMatch(/│ person +│ Joy Sakurai +│ deputy chief of mission, U\.S\.[^│]*│ 2 +│/);
    expect(t).toMatch(/│ country +│ United States +│ US +│ 1 +│/);
    expect(t).toMatch(/│ initiative +│ real-time trilateral system +│ system · US; JP; KR +│ 1 +│/);
    expect(t).not.toMatch(/\x1b\[/);
  });

  it('colours only when asked', () => {
    expect(formatTable(result, { color: true })).toMatch(/\x1b\[/);
  });
});
