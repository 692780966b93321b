import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

describe('an entity is named by its fullest form', () => {
  it('prefers ordinary case to a dateline or headline in capitals when both are as long', () => {
    const text = 'BRUSSELS (AP) - Ministers met on Monday.\n\nThe talks in Brussels ended late.';
    const out = extract(text, { types: ['places'] });
    expect(out.places!.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Brussels', ['BRUSSELS', 'Brussels']]]);
  });

  it('keeps a longer form over a shorter one whatever its case', () => {
    const text = 'Joy Sakurai spoke first. Later, Sakurai took questions.';
    expect(extract(text, { types: ['people'] }).people!.map((p) => p.name)).toEqual(['Joy Sakurai']);
  });
});
