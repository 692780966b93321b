import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { settlePersonNames, withoutTitle } from '../src/link/personNames.js';
import type { PersonEntity } from '../src/types.js';

const mention = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('withoutTitle: a person mention is the name only', () => {
  it.each([
    ['Air Force Lieutenant Colonel Eileen Collins', 'Eileen Collins'],
    ['U.S. Surgeon General David Satcher', 'David Satcher'],
    ["Cook County State's Attorney Jane Doe", 'Jane Doe'],
    ['Chief Superintendent Al McHugh', 'Al McHugh'],
    ['Messrs. Schwarz', 'Schwarz'],
    ['Presidents Leonid Kuchma', 'Leonid Kuchma'],
  ])('%j -> %j', (text, name) => {
    const m = withoutTitle(mention(text, 10));
    expect(m.text).toBe(name);
    expect(m.start).toBe(10 + text.indexOf(name));
    expect(m.end).toBe(10 + text.length);
  });

  it.each([
    'Martin Luther King', // a title word ending the name is the name's
    'Dean Jones', // a given name that is also a title word
    'Martin Luther King Jr.',
    'Jane Doe',
  ])('keeps %j', (text) => {
    expect(withoutTitle(mention(text)).text).toBe(text);
  });
});

describe('settlePersonNames: short forms under the fullest name', () => {
  const person = (name: string, ...forms: [string, number][]): PersonEntity => ({
    name, roles: [], mentions: forms.map(([t, s]) => mention(t, s)),
  });
  const names = (people: PersonEntity[]) => people.map((p) => [p.name, p.mentions.map((m) => m.start)]);

  it('files a form with fewer middle words, a lone surname and a lone given name under the one full name', () => {
    const out = settlePersonNames([
      person('James Charles Kopp', ['James Charles Kopp', 0], ['Kopp', 40]),
      person('Margalit Har-Shefi', ['Margalit Har-Shefi', 60]),
      person('James Kopp', ['James Kopp', 100], ['Kopp', 140]),
      person('Har-Shefi', ['Har-Shefi', 160]),
      person('Diane Sawyer', ['Diane Sawyer', 200]),
      person('Diane', ['Diane', 240]),
    ]);
    expect(names(out)).toEqual([
      ['James Charles Kopp', [0, 40, 100, 140]],
      ['Margalit Har-Shefi', [60, 160]],
      ['Diane Sawyer', [200, 240]],
    ]);
  });

  it('merges a titled form into the plain one', () => {
    const out = settlePersonNames([
      person('Force Lieutenant Colonel Eileen Collins', ['Force Lieutenant Colonel Eileen Collins', 4], ['Collins', 90]),
      person('Eileen Collins', ['Eileen Collins', 300]),
    ]);
    expect(names(out)).toEqual([['Eileen Collins', [29, 90, 300]]]);
  });

  it('leaves a short form two people could have alone', () => {
    const out = settlePersonNames([
      person('George Bush', ['George Bush', 0]),
      person('Laura Bush', ['Laura Bush', 20]),
      person('Bush', ['Bush', 40]),
    ]);
    expect(names(out)).toEqual([['George Bush', [0]], ['Laura Bush', [20]], ['Bush', [40]]]);
  });
});

describe('people through extract()', () => {
  it.each([
    ['The agency has taken a leap. Air Force Lieutenant Colonel Eileen Collins will be named commander of the shuttle. '
      + 'Colonel Collins has flown twice.', 'Eileen Collins', ['Eileen Collins', 'Collins']],
    ['U.S. Surgeon General David Satcher on Wednesday led a team of doctors. Satcher said the clinics were full.',
      'David Satcher', ['David Satcher', 'Satcher']],
  ])('lists a name written after its title, and its short forms, under the person in %j', (text, name, forms) => {
    const out = extract(text);
    expect(out.people!.map((p) => p.name)).toEqual([name]);
    expect(out.people![0]!.mentions.map((m) => m.text)).toEqual(forms);
    for (const m of out.people![0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out.roles!.every((r) => r.person === name)).toBe(true);
  });

  it('keeps an initial that opens the first line after a header', () => {
    const out = extract('date 1989-10-26\n\nH. Marshall Schwarz was named chairman. Mr. Schwarz, 52, will succeed him.\n');
    expect(out.people!.map((p) => [p.name, p.mentions.length])).toEqual([['H. Marshall Schwarz', 2]]);
  });
});
