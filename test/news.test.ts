import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { fixture, ROOT } from './helpers.js';

// Whole articles written for this project (not from any evaluation corpus), each mixing the patterns a real wire
// story has: datelines, titles before names, particles in surnames, possessive pronouns, named initiatives.
function run(file: string, date?: string): Extraction {
  const source = fixture('news', file);
  return extract(readFileSync(path.join(ROOT, source), 'utf8'), { source, ...(date ? { date } : {}) });
}
const links = (x: Extraction) => x.roles!.map((r) => [r.title, r.person, r.organization]);

describe('climate-pledge.txt (AP dateline with a year)', () => {
  const x = run('climate-pledge.txt');
  it('dates resolve against the dateline', () => {
    expect(x.documentDate).toBe('2024-10-03');
    expect(x.dates!.map((d) => [d.name, d.value, d.kind])).toEqual([
      ['Thursday', '2024-10-03', 'date'], ['next spring', '2025-SP', 'date'], ['two years', 'P2Y', 'duration'],
      ['the next five years', 'P5Y', 'duration'], ['2021', '2021', 'date'], ['2030', '2030', 'date'], ['last week', '2024-W39', 'date'],
    ]);
  });
  it('people, with a particle surname merged and titles stripped', () => {
    expect(x.people!.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Antony Blinken', 2], ['Ursula von der Leyen', 2], ['Mao Ning', 1], ['Brad Smith', 2], ['Narendra Modi', 1],
    ]);
  });
  it('roles linked through pre-modifiers, possessives and apposition', () => {
    expect(links(x)).toEqual([
      ['secretary of state', 'Antony Blinken', 'United States'], ['president', 'Ursula von der Leyen', 'European Commission'],
      ['spokeswoman', 'Mao Ning', 'China'], ['president', 'Brad Smith', 'Microsoft Corp.'], ['prime minister', 'Narendra Modi', 'India'],
    ]);
  });
  it('named initiatives own their words', () => {
    // "launched the initiative" and "the pledge" refer back to the pledge; the quoted characterization of it as "the
    // most important climate agreement" is the only other phrase (CONVENTIONS.md leaves such phrases optional).
    const pledge = x.initiatives!.find((i) => i.name === 'Global Methane Pledge')!;
    expect(pledge.mentions.map((m) => m.text).slice(0, 3)).toEqual(['Global Methane Pledge', 'initiative', 'pledge']);
    expect(pledge.actors).not.toContain('Global Methane Pledge');
    expect(pledge.actors).toEqual(expect.arrayContaining(['US']));
    expect(x.initiatives!.map((i) => i.name)).toEqual(
      ['Global Methane Pledge', 'important climate agreement', 'Paris Agreement', 'Just Energy Transition Partnership']);
    expect(x.places!.map((p) => p.name)).not.toContain('Paris Agreement');
    expect(x.countries!.map((c) => c.code)).toEqual(expect.arrayContaining(['US', 'ZA', 'CN', 'IN']));
  });
});

describe('bank-jobs.txt (Reuters dateline without a year)', () => {
  it('takes the year from --date and resolves the rest', () => {
    const x = run('bank-jobs.txt', '2024-05-14');
    expect(x.documentDate).toBe('2024-05-14');
    expect(x.dates!.map((d) => [d.name, d.value])).toEqual([
      ['Tuesday', '2024-05-14'], ['next year', '2025'], ['March', '2024-03'], ['July', '2024-07'], ['last month', '2024-04'],
    ]);
    expect(links(x)).toEqual([
      ['chief financial officer', 'James von Moltke', 'Deutsche Bank AG'], ['president', 'Christine Lagarde', 'European Central Bank'], ['chief executive', 'Manfred Knof', 'Commerzbank'],
    ]);
    expect(x.organizations!.map((o) => o.name)).toEqual(['Reuters', 'Deutsche Bank AG', 'European Central Bank', 'ECB', 'Commerzbank']);
  });
  it('without any date keeps relative dates unresolved, never today', () => {
    const x = run('bank-jobs.txt');
    expect(x.documentDate).toBeNull();
    expect(x.dates!.map((d) => d.value)).toEqual(['XXXX-WXX-2', 'XXXX', 'XXXX-03', '2025', 'XXXX-07', 'XXXX-XX']);
  });
});

describe('haiti-mission.txt', () => {
  it('finds the hyphenated capital as a place and the country demonyms', () => {
    const x = run('haiti-mission.txt', '2024-06-21');
    expect(x.places!.map((p) => p.name)).toContain('Port-au-Prince');
    expect(x.countries!.map((c) => [c.name, c.code])).toEqual([['Kenya', 'KE'], ['Haiti', 'HT'], ['United States', 'US']]);
    expect(links(x)).toEqual([['president', 'William Ruto', 'Kenya'], ['prime minister', 'Garry Conille', 'Haiti'], ['opposition leader', 'Raila Odinga', 'Kenya']]);
    expect(x.initiatives!.map((i) => [i.name, i.kind, i.mentions.length])).toEqual([
      ["security pact with Haiti's transitional council", 'agreement', 1], ['United Nations-backed mission', 'mission', 2]]);
    expect(x.initiatives![0]!.actors).toEqual(['KE', 'William Ruto']);
  });
});
