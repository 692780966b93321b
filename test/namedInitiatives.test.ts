import { describe, expect, it } from 'vitest';
import { yieldNamesToInitiatives } from '../src/link/namedInitiatives.js';
import type { Entity } from '../src/types.js';

const entity = (text: string, name: string, ...starts: number[]): Entity => ({
  name,
  mentions: starts.map((start) => ({ text: text.slice(start, start + name.length), start, end: start + name.length })),
});

describe('names yield to initiatives written as names', () => {
  const text = 'The Acme Plan was signed by Beta Corp on Monday. Acme shares rose.';
  const acme = entity(text, 'Acme', 4, 49);
  const beta = entity(text, 'Beta Corp', 28);
  const plan: Entity = { name: 'Acme Plan', mentions: [{ text: 'Acme Plan', start: 4, end: 13 }] };

  it('drops the mentions inside the initiative and keeps each list in first-mention order', () => {
    const out = yieldNamesToInitiatives({ people: [], organizations: [acme, beta], places: [] }, [plan]);
    // "Acme" now starts at 49, after "Beta Corp" (28): the list follows the mentions left.
    expect(out.organizations.map((e) => [e.name, e.mentions.map((m) => m.start)])).toEqual([['Beta Corp', [28]], ['Acme', [49]]]);
  });

  it('keeps names inside a description ("offer for Beta Corp")', () => {
    const offer: Entity = { name: 'offer for Beta Corp', mentions: [{ text: 'offer for Beta Corp', start: 18, end: 37 }] };
    const out = yieldNamesToInitiatives({ people: [], organizations: [acme, beta], places: [] }, [offer]);
    expect(out.organizations.map((e) => e.name)).toEqual(['Acme', 'Beta Corp']);
  });
});
