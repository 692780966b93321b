import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/article.js';
import { findRoles } from '../src/extract/roles.js';
import type { CountryEntity, Entity, Mention, PersonEntity } from '../src/types.js';

/** Every occurrence of `needle` in `text` as a mention (the hand-made output of the earlier stages). */
function mentionsOf(text: string, needle: string): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ text: needle, start: i, end: i + needle.length });
  }
  return out;
}

/** An entity named `name` with mentions of each written form ("Joy Sakurai", "Sakurai"), without overlaps. */
function entity(text: string, name: string, forms: string[] = [name]): Entity {
  const all = forms.flatMap((f) => mentionsOf(text, f)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return { name, mentions: kept };
}

interface Given {
  people?: (string | [string, string[]])[];
  orgs?: string[];
  /** Name, written forms, ISO code (default XX). */
  countries?: ([string, string[]] | [string, string[], string])[];
}

function run(text: string, given: Given) {
  const article = parseArticle(text);
  const people: PersonEntity[] = (given.people ?? []).map((p) => {
    const [name, forms] = typeof p === 'string' ? [p, [p]] : p;
    return { ...entity(text, name, forms), roles: [] };
  });
  const organizations = (given.orgs ?? []).map((o) => entity(text, o));
  const countries: CountryEntity[] = (given.countries ?? []).map(([name, forms, code]) => ({ ...entity(text, name, forms), code: code ?? 'XX' }));
  const roles = findRoles(article, { people, organizations, countries, places: [] });
  for (const r of roles) for (const m of r.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  return roles;
}

type Row = [string, Given, [string, string, string | null, string | null][]];

// sentence, earlier stages' entities, expected roles as [mention text, title, person, organization]
const linked: Row[] = [
  ['Joy Sakurai, the deputy chief of mission at the U.S. Embassy in Seoul, spoke on Tuesday.',
    { people: ['Joy Sakurai'], orgs: ['U.S. Embassy in Seoul'], countries: [['United States', ['U.S.']]] },
    [['deputy chief of mission', 'deputy chief of mission', 'Joy Sakurai', 'U.S. Embassy in Seoul']]],
  ['Anna Lindqvist and Taro Yamada, her counterpart at the Japanese Embassy, met reporters.',
    { people: ['Anna Lindqvist', 'Taro Yamada'], orgs: ['Japanese Embassy'] },
    [['counterpart', 'counterpart', 'Taro Yamada', 'Japanese Embassy']]],
  ['Foreign Minister Wang Yi arrived in Jakarta on Monday.',
    { people: ['Wang Yi'] },
    [['Foreign Minister', 'foreign minister', 'Wang Yi', null]]],
  ['Chinese Foreign Minister Wang Yi arrived in Jakarta on Monday.',
    { people: ['Wang Yi'], countries: [['China', ['Chinese']]] },
    [['Foreign Minister', 'foreign minister', 'Wang Yi', 'China']]],
  ['Meridian Freight posted a loss. Its chief executive, Lena Hart, said costs had doubled.',
    { people: ['Lena Hart'], orgs: ['Meridian Freight'] },
    [['chief executive', 'chief executive', 'Lena Hart', 'Meridian Freight']]],
  ['Their spokesman, Omar Haddad, declined to comment.',
    { people: ['Omar Haddad'] },
    [['spokesman', 'spokesman', 'Omar Haddad', null]]],
  ["Brazil's foreign ministry spokeswoman, Ana Costa, told reporters the talks had stalled.",
    { people: ['Ana Costa'], countries: [['Brazil', ['Brazil']]] },
    [['spokeswoman', 'spokeswoman', 'Ana Costa', 'Brazil']]],
  ['The finance ministry spokesman, Karl Weber, said the budget was balanced.',
    { people: ['Karl Weber'] },
    [['spokesman', 'spokesman', 'Karl Weber', null]]],
  ['Globex Corp. President Dana Whitfield opened the plant.',
    { people: ['Dana Whitfield'], orgs: ['Globex Corp.'] },
    [['President', 'president', 'Dana Whitfield', 'Globex Corp.']]],
  ['Apple CEO Tim Cook unveiled the new phone in Cupertino.',
    { people: ['Tim Cook'], orgs: ['Apple'] },
    [['CEO', 'CEO', 'Tim Cook', 'Apple']]],
  ["The talks were led by U.S. President Joe Biden and Japan's Prime Minister Fumio Kishida.",
    { people: ['Joe Biden', 'Fumio Kishida'], countries: [['United States', ['U.S.']], ['Japan', ['Japan']]] },
    [['President', 'president', 'Joe Biden', 'United States'], ['Prime Minister', 'prime minister', 'Fumio Kishida', 'Japan']]],
  ['Maria Gonzalez, who is the chairman of Northwind Holdings, declined to comment.',
    { people: ['Maria Gonzalez'], orgs: ['Northwind Holdings'] },
    [['chairman', 'chairman', 'Maria Gonzalez', 'Northwind Holdings']]],
  ["Shares fell after the company's chief executive, Peter Hall, resigned.",
    { people: ['Peter Hall'] },
    [['chief executive', 'chief executive', 'Peter Hall', null]]],
  ["\"We will not comment,\" said Laura Chen, Brightline's spokeswoman.",
    { people: ['Laura Chen'], orgs: ['Brightline'] },
    [['spokeswoman', 'spokeswoman', 'Laura Chen', 'Brightline']]],
  ['Mark Evans, the Secretary of State for Defence, visited the base.',
    { people: ['Mark Evans'] },
    [['Secretary of State for Defence', 'secretary of state for defence', 'Mark Evans', null]]],
  ['Lena Fischer, minister of defense, said the army would stay.',
    { people: ['Lena Fischer'] },
    [['minister of defense', 'minister of defense', 'Lena Fischer', null]]],
  ['Governor Kathy Moore signed the bill; Moore later thanked Mayor Tom Reyes.',
    { people: [['Kathy Moore', ['Kathy Moore', 'Moore']], 'Tom Reyes'] },
    [['Governor', 'governor', 'Kathy Moore', null], ['Mayor', 'mayor', 'Tom Reyes', null]]],
  ['David Okafor is the ambassador to Kenya.',
    { people: ['David Okafor'], countries: [['Kenya', ['Kenya']]] },
    [['ambassador', 'ambassador', 'David Okafor', 'Kenya']]],
  ['U.N. Secretary-General Antonio Guterres called for a ceasefire.',
    { people: ['Antonio Guterres'], orgs: ['U.N.'] },
    [['Secretary-General', 'secretary-general', 'Antonio Guterres', 'U.N.']]],
  ['Former president Bill Clinton spoke at the convention.',
    { people: ['Bill Clinton'] },
    [['president', 'president', 'Bill Clinton', null]]],
  ['Team captain Sara Lind scored twice, said coach Mike Berg.',
    { people: ['Sara Lind', 'Mike Berg'] },
    [['Team captain', 'team captain', 'Sara Lind', null], ['coach', 'coach', 'Mike Berg', null]]],
  ['John Smith, 52, the chief executive of Acme Corp, said profits rose.',
    { people: ['John Smith'], orgs: ['Acme Corp'] },
    [['chief executive', 'chief executive', 'John Smith', 'Acme Corp']]],
  ["Acme's chairman, Robert Lee, declined to comment.",
    { people: ['Robert Lee'], orgs: ['Acme'] },
    [['chairman', 'chairman', 'Robert Lee', 'Acme']]],
  ['Helen Park was appointed finance minister in the reshuffle.',
    { people: ['Helen Park'] },
    [['finance minister', 'finance minister', 'Helen Park', null]]],
  ["Alexei Petrov, the Kremlin's chief of staff, flew to Minsk.",
    { people: ['Alexei Petrov'], orgs: ['Kremlin'] },
    [['chief of staff', 'chief of staff', 'Alexei Petrov', 'Kremlin']]],
  ["Pavel Sokol, the president's political adviser, resigned.",
    { people: ['Pavel Sokol'] },
    [['political adviser', 'political adviser', 'Pavel Sokol', null]]],
  ["Ivan Horak, Novak's spokesman, denied the report.",
    { people: ['Ivan Horak', 'Novak'] },
    [['spokesman', 'spokesman', 'Ivan Horak', null]]],
  ["Novak's spokesman, Ivan Horak, denied the report.",
    { people: ['Ivan Horak', 'Novak'] },
    [['spokesman', 'spokesman', 'Ivan Horak', null]]],
  ['Apple CEO Tim Cook unveiled the phone.',
    { people: ['Apple CEO Tim Cook'] },
    [['CEO', 'CEO', 'Apple CEO Tim Cook', null]]],
  ['PRESIDENT CLINTON SIGNS WELFARE BILL.',
    { people: ['CLINTON'] },
    [['PRESIDENT', 'president', 'CLINTON', null]]],
  ['Secretary of State Antony Blinken flew to Tokyo.',
    { people: ['Antony Blinken'] },
    [['Secretary of State', 'secretary of state', 'Antony Blinken', null]]],
  ['Lt. Gen. Mark Hale took command of the division.',
    { people: ['Mark Hale'] },
    [['Lt. Gen.', 'lieutenant general', 'Mark Hale', null]]],
  ['Sen. Maria Cantwell questioned the nominee.',
    { people: ['Maria Cantwell'] },
    [['Sen.', 'senator', 'Maria Cantwell', null]]],
  ['Paul Lego, president and chief operating officer, said the sale was done.',
    { people: ['Paul Lego'] },
    [['president', 'president', 'Paul Lego', null], ['chief operating officer', 'chief operating officer', 'Paul Lego', null]]],
  ['Chairman and chief executive Anne Roy announced the merger.',
    { people: ['Anne Roy'] },
    [['Chairman', 'chairman', 'Anne Roy', null], ['chief executive', 'chief executive', 'Anne Roy', null]]],
  ['The Japanese foreign minister, Yoko Kamikawa, arrived on Sunday.',
    { people: ['Yoko Kamikawa'], countries: [['Japan', ['Japanese']]] },
    [['foreign minister', 'foreign minister', 'Yoko Kamikawa', 'Japan']]],
  ['Radek Nowak, currently the foreign minister of Poland, declined.',
    { people: ['Radek Nowak'], countries: [['Poland', ['Poland']]] },
    [['foreign minister', 'foreign minister', 'Radek Nowak', 'Poland']]],
  ['Omar Haddad was elected president of the Federation in 2019.',
    { people: ['Omar Haddad'], orgs: ['Federation'] },
    [['president', 'president', 'Omar Haddad', 'Federation']]],
  ['State Department spokesman Ned Price said the talks would go on.',
    { people: ['Ned Price'] },
    [['spokesman', 'spokesman', 'Ned Price', 'State Department']]],
  ['Former Ohio Gov. Tom Reed endorsed him.',
    { people: ['Tom Reed'] },
    [['Gov.', 'governor', 'Tom Reed', 'Ohio']]],
  ['King Abdullah of Jordan arrived in Washington on Monday.',
    { people: ['Abdullah'], countries: [['Jordan', ['Jordan']]] },
    [['King', 'king', 'Abdullah', 'Jordan']]],
  ['Li Wei, executive director of New York-based Open Lens, spoke.',
    { people: ['Li Wei'] },
    [['executive director', 'executive director', 'Li Wei', null]]],
];

const none: [string, Given][] = [
  // A title with no named holder is not a role (DESIGN.md), even an office plainly in use.
  ['The prime minister said the budget would pass.', {}],
  ["Japan's foreign minister said talks would resume.", { countries: [['Japan', ['Japan']]] }],
  ['The general election will be held in May.', {}],
  ['Our chief concern is the cost of the program.', {}],
  ['Ministers from ten countries met in Brussels.', {}],
  ['The coach left the station at noon.', {}],
  ['He was the head of the queue and she was a counterpart in spirit.', {}],
  ['Diplomats and officials discussed the deal.', {}],
  ['A president should listen to the people.', {}],
  ['A spokesman for the ministry declined to comment.', {}],
  ['The company named a new board on Monday.', {}],
  ['Dean Halloran scored twice for Galatasaray.', { people: ['Dean Halloran'] }],
  ['The Prime Minister\'s Office issued a statement.', { orgs: ["Prime Minister's Office"] }],
];

describe('findRoles', () => {
  it.each(linked)('links the title in %j', (text, given, expected) => {
    const roles = run(text, given);
    expect(roles.map((r) => [r.mentions[0]!.text, r.title, r.person, r.organization])).toEqual(expected);
    for (const r of roles) expect(r.name).toBe(r.title);
  });

  it.each(none)('finds no role in %j', (text, given) => {
    expect(run(text, given)).toEqual([]);
  });

  it('groups repeated mentions of one title, person and organization into one entity', () => {
    const text = 'Foreign Minister Wang Yi met Blinken. Later, Foreign Minister Wang Yi left.';
    const roles = run(text, { people: ['Wang Yi', 'Blinken'] });
    expect(roles).toHaveLength(1);
    expect(roles[0]!.mentions.map((m) => m.start)).toEqual([0, 45]);
  });
});

describe('roles through extract()', () => {
  it.each([
    ['Joy Sakurai, the deputy chief of mission at the U.S. Embassy in Seoul, and Taisuke Mibae, her counterpart at the Japanese Embassy, spoke.',
      [['deputy chief of mission', 'Joy Sakurai', 'U.S. Embassy in Seoul'], ['deputy chief of mission', 'Taisuke Mibae', 'Japanese Embassy']]],
  ])('links roles to the people the name finder found in %j', async (text, expected) => {
    const { extract } = await import('../src/extract.js');
    const out = extract(text);
    expect(out.roles!.map((r) => [r.title, r.person, r.organization])).toEqual(expected);
    expect(out.people!.find((p) => p.name === 'Joy Sakurai')!.roles).toEqual([{ title: 'deputy chief of mission', organization: 'U.S. Embassy in Seoul' }]);
  });
});

describe('a counterpart holds the office of the person the possessive points back to', () => {
  // sentence, earlier stages' entities, expected [name, title, person, organization] of the counterpart's role
  it.each<[string, Given, [string, string, string | null, string | null]]>([
    ['Nora Berg, the deputy chief of mission at the Swedish Embassy, and Kenji Oda, her counterpart at the Japanese Embassy, spoke.',
      { people: ['Nora Berg', 'Kenji Oda'], orgs: ['Swedish Embassy', 'Japanese Embassy'] },
      ['counterpart', 'deputy chief of mission', 'Kenji Oda', 'Japanese Embassy']],
    ['Trade Minister Ken Sato met his Australian counterpart, Dan Ferris, in Tokyo.',
      { people: ['Ken Sato', 'Dan Ferris'], countries: [['Australia', ['Australian']]] },
      ['counterpart', 'trade minister', 'Dan Ferris', 'Australia']],
    // The referent may sit in the previous sentence.
    ['Defense Secretary Mark Hale flew to Manila. He met his counterpart, Rosa Cruz, on Friday.',
      { people: ['Mark Hale', 'Rosa Cruz'] },
      ['counterpart', 'defense secretary', 'Rosa Cruz', null]],
    // No titled person before: the title stays as written.
    ['Anna Lindqvist and Taro Yamada, her counterpart at the Japanese Embassy, met reporters.',
      { people: ['Anna Lindqvist', 'Taro Yamada'], orgs: ['Japanese Embassy'] },
      ['counterpart', 'counterpart', 'Taro Yamada', 'Japanese Embassy']],
  ])('%j', (text, given, expected) => {
    const role = run(text, given).find((r) => r.name === 'counterpart')!;
    expect([role.name, role.title, role.person, role.organization]).toEqual(expected);
  });
});

describe('the organization named in the sentence or the one before (CONVENTIONS.md 8)', () => {
  // sentence, earlier stages' entities, expected [title, person, organization] of each role
  it.each<[string, Given, [string, string | null, string | null][]]>([
    // A state office takes the country, a company office the organization.
    ['Australia voted to become a republic. Prime Minister Ian Hale promised a referendum.',
      { people: ['Ian Hale'], countries: [['Australia', ['Australia']]] },
      [['prime minister', 'Ian Hale', 'Australia']]],
    ['Norland Mills is offering early retirement to 1,000 workers in Ohio. Chairman Peter Voss called the plan prudent.',
      { people: ['Peter Voss'], orgs: ['Norland Mills'], countries: [['United States', ['U.S.']]] },
      [['chairman', 'Peter Voss', 'Norland Mills']]],
    // The same title said nearby with its body.
    ['A Pentagon spokesman said the troops would stay in Kuwait. "We are staying," said spokesman Ken Bard.',
      { people: ['Ken Bard'], orgs: ['Pentagon'], countries: [['Kuwait', ['Kuwait']]] },
      [['spokesman', 'Ken Bard', 'Pentagon']]],
    // The country acting in the clause, not the one it speaks about.
    ['New Zealand said on Friday that the United States had the right to strike. Foreign Minister Don Kerr agreed.',
      { people: ['Don Kerr'], countries: [['New Zealand', ['New Zealand']], ['United States', ['United States']]] },
      [['foreign minister', 'Don Kerr', 'New Zealand']]],
    // The subject of a "that" clause acts there; the body it is set against does not.
    ['Secretary of State Ann Holt said that the United States would join, two years after Brussels launched it.',
      { people: ['Ann Holt'], countries: [['United States', ['United States']], ['Belgium', ['Brussels']]] },
      [['secretary of state', 'Ann Holt', 'United States']]],
    // Another person's same office ties its own country.
    ['The Cypriot government condemned the attacks. In a telegram to U.S. President Bill Carter, President Glen Ross called them a crime.',
      { people: ['Bill Carter', 'Glen Ross'], countries: [['Cyprus', ['Cypriot']], ['United States', ['U.S.']]] },
      [['president', 'Bill Carter', 'United States'], ['president', 'Glen Ross', 'Cyprus']]],
    // The other side of a meeting: the counterpart's country is not this minister's; a colleague's is.
    ['Foreign Minister Li Wen met U.S. Secretary of State Ann Holt in Beijing on Friday.',
      { people: ['Li Wen', 'Ann Holt'], countries: [['United States', ['U.S.']]] },
      [['foreign minister', 'Li Wen', null], ['secretary of state', 'Ann Holt', 'United States']]],
    ['British Prime Minister Tony Marsh and Foreign Secretary Robin Dale flew to Paris.',
      { people: ['Tony Marsh', 'Robin Dale'], countries: [['United Kingdom', ['British'], 'GB']] },
      [['prime minister', 'Tony Marsh', 'Britain'], ['foreign secretary', 'Robin Dale', 'Britain']]],
    // Named two sentences before: left out.
    ['Acme Corp. posted a loss. Sales fell by a third. Jane Roe, vice president, will retire.',
      { people: ['Jane Roe'], orgs: ['Acme Corp.'] },
      [['vice president', 'Jane Roe', null]]],
    // Written with the fullest name in the article, a country with its common English name.
    ['The United Nations sent inspectors to Iraq. U.N. spokesman Alan Dace said they would return.',
      { people: ['Alan Dace'], orgs: ['United Nations', 'U.N.'], countries: [['Iraq', ['Iraq'], 'IQ']] },
      [['spokesman', 'Alan Dace', 'United Nations']]],
    ['British Prime Minister Tony Marsh arrived in Paris.',
      { people: ['Tony Marsh'], countries: [['United Kingdom', ['British'], 'GB']] },
      [['prime minister', 'Tony Marsh', 'Britain']]],
  ])('%j', (text, given, expected) => {
    expect(run(text, given).map((r) => [r.title, r.person, r.organization])).toEqual(expected);
  });
});

describe('roles said through a predicate', () => {
  // sentence, earlier stages' entities, expected [mention text, title, person, organization] of each role
  it.each<Row>([
    ['Maria Lopez was named president of Orbis Foods on Monday.',
      { people: ['Maria Lopez'], orgs: ['Orbis Foods'] },
      [['president', 'president', 'Maria Lopez', 'Orbis Foods']]],
    ['Ana Ruiz serves as head of the agency.',
      { people: ['Ana Ruiz'] },
      [['head', 'head', 'Ana Ruiz', null]]],
    ['Carl Brisk succeeded Mr. Doyle as chairman.',
      { people: ['Carl Brisk', 'Doyle'] },
      [['chairman', 'chairman', 'Carl Brisk', null]]],
    ['The board named Rita Moss as treasurer.',
      { people: ['Rita Moss'] },
      [['treasurer', 'treasurer', 'Rita Moss', null]]],
    ['Michael Reed resigned as general manager to pursue other interests.',
      { people: ['Michael Reed'] },
      [['general manager', 'general manager', 'Michael Reed', null]]],
    ['Peter Holm, 45, deputy general manager, becomes director of marketing.',
      { people: ['Peter Holm'] },
      [['deputy general manager', 'deputy general manager', 'Peter Holm', null], ['director', 'director', 'Peter Holm', null]]],
    ['Frederick Lane, 48, also was named a vice chairman.',
      { people: ['Frederick Lane'] },
      [['vice chairman', 'vice chairman', 'Frederick Lane', null]]],
    ['Nadia Berg, newly appointed chairman of Orbis Foods, declined to comment.',
      { people: ['Nadia Berg'], orgs: ['Orbis Foods'] },
      [['chairman', 'chairman', 'Nadia Berg', 'Orbis Foods']]],
    ['Mr. Lind also is chairman of Norland Mills.',
      { people: [['Erik Lind', ['Lind']]], orgs: ['Norland Mills'] },
      [['chairman', 'chairman', 'Erik Lind', 'Norland Mills']]],
    // Coordinated titles share the holder and the organization.
    ['He succeeds Jim Tate, who stepped down as chairman, president and chief executive in March.',
      { people: ['Jim Tate'] },
      [['chairman', 'chairman', 'Jim Tate', null], ['president', 'president', 'Jim Tate', null],
        ['chief executive', 'chief executive', 'Jim Tate', null]]],
    ['Wes Brandt was named president and chief executive officer of Brenmoor Holding Corp. yesterday.',
      { people: ['Wes Brandt'], orgs: ['Brenmoor Holding Corp.'] },
      [['president', 'president', 'Wes Brandt', 'Brenmoor Holding Corp.'],
        ['chief executive officer', 'chief executive officer', 'Wes Brandt', 'Brenmoor Holding Corp.']]],
    ['Nigel Hart, 61, finance director and an Orbis Foods board director, will take over.',
      { people: ['Nigel Hart'], orgs: ['Orbis Foods'] },
      [['finance director', 'finance director', 'Nigel Hart', 'Orbis Foods'], ['board director', 'board director', 'Nigel Hart', 'Orbis Foods']]],
    ['Prakash Rao, 63, a former Indian ambassador to the United Nations, arrived on Friday.',
      { people: ['Prakash Rao'], orgs: ['United Nations'], countries: [['India', ['Indian'], 'IN']] },
      [['ambassador', 'ambassador', 'Prakash Rao', 'India']]],
    ['Stephen Acker, currently vice president finance, will succeed him.', { people: ['Stephen Acker'] },
      [['vice president finance', 'vice president finance', 'Stephen Acker', null]]],
    ['Ruth Bell, editor in chief of the Gazette, retired.', { people: ['Ruth Bell'], orgs: ['Gazette'] },
      [['editor in chief', 'editor in chief', 'Ruth Bell', 'Gazette']]],
    // Lower-case professions tied to a name, possessives with modifiers, one of a group's.
    ['The statement came from Lawrence Weil, a lawyer for the family.',
      { people: ['Lawrence Weil'] },
      [['lawyer', 'lawyer', 'Lawrence Weil', null]]],
    ['He was stopped at the border with his Cambodian interpreter Keo Sarath in June.',
      { people: ['Keo Sarath'], countries: [['Cambodia', ['Cambodian'], 'KH']] },
      [['interpreter', 'interpreter', 'Keo Sarath', 'Cambodia']]],
    ['Police sought the killer of Ben Slate, a 52-year-old obstetrician who ran a clinic.',
      { people: ['Ben Slate'] },
      [['obstetrician', 'obstetrician', 'Ben Slate', null]]],
    ['"We will be back," said Manny Ruiz, one of the family\'s attorneys.',
      { people: ['Manny Ruiz'] },
      [['attorneys', 'attorneys', 'Manny Ruiz', null]]],
    ["The faction was loyal to Pol Ket, then the guerrilla group's leader.",
      { people: ['Pol Ket'] },
      [['leader', 'leader', 'Pol Ket', null]]],
  ])('%j', (text, given, expected) => {
    expect(run(text, given).map((r) => [r.mentions[0]!.text, r.title, r.person, r.organization])).toEqual(expected);
  });

  it.each<[string, Given]>([
    // A list is no apposition: the pediatrician is not Juan Ortiz.
    ['Visas went to Juan Ortiz, his family and three other people _ a pediatrician and a cousin.', { people: ['Juan Ortiz'] }],
    ['The pilot program starts in May.', {}],
    ['Lawyers for the firm declined to comment.', {}],
    // A pronoun holds it: no named holder in the sentence.
    ['Ruth Ames said he was named chairman.', { people: ['Ruth Ames'] }],
    ['Ruth Ames met the board, which named a new chairman.', { people: ['Ruth Ames'] }],
    ['Ruth Ames is not the chairman.', { people: ['Ruth Ames'] }],
  ])('finds no holder in %j', (text, given) => {
    expect(run(text, given)).toEqual([]);
  });
});

describe('former holders carry former: true, and the span leaves "former" out', () => {
  // sentence, earlier stages' entities, expected [mention text, title, person, former] of each role
  it.each<[string, Given, [string, string, string, boolean][]]>([
    ['Former prime minister Paul Kerr backed the plan.', { people: ['Paul Kerr'] },
      [['prime minister', 'prime minister', 'Paul Kerr', true]]],
    ['The ex-president, Ana Vidal, spoke first.', { people: ['Ana Vidal'] },
      [['president', 'president', 'Ana Vidal', true]]],
    ['It was led by then-Chairman Rolf Dahl.', { people: ['Rolf Dahl'] },
      [['Chairman', 'chairman', 'Rolf Dahl', true]]],
    ["The faction was loyal to Pol Ket, then the guerrilla group's leader.", { people: ['Pol Ket'] },
      [['leader', 'leader', 'Pol Ket', true]]],
    ['Michael Reed resigned as general manager in May.', { people: ['Michael Reed'] },
      [['general manager', 'general manager', 'Michael Reed', true]]],
    ['Pierre Roy, chairman and chief executive, resigned.', { people: ['Pierre Roy'] },
      [['chairman', 'chairman', 'Pierre Roy', true], ['chief executive', 'chief executive', 'Pierre Roy', true]]],
    ['Mr. Lund was president of the unit until 1988.', { people: [['Ole Lund', ['Lund']]] },
      [['president', 'president', 'Ole Lund', true]]],
    // Current holders.
    ['Maria Lopez was named president on Monday.', { people: ['Maria Lopez'] },
      [['president', 'president', 'Maria Lopez', false]]],
    ['Tom Hale, who is chairman, will retire next year.', { people: ['Tom Hale'] },
      [['chairman', 'chairman', 'Tom Hale', false]]],
  ])('%j', (text, given, expected) => {
    const roles = run(text, given);
    expect(roles.map((r) => [r.mentions[0]!.text, r.title, r.person, r.former === true])).toEqual(expected);
    for (const r of roles) expect(r.former === undefined || r.former === true).toBe(true); // present only when true
  });

  it('repeats former on the person side', async () => {
    const { extract } = await import('../src/extract.js');
    const out = extract('Former prime minister Helen Varga, who raised the question in parliament, spoke on Friday.');
    expect(out.people!.find((p) => p.name === 'Helen Varga')!.roles).toEqual([{ title: 'prime minister', organization: null, former: true }]);
  });
});
