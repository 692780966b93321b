import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { settlePersonNames, withoutTitle } from '../src/link/personNames.js';
import type { PersonEntity } from '../src/types.js';

const mention = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('withoutTitle: a person mention is the name only', () => {
  it.each([
    ['Air Force Lieutenant Colonel Eileen Marsh', 'Eileen Marsh'],
    ['U.S. Surgeon General David Wendling', 'David Wendling'],
    ["Cook County State's Attorney Jane Doe", 'Jane Doe'],
    ['Chief Superintendent Al Brennick', 'Al Brennick'],
    ['Messrs. Kessler', 'Kessler'],
    ['Presidents Leonid Kuchma', 'Leonid Kuchma'],
  ])('%j -> %j', (text, name) => {
    const m = withoutTitle(mention(text, 10));
    expect(m.text).toBe(name);
    expect(m.start).toBe(10 + text.indexOf(name));
    expect(m.end).toBe(10 + text.length);
  });

  it.each([
    'Martin Luther King', // a title word ending the name is the name's
    'Dean Marlow', // a given name that is also a title word
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
      person('James Charles Talbot', ['James Charles Talbot', 0], ['Talbot', 40]),
      person('Margalit Ben-Ami', ['Margalit Ben-Ami', 60]),
      person('James Talbot', ['James Talbot', 100], ['Talbot', 140]),
      person('Ben-Ami', ['Ben-Ami', 160]),
      person('Diane Colfax', ['Diane Colfax', 200]),
      person('Diane', ['Diane', 240]),
    ]);
    expect(names(out)).toEqual([
      ['James Charles Talbot', [0, 40, 100, 140]],
      ['Margalit Ben-Ami', [60, 160]],
      ['Diane Colfax', [200, 240]],
    ]);
  });

  it('merges a titled form into the plain one', () => {
    const out = settlePersonNames([
      person('Force Lieutenant Colonel Eileen Marsh', ['Force Lieutenant Colonel Eileen Marsh', 4], ['Marsh', 90]),
      person('Eileen Marsh', ['Eileen Marsh', 300]),
    ]);
    expect(names(out)).toEqual([['Eileen Marsh', [29, 90, 300]]]);
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
    ['The agency has taken a leap. Air Force Lieutenant Colonel Eileen Marsh will be named commander of the shuttle. '
      + 'Colonel Marsh has flown twice.', 'Eileen Marsh', ['Eileen Marsh', 'Marsh']],
    ['U.S. Surgeon General David Wendling on Wednesday led a team of doctors. Wendling said the clinics were full.',
      'David Wendling', ['David Wendling', 'Wendling']],
  ])('lists a name written after its title, and its short forms, under the person in %j', (text, name, forms) => {
    const out = extract(text);
    expect(out.people!.map((p) => p.name)).toEqual([name]);
    expect(out.people![0]!.mentions.map((m) => m.text)).toEqual(forms);
    for (const m of out.people![0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out.roles!.every((r) => r.person === name)).toBe(true);
  });

  it('keeps an initial that opens the first line after a header', () => {
    const out = extract('date 1989-10-26\n\nH. Marshall Kessler was named chairman. Mr. Kessler, 52, will succeed him.\n');
    expect(out.people!.map((p) => [p.name, p.mentions.length])).toEqual([['H. Marshall Kessler', 2]]);
  });
});
