import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, TAGGERS, type Token } from '../src/article/article.js';
import { extract } from '../src/index.js';
import { cli, fixture, ROOT } from './helpers.js';

const TEXT = 'Gen. Maria Lopez said on Tuesday that Acme Bank will open an office near the Wandle River. '
  + 'The NATO talks in Paris, which she didn\'t attend, ended late. Officials called it a well-known plan.';

const tokenAt = (tokens: Token[], text: string): Token => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text}`);
  return t;
};

describe('taggers', () => {
  it('place every word and sentence where the full parse does, whichever tagger tags them', () => {
    const full = parseArticle(TEXT);
    for (const tagger of TAGGERS) {
      const parsed = parseArticle(TEXT, { tagger });
      expect(parsed.tokens.map((t) => [t.text, t.start, t.end, t.pre, t.post, t.sentence])).toEqual(
        full.tokens.map((t) => [t.text, t.start, t.end, t.pre, t.post, t.sentence]));
      expect(parsed.sentences).toEqual(full.sentences);
    }
  });

  it('fast: tags words from compromise\'s lexicon, case and word shape', () => {
    const { tokens } = parseArticle(TEXT, { tagger: 'fast' });
    const has = (text: string, tag: string): boolean => tokenAt(tokens, text).tags.has(tag);
    expect(has('Gen', 'Abbreviation')).toBe(true);
    expect(has('Maria', 'FirstName')).toBe(true);
    expect(has('Maria', 'Person')).toBe(true); // a parent tag, filled in
    expect(has('said', 'PastTense')).toBe(true);
    expect(has('said', 'Verb')).toBe(true);
    expect(has('Tuesday', 'WeekDay')).toBe(true);
    expect(has('Paris', 'City')).toBe(true);
    expect(has('NATO', 'Acronym')).toBe(true);
    expect(has('the', 'Determiner')).toBe(true);
    expect(has('Officials', 'Plural')).toBe(true);
    expect(has('well', 'Hyphenated') && has('known', 'Hyphenated')).toBe(true);
  });

  it('fast: an organization word or a place word makes the name before it one', () => {
    const { tokens } = parseArticle(TEXT, { tagger: 'fast' });
    expect(tokenAt(tokens, 'Acme').tags.has('Organization')).toBe(true);
    expect(tokenAt(tokens, 'Bank').tags.has('Organization')).toBe(true);
    expect(tokenAt(tokens, 'Wandle').tags.has('Place')).toBe(true);
    expect(tokenAt(tokens, 'Wandle').tags.has('ProperNoun')).toBe(true);
  });

  it('gives the same entities on a plain news article with every tagger', () => {
    const text = readFileSync(path.join(ROOT, fixture('news', 'bank-jobs.txt')), 'utf8');
    const names = (tagger: (typeof TAGGERS)[number]): string[][] => {
      const r = extract(text, { tagger });
      return [r.people, r.countries, r.dates].map((list) => (list ?? []).map((e) => e.name));
    };
    const full = names('full');
    expect(full.flat().length).toBeGreaterThan(3);
    for (const tagger of TAGGERS) expect(names(tagger)).toEqual(full);
  });

  it('refuses a tagger it does not have, in the library and on the command line', () => {
    expect(() => extract('text', { tagger: 'quick' as 'fast' })).toThrow(/options\.tagger must be one of full, pre, fast/u);
    const bad = cli(['--tagger', 'quick'], 'Text.');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--tagger/u);
    const ok = cli(['--tagger', 'fast', '--format', 'json', '--types', 'people'], 'Maria Lopez, the mayor, spoke in Lima.');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).people.map((p: { name: string }) => p.name)).toEqual(['Maria Lopez']);
  });
});
