import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedLists, unreadKeys } from '../src/data.js';
import { extract } from '../src/index.js';
import { ROOT } from './helpers.js';

/** Every JSON file under src/: all of them are word lists. */
function wordLists(dir = path.join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? wordLists(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []);
}

describe('word lists', () => {
  // Loading every extractor and running each over the fixture articles reads every list that is used (some rules
  // read theirs only when they match).
  const files = ['seoul-trilateral.txt', ...['news', 'articles'].flatMap((d) => readdirSync(path.join(ROOT, 'fixtures', d))
    .map((f) => path.join(d, f)))];
  const articles = readFileSync(path.join(ROOT, 'fixtures', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // A rule no fixture reaches: "the third quarter" reads the ordinals.
  const more = ['Profit rose 5% in the third quarter of 1996, the company said on Friday.'];
  for (const text of [...files.map((f) => readFileSync(path.join(ROOT, 'fixtures', f), 'utf8')), ...articles, ...more]) extract(text);

  it('every word-list file is loaded by some module', () => {
    expect(wordLists().filter((f) => !loadedLists().includes(f))).toEqual([]);
  });

  it('every key of every word-list file is read: a list nothing reads would silently do nothing', () => {
    expect(unreadKeys()).toEqual([]);
  });
});

describe('one title vocabulary for the name finder and the roles extractor', () => {
  // "sheriff", "superintendent" and "treasurer" are listed only in src/vocab/titles.json (offices).
  it.each([
    ['Sheriff Tom Brandt said on Monday the road was closed.', 'Tom Brandt', 'sheriff'],
    ['Chief Superintendent Al Brennick said the bomb was found on Sunday.', 'Al Brennick', 'chief superintendent'],
    ['Treasurer Ann Lowe told reporters the budget was balanced.', 'Ann Lowe', 'treasurer'],
  ])('%s', (text, person, title) => {
    const r = extract(text, { types: ['people', 'roles'] });
    expect(r.people?.map((p) => p.name)).toEqual([person]);
    expect(r.roles?.map((x) => [x.title, x.person])).toEqual([[title, person]]);
  });
});
