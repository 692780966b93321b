import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/article.js';
import { findNames } from '../src/extract/names.js';
import type { CountryEntity, Entity } from '../src/types.js';

const run = (text: string, countries: CountryEntity[] = []) => findNames(parseArticle(text), { countries, dates: [] });

/** Every mention of every entity, as "name|text@start", after checking its offsets against the input. */
function flat(text: string, entities: Entity[]): string[] {
  return entities.flatMap((e) =>
    e.mentions.map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return `${e.name}|${m.text}@${m.start}`;
    }),
  );
}

describe('findNames: people, organizations, places in one sentence', () => {
  it.each([
    {
      text: 'Joy Sakurai, the deputy chief of mission at the U.S. Embassy in Seoul, spoke.',
      people: ['Joy Sakurai|Joy Sakurai@0'],
      organizations: ['U.S. Embassy in Seoul|U.S. Embassy in Seoul@48'],
      places: ['Seoul|Seoul@64'],
    },
    {
      text: 'The seminar was hosted by the Institute for Global Strategy and Cooperation on Friday.',
      people: [],
      organizations: ['Institute for Global Strategy and Cooperation|Institute for Global Strategy and Cooperation@30'],
      places: [],
    },
    {
      // Titles are not part of the name; the speech verb after it confirms a person.
      text: 'Prime Minister Ryutaro Hashimoto said the talks went well.',
      people: ['Ryutaro Hashimoto|Ryutaro Hashimoto@15'],
      organizations: [],
      places: [],
    },
    {
      text: 'Mr. Bill Clinton met analysts at Acme Corp. in Chicago.',
      people: ['Bill Clinton|Bill Clinton@4'],
      organizations: ['Acme Corp.|Acme Corp.@33'],
      places: ['Chicago|Chicago@47'],
    },
    {
      text: 'Officials at the Bank of England declined to comment.',
      people: [],
      organizations: ['Bank of England|Bank of England@17'],
      places: [],
    },
    {
      // A possessive is not part of the mention.
      text: "Greg Norman's caddie arrived in London.",
      people: ["Greg Norman|Greg Norman@0"],
      organizations: [],
      places: ['London|London@32'],
    },
  ])('$text', ({ text, people, organizations, places }) => {
    const r = run(text);
    expect(flat(text, r.people)).toEqual(people);
    expect(flat(text, r.organizations)).toEqual(organizations);
    expect(flat(text, r.places)).toEqual(places);
  });
});

describe('findNames: a lone surname is filed under the full name', () => {
  it.each([
    {
      text: 'Joy Sakurai spoke first. Later, Sakurai pointed out the early successes. Mibae agreed with Sakurai.',
      name: 'Joy Sakurai',
      mentions: ['Joy Sakurai@0', 'Sakurai@32', 'Sakurai@91'],
    },
    {
      // The surname may come first (a lead sentence) and start a sentence.
      text: 'Sakurai was upbeat. Deputy chief of mission Joy Sakurai told reporters the system works.',
      name: 'Joy Sakurai',
      mentions: ['Sakurai@0', 'Joy Sakurai@44'],
    },
  ])('$name', ({ text, name, mentions }) => {
    const r = run(text);
    const person = r.people.find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person!.roles).toEqual([]);
    expect(flat(text, [person!]).map((s) => s.split('|')[1])).toEqual(mentions);
  });
});

describe('findNames: lines in capitals and datelines', () => {
  it.each([
    {
      // Headline words are only names the body establishes; the dateline city is a place.
      text: 'TENNIS - NORMAN WINS IN LONDON.\nLONDON 1996-08-30\nGreg Norman won the title in London on Friday.\n',
      people: ['Greg Norman|NORMAN@9', 'Greg Norman|Greg Norman@50'],
      places: ['London|LONDON@24', 'London|LONDON@32', 'London|London@79'],
    },
  ])('$text', ({ text, people, places }) => {
    const r = run(text);
    expect(flat(text, r.people)).toEqual(people);
    expect(flat(text, r.places)).toEqual(places);
  });
});

describe('findNames: countries are their own kind', () => {
  it('skips a span that a found country mention covers, keeps an organization that contains one', () => {
    const text = 'Officials from Japan met at the Japanese Embassy in Seoul.';
    const japan: CountryEntity = { name: 'Japan', code: 'JP', mentions: [{ text: 'Japan', start: 15, end: 20 }] };
    const r = run(text, [japan]);
    expect(flat(text, r.places)).toEqual(['Seoul|Seoul@52']);
    expect(flat(text, r.organizations)).toEqual(['Japanese Embassy in Seoul|Japanese Embassy in Seoul@32']);
  });
});

describe('findNames: match reports, tables and what is not a name', () => {
  it.each([
    {
      // Sports vocabulary makes a county beating another a team, not a place.
      text: 'Leicestershire beat Somerset in the cricket match, taking the title and the championship with 22 points.',
      people: [],
      organizations: ['Leicestershire|Leicestershire@0', 'Somerset|Somerset@20'],
      places: [],
    },
    {
      // compromise ends a sentence after the initial; the name goes on ("C. Lewis").
      text: 'Surrey 429-7 (C. Lewis 80 not out, M. Butcher 70).',
      people: ['C. Lewis|C. Lewis@14', 'M. Butcher|M. Butcher@35'],
      organizations: ['Surrey|Surrey@0'],
      places: [],
    },
    {
      // A standings table in capitals: known city names followed by figures are the teams.
      text: 'STANDINGS\nDETROIT 72 58\nLOS ANGELES 70 60\nThe goal, the match, the league title and the points.\n',
      people: [],
      organizations: ['DETROIT|DETROIT@10', 'LOS ANGELES|LOS ANGELES@24'],
      places: [],
    },
    { text: 'Attendance: 20,000', people: [], organizations: [], places: [] },
    { text: 'Turkish troops entered the town on Monday.', people: [], organizations: [], places: [] },
    {
      // Cue words around an otherwise unknown name: "news agency X", "X shares".
      text: 'The news agency Interfax reported the deal, and Acme shares rose.',
      people: [],
      organizations: ['Interfax|Interfax@16', 'Acme|Acme@48'],
      places: [],
    },
    {
      // Regions named with a compass word; nationality words are not places.
      text: 'Peace talks in the Middle East resumed, Russian officials said.',
      people: [],
      organizations: [],
      places: ['Middle East|Middle East@19'],
    },
  ])('$text', ({ text, people, organizations, places }) => {
    const r = run(text);
    expect(flat(text, r.people)).toEqual(people);
    expect(flat(text, r.organizations)).toEqual(organizations);
    expect(flat(text, r.places)).toEqual(places);
  });
});
