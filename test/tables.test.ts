import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Entity } from '../src/types.js';

// Tables and lists read by their shape (src/extract/names/tables.ts, sportsCues.ts): results lines, venues,
// scorer lists, standings. Sentences of our own; names made up or general.

interface Want { people?: string[]; organizations?: string[]; places?: string[] }
type Row = [what: string, text: string, want: Want];

/** Every mention of every entity, as "text@start", after checking its offsets against the input. */
const flat = (text: string, entities: Entity[]): string[] => entities.flatMap((e) => e.mentions.map((m) => {
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return `${m.text}@${m.start}`;
}));

const check = (_what: string, text: string, want: Want): void => {
  const r = extract(text);
  if (want.people) expect(flat(text, r.people ?? [])).toEqual(want.people);
  if (want.organizations) expect(flat(text, r.organizations ?? [])).toEqual(want.organizations);
  if (want.places) expect(flat(text, r.places ?? [])).toEqual(want.places);
};

const CRICKET = 'CRICKET - COUNTY SCORES.\nClose of play scores in the county championship on Friday:\n';
const SOCCER = 'SOCCER - CUP RESULTS.\nResults of cup matches on Thursday:\n';

describe('tables: a results line opens with its venue', () => {
  it.each<Row>([
    ['a venue before a team and its score', `${CRICKET}Darrowby: Kent 220 (J. Marle 54), Essex 105-3.\n`,
      { places: ['Darrowby@84'], organizations: ['Kent@94', 'Essex@118'] }],
    ['a venue before a team and a match verb', `${CRICKET}Larkford: Kent beat Essex by an innings and 12 runs.\n`,
      { places: ['Larkford@84'] }],
    ['"In" before the venue, which is also the home club\'s name', `${SOCCER}In Drava: Drava (Slovenia) 2 Kelso Rovers (Malta) 1\n`,
      { places: ['Drava@61'], organizations: ['Drava@68', 'Kelso Rovers@87'] }],
    ['the venue alone on its line, the result on the next', `${SOCCER}In Kovar:\nKovar United (Malta) 1 Drava (Slovenia) 0\n`,
      { places: ['Kovar@61'] }],
    ['a results page\'s labels are no venue', `${SOCCER}Postponed: Tolsey v Brindle\nPenalties: Dravik 2.\n`,
      { places: [] }],
  ])('%s', check);
});

describe('one word, no cue: a town of the gazetteer is a place', () => {
  it.each<Row>([
    ['a town compromise does not know, with no preposition', 'Relief convoys reached Kaduna and Morelia on Monday, officials said.\n',
      { places: ['Kaduna@23', 'Morelia@34'], organizations: [], people: [] }],
    ['a state that is no country today is a place', 'The minister will visit Yugoslavia in May. The Soviet Union broke up in 1991.\n',
      { places: ['Yugoslavia@24', 'Soviet Union@47'], organizations: [] }],
    ['a town whose name opens a company named in the article is the company', 'Trujillo Resources Ltd said on Monday its offer had lapsed. Trujillo shares fell 5 percent.\n',
      { places: [] }],
  ])('%s', check);
});

describe('one word, no cue: a first name used alone is the person named in full earlier', () => {
  it.each<Row>([
    ['the first name alone, in a match report', 'SQUASH - FINAL.\nTop seed Jansek Kharal won the title on Sunday. Kharal beat the Australian in four games, and Jansek said he was tired.\n',
      { people: ['Jansek Kharal@25', 'Kharal@64', 'Jansek@110'] }],
  ])('%s', check);
});

describe('a place takes a capitalised "The" inside a sentence', () => {
  it.each<Row>([
    ['after a word of the sentence', 'Harlan Voss made a century at The Mardyke on Friday, and rain stopped play at Larkford Park.\n',
      { places: ['The Mardyke@30', 'Larkford Park@78'] }],
    ['not where "The" opens a list item', 'MARKETS:\n** The Sao Paulo index rose 2.6 points on Monday.\n',
      { places: ['Sao Paulo@16'] }],
  ])('%s', check);
});

describe('lists: a surname wrapped onto the next line', () => {
  it.each<Row>([
    ['a surname that is also a common word, after its given name on the line before', 'GOLF - LEADING SCORES.\nLeading scores after the first round on Thursday:\n66 Tom Baker, Ross Denby, Mike Tallis, Carl\nWood, Dan Morrow, Rob Stenner, Alan Pike, Neil Carver\n67 Tim Ogle\n',
      { people: ['Tom Baker@76', 'Ross Denby@87', 'Mike Tallis@99', 'Carl@112', 'Wood@117', 'Dan Morrow@123', 'Rob Stenner@135',
        'Alan Pike@148', 'Neil Carver@159', 'Tim Ogle@174'] }],
    ['not a word opening a line after a word that is no given name', 'The squad trained in Leeds,\nWood, nails and glue were sold.\n',
      { people: [] }],
  ])('%s', check);
});
