import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { Kind } from '../src/types.js';

const TEXT = 'SEOUL 2024-03-20\nSheriff Tom Brandt said on Monday the road was closed. Brandt told Reuters. Washington said it '
  + 'would help. Joy Sakurai, the deputy chief of mission at the U.S. Embassy in Seoul, met Japanese diplomats.\n';

describe('--explain: why each mention got its kind', () => {
  const result = extract(TEXT, { explain: true });
  const why = (kind: Kind, text: string): string | undefined =>
    (result[kind] ?? []).flatMap((e) => e.mentions).find((m) => m.text === text)?.why;

  it.each<[Kind, string, string]>([
    ['people', 'Tom Brandt', 'person: a title or honorific before the name'],
    ['people', 'Brandt', 'person: the surname of Tom Brandt'],
    ['organizations', 'Reuters', 'organization: a lone unknown word a statement is given to'],
    ['places', 'SEOUL', 'place: the dateline'],
    ['roles', 'Sheriff', 'role: a title before the name'],
    ['roles', 'deputy chief of mission', 'role: an apposition or predicate after the name'],
    ['countries', 'Washington', 'country: a capital standing for its government'],
    ['countries', 'Japanese', 'country: its demonym'],
    ['countries', 'U.S.', 'country: its name'],
  ])('%s "%s": %s', (kind, text, reason) => {
    expect(why(kind, text)).toContain(reason);
  });

  it('is left out without --explain', () => {
    const plain = extract(TEXT);
    for (const kind of ['people', 'organizations', 'places', 'roles', 'countries'] as const) {
      for (const e of plain[kind] ?? []) for (const m of e.mentions) expect(m.why).toBeUndefined();
    }
  });
});
