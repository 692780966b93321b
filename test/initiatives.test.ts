import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/article.js';
import { findInitiatives } from '../src/extract/initiatives.js';
import type { CountryEntity, Entity, Mention } from '../src/types.js';

function mentionsOf(text: string, needle: string): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ text: needle, start: i, end: i + needle.length });
  }
  return out;
}

interface Given {
  countries?: [string, string[]][];
  orgs?: string[];
  people?: string[];
}

function run(text: string, given: Given = {}): Entity[] {
  const article = parseArticle(text);
  const countries: CountryEntity[] = (given.countries ?? []).map(([name, forms]) => ({
    name, code: 'XX', mentions: forms.flatMap((f) => mentionsOf(text, f)).sort((a, b) => a.start - b.start),
  }));
  const organizations = (given.orgs ?? []).map((o) => ({ name: o, mentions: mentionsOf(text, o) }));
  const people = (given.people ?? []).map((p) => ({ name: p, roles: [], mentions: mentionsOf(text, p) }));
  const found = findInitiatives(article, { countries, organizations, people, places: [] });
  for (const e of found) for (const m of e.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  return found;
}

const NK: Given = { countries: [['North Korea', ['North Korean']], ['United States', ['U.S.']]] };

// sentence, earlier stages' entities, expected initiative mention texts in order
const found: [string, Given, string[]][] = [
  ['Officials praised the newly implemented ballistic missile early warning information system, which went online in May.',
    {}, ['ballistic missile early warning information system']],
  ['The recent launch of a real-time trilateral system for sharing North Korean missile warning data is a step forward.',
    NK, ['real-time trilateral system for sharing North Korean missile warning data']],
  ["China's Belt and Road Initiative has funded ports across Asia.", { countries: [['China', ['China']]] },
    ['Belt and Road Initiative']],
  ['Nearly 200 countries signed the Paris Agreement in 2015.', {}, ['Paris Agreement']],
  ['Ministers gathered in Bonn for the Paris Agreement talks.', {}, ['Paris Agreement']],
  ['Forty nations signed a climate finance pledge on Monday.', {}, ['climate finance pledge']],
  ['Historians still debate the Marshall Plan and its effect on Europe.', {}, ['Marshall Plan']],
  ['Moscow suspended its participation in the New START treaty last year.', {}, ['New START treaty']],
  ['The Treaty of Rome created the European Economic Community.', { orgs: ['European Economic Community'] }, ['Treaty of Rome']],
  ['Congress passed the Clean Air Act after a long fight.', {}, ['Clean Air Act']],
  ["Kiev joined NATO's Partnership for Peace program in 1994.", { orgs: ['NATO'] }, ['Partnership for Peace program']],
  ['He was charged under the Freedom of Access to Clinic Entrances Act.', {}, ['Freedom of Access to Clinic Entrances Act']],
  ['The two governments signed a free trade agreement on Friday.', {}, ['free trade agreement']],
  ['Ministers approved a national vaccination campaign for children under five.', {}, ['national vaccination campaign']],
  ['The bank unveiled a debt relief programme for small farmers.', {}, ['debt relief programme']],
  ['The two countries signed a security pact in Canberra.', {}, ['security pact']],
  ['Tehran wants to revive the Iran nuclear deal.', { countries: [['Iran', ['Iran', 'Tehran']]] }, ['Iran nuclear deal']],
  ['The Authority was set up under the 1993 PLO-Israel interim peace deal.', { countries: [['Israel', ['Israel']]], orgs: ['PLO'] },
    ['interim peace deal']],
  ['India opposes a global nuclear test ban treaty.', {}, ['global nuclear test ban treaty']],
  ['The leaders agreed on a joint framework for sharing satellite data.', {}, ['framework for sharing satellite data']],
  // A name that goes on to a later capitalised head is one name, not the first head's.
  ['Leaders proposed a Clean Deal Industrial Plan in response.', {}, ['Clean Deal Industrial Plan']],
  ['The Farm Deal Support Program was cut.', {}, ['Farm Deal Support Program']],
  // A head that states a purpose takes its "to + verb" tail.
  ['Leaders endorsed a plan to triple renewable energy capacity by 2030.', {}, ['plan to triple renewable energy capacity']],
  ['The commission unveiled a fund to support battery makers.', {}, ['fund to support battery makers']],
  ['They launched a campaign to vaccinate children against polio.', {}, ['campaign to vaccinate children']],
  ['The council extended its peacekeeping mission for a year.', {}, ['peacekeeping mission']],
  ['Exporters backed the Open Skies Treaty Review Program.', {}, ['Open Skies Treaty Review Program']],
  ['She praised the Paris Agreement, Plan B and the rest.', {}, ['Paris Agreement']],
];

const none: [string, Given][] = [
  ['The system crashed twice on Monday.', {}],
  ['She said she had a plan.', {}],
  ['This initiative reflects their commitment.', {}],
  ['Talks on the deal stalled again.', {}],
  ['The immune system fights infections.', {}],
  ['Plan ahead: the roads will be busy.', {}],
  ['He signed a two-year deal with the club.', {}],
  ['The agreement was welcomed by both sides.', {}],
  ['The International Monetary Fund cut its forecast.', { orgs: ['International Monetary Fund'] }],
  ['The U.S. plan was rejected.', { countries: [['United States', ['U.S.']]] }],
  ['Syria accused Israel of launching a hysterical campaign against it.', {}],
  ['The health care system is overwhelmed.', {}],
  ['Our foreign policy has not changed.', {}],
  ['Rebels rejected a 10-point peace plan.', {}],
  ['She addressed the Democratic convention on Tuesday.', {}],
  // A purpose tail needs a verb with an object; a head word used as a verb heads nothing.
  ['Harbor Crest Limited Partnership bought the stake.', {}], // a legal form of company
  ['He has no plans to resign.', {}],
  ['It was part of a plan to kill him.', {}],
  ['The hedge fund plans to sell its stake.', {}],
  ['The state oil company plans a new tax.', {}],
  ['A pension fund bought the shares.', {}],
  ['The deputy chief of mission spoke.', {}],
];

describe('findInitiatives', () => {
  it.each(found)('finds the initiative in %j', (text, given, expected) => {
    expect(run(text, given).map((e) => e.mentions[0]!.text)).toEqual(expected);
  });

  it.each(none)('finds no initiative in %j', (text, given) => {
    expect(run(text, given)).toEqual([]);
  });

  it('names an initiative by the acronym given in brackets after it', () => {
    const text = 'Canada joined the North American Free Trade Agreement (NAFTA) in 1994. NAFTA was renegotiated later.';
    const out = run(text);
    expect(out.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['North American Free Trade Agreement', ['North American Free Trade Agreement', 'NAFTA', 'NAFTA']]]);
  });

  it('groups repeated mentions of one initiative, whatever the case', () => {
    const text = 'The Paris Agreement took effect in 2016. Critics of the Paris Agreement were loud.';
    const out = run(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.mentions.map((m) => m.start)).toEqual([4, 56]);
  });
});

describe('initiatives through extract()', () => {
  it('finds both shapes with the earlier stages as they are', async () => {
    const { extract } = await import('../src/extract.js');
    const text = 'The recent launch of a real-time trilateral system for sharing North Korean missile warning data followed talks on the Belt and Road Initiative.';
    expect(extract(text).initiatives!.map((e) => e.name)).toEqual([
      'real-time trilateral system for sharing North Korean missile warning data', 'Belt and Road Initiative']);
  });

  it.each([
    ['Delegates in Geneva praised the Lisbon Agreement on fisheries.', 'Lisbon Agreement'],
    ['Forty nations have joined the Coral Reef Pledge since March.', 'Coral Reef Pledge'],
    ['Norway will fund the Green Shipping Partnership with Chile.', 'Green Shipping Partnership'],
    ['The Rural Broadband Expansion Act has drawn criticism.', 'Rural Broadband Expansion Act'],
    // A capitalised "Act" claims the name from the person and organization finders.
    ['The Inflation Reduction Act has drawn criticism.', 'Inflation Reduction Act'],
    ['The Chips Investment Act has drawn criticism.', 'Chips Investment Act'],
  ])('a named initiative owns the words of its name: %j', async (text, name) => {
    const { extract } = await import('../src/extract.js');
    const r = extract(text);
    expect(r.initiatives!.map((e) => e.name)).toContain(name);
    const start = text.indexOf(name);
    for (const kind of ['people', 'organizations', 'places'] as const) {
      for (const e of r[kind]!) for (const m of e.mentions) expect(m.start >= start && m.end <= start + name.length, `${kind} ${m.text}`).toBe(false);
    }
  });
});
