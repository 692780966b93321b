import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parseArticle, extractArticle, KINDS, type Extraction } from '../src/index.js';
import { cli, fixture, ROOT } from './helpers.js';

// The article this project started from, checked entity by entity against DESIGN.md's example output.
const FILE = fixture('seoul-trilateral.txt');
const text = readFileSync(path.join(ROOT, FILE), 'utf8');
const result = JSON.parse(cli(['--format', 'json', FILE]).stdout) as Extraction;
const m = (t: string, start: number) => ({ text: t, start, end: start + t.length });

describe('the seed article through the CLI', () => {
  it('takes the header as the document date, not as a mention', () => {
    expect(result.file).toBe(FILE);
    expect(result.documentDate).toBe('2024-03-20');
    expect(result.dates!.some((d) => d.mentions.some((x) => x.start < 17))).toBe(false);
  });

  it('finds the three dates with their TIMEX3 values', () => {
    expect(result.dates).toEqual([
      { name: 'March 21, 2024', value: '2024-03-21', kind: 'date', mentions: [m('March 21, 2024', 46)] },
      { name: 'this year', value: '2024', kind: 'date', mentions: [m('this year', 945)] },
      { name: 'December', value: '2023-12', kind: 'date', mentions: [m('December', 1561)] },
    ]);
  });

  it('finds both people, each surname under the full name, with their roles', () => {
    expect(result.people).toEqual([
      { name: 'Joy Sakurai', roles: [{ title: 'deputy chief of mission', organization: 'U.S. Embassy in Seoul' }], mentions: [m('Joy Sakurai', 355), m('Sakurai', 810)] },
      { name: 'Taisuke Mibae', roles: [{ title: 'deputy chief of mission', organization: 'Japanese Embassy' }], mentions: [m('Taisuke Mibae', 430), m('Mibae', 1027)] },
    ]);
  });

  it('links both roles to the right person and organization', () => {
    expect(result.roles).toEqual([
      { name: 'deputy chief of mission', title: 'deputy chief of mission', person: 'Joy Sakurai', organization: 'U.S. Embassy in Seoul', mentions: [m('deputy chief of mission', 372)] },
      { name: 'counterpart', title: 'deputy chief of mission', person: 'Taisuke Mibae', organization: 'Japanese Embassy', mentions: [m('counterpart', 449)] },
    ]);
  });

  it('finds the five countries from names, aliases, demonyms, a compound and a capital', () => {
    expect(result.countries!.map((c) => [c.name, c.code])).toEqual([
      ['United States', 'US'], ['Japan', 'JP'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['Russia', 'RU'],
    ]);
    const mentions = Object.fromEntries(result.countries!.map((c) => [c.code, c.mentions.map((x) => `${x.text}@${x.start}`)]));
    expect(mentions).toEqual({
      US: ['U.S.@62', 'United States@177', 'U.S.@403', 'U.S.@782', 'U.S.@2064'],
      JP: ['Japanese@71', 'Japan@192', 'Japanese@468', 'Japan@791', 'Japan@2070'],
      KR: ['South Korea@203', 'ROK@787', 'South Korea@2081'],
      KP: ['North Korea@254', 'North Korea@1249', 'North Korean@1524', 'Pyongyang@1621', 'North Korea@1943'],
      RU: ['Russia@1349'],
    });
  });

  it('finds both initiatives, and nothing but the phrases the annotation leaves optional', () => {
    const names = result.initiatives!.map((i) => i.name);
    // Both systems are the three countries' ("U.S.-ROK-Japan cooperation" just before the first; "trilateral").
    const actors = expect.arrayContaining(['US', 'JP', 'KR']);
    expect(result.initiatives).toContainEqual({ name: 'ballistic missile early warning information system', kind: 'system', actors, mentions: [m('ballistic missile early warning information system', 875)] });
    expect(result.initiatives).toContainEqual({ name: 'real-time trilateral system for sharing North Korean missile warning data', kind: 'system', actors, mentions: [m('real-time trilateral system for sharing North Korean missile warning data', 1484)] });
    for (const i of result.initiatives!) if (i.kind === 'system') expect(i.actors).toHaveLength(3);
    const optional = ['trilateral security cooperation', 'nuclear and missile programs', 'U.S.-ROK-Japan cooperation', 'trilateral cooperation', 'nuclear ballistic missile programs', 'trilateral partnership'];
    for (const n of names) if (!n.includes('system')) expect(optional.some((o) => n.includes(o))).toBe(true);
  });

  it('finds the organizations and the place', () => {
    expect(result.organizations).toEqual([
      { name: 'U.S. Embassy in Seoul', mentions: [m('U.S. Embassy in Seoul', 403)] },
      { name: 'Japanese Embassy', mentions: [m('Japanese Embassy', 468)] },
      { name: 'Institute for Global Strategy and Cooperation', mentions: [m('Institute for Global Strategy and Cooperation', 662)] },
      { name: 'U.N. Security Council', mentions: [m('U.N. Security Council', 1188)] },
    ]);
    expect(result.places).toEqual([{ name: 'Seoul', mentions: [m('Seoul', 37), m('Seoul', 419), m('Seoul', 2396)] }]);
  });

  it('is what the library returns for the same text', () => {
    expect(extract(text, { source: FILE })).toEqual(result);
  });
});

describe('a failing extractor', () => {
  it('leaves its kinds empty, reports the stage, and never ends the run', () => {
    const article = parseArticle(text);
    (article as { tokens: unknown }).tokens = undefined;
    const stages: string[] = [];
    const out = extractArticle(article, KINDS, (stage) => stages.push(stage));
    expect(stages.length).toBeGreaterThan(0);
    expect(Object.keys(out)).toEqual(['file', 'documentDate', ...KINDS]);
    for (const s of stages) if (s !== 'names') expect(out[s as 'dates']).toEqual([]);
  });
});
