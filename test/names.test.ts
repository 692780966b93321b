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
      // The office and its complement are a title, not part of the name.
      text: 'U.S. Assistant Secretary of State John Talmadge arrived on Friday.',
      people: ['John Talmadge|John Talmadge@34'],
      organizations: [],
      places: [],
    },
    {
      // A name that is also a common word keeps its title's evidence; "A." is an initial here, not the article;
      // "U.N.-backed" is an adjective.
      text: 'President Bush said James A. Baker III would lead U.N.-backed talks in Saudi Arabia.',
      people: ['Bush|Bush@10', 'James A. Baker III|James A. Baker III@20'],
      organizations: [],
      places: ['Saudi Arabia|Saudi Arabia@71'],
    },
    {
      text: 'Mr. Bill Clinton met analysts at Acme Corp. in Chicago.',
      people: ['Bill Clinton|Bill Clinton@4'],
      organizations: ['Acme Corp.|Acme Corp.@33'],
      places: ['Chicago|Chicago@47'],
    },
    {
      // A plural noun's possessive inside an organization's name does not end it.
      text: "The German People's Union will appeal.",
      people: [],
      organizations: ["German People's Union|German People's Union@4"],
      places: [],
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
    {
      // A dateline opening the body, with no date of its own.
      text: 'BONN, Germany (AP) - Parliament fined a party on Friday.\n',
      people: [],
      places: ['BONN|BONN@0', 'Germany|Germany@6'],
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
      text: 'Kent beat Durham in the cricket match, taking the title and the championship with 22 points.',
      people: [],
      organizations: ['Kent|Kent@0', 'Durham|Durham@10'],
      places: [],
    },
    {
      // compromise ends a sentence after the initial; the name goes on ("C. Lewis").
      text: 'Surrey 312-6 (C. Penmore 64 not out, M. Dallow 51).',
      people: ['C. Penmore|C. Penmore@14', 'M. Dallow|M. Dallow@37'],
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
    {
      // A heading line counts only with a strong cue: a byline with a given name is a person, a title is nothing.
      text: 'Strengthening Trilateral Security Ties\nJohn Smith\nThe talks went on.\n',
      people: ['John Smith|John Smith@39'],
      organizations: [],
      places: [],
    },
    {
      // A list of names on its own line is no heading.
      text: 'Leading scores:\nField, Loren Tasker, Steve Harrow\n',
      people: ['Loren Tasker|Loren Tasker@23', 'Steve Harrow|Steve Harrow@37'],
      organizations: [],
      places: [],
    },
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

describe('findNames: sports tables, scorecards and organization patterns', () => {
  it.each([
    {
      // A standings row names a team, even when the name is a common word; "Total" names nothing.
      text: 'SOCCER - NORTHERN LEAGUE TABLE.\nRiverton 5 3 1 1 9 4 10\nHope 5 2 2 1 7 6 8\nTotal 10 5 3 2 16 10 18\n',
      people: [],
      organizations: ['Riverton|Riverton@32', 'Hope|Hope@56'],
      places: [],
    },
    {
      // A golf card opens with a given name: a player, not a team.
      text: 'GOLF - LEADING SCORES.\nTom Miller 66 71 70 70\n',
      people: ['Tom Miller|Tom Miller@23'],
      organizations: [],
      places: [],
    },
    {
      // Results lines: two teams and their scores; a venue prefix and bracketed countries.
      text: 'SOCCER - RESULTS.\nRiverton 2 Harbourside 1\nIn Oslo: Riverton (Norway) 3 Harbourside (Denmark) 0\n',
      people: [],
      organizations: ['Riverton|Riverton@18', 'Riverton|Riverton@52', 'Harbourside|Harbourside@29', 'Harbourside|Harbourside@72'],
      places: ['Oslo|Oslo@46', 'Norway|Norway@62', 'Denmark|Denmark@85'],
    },
    {
      // In a fixture list the visitors are the team, the host is named by its city.
      text: 'BASEBALL - STANDINGS.\nCHICAGO 70 60 .538 -\nTORONTO 65 66 .496 5\nSCHEDULE\nCHICAGO AT TORONTO\n',
      people: [],
      organizations: ['CHICAGO|CHICAGO@22', 'CHICAGO|CHICAGO@73', 'TORONTO|TORONTO@43'],
      places: ['TORONTO|TORONTO@84'],
    },
    {
      // The dateline names the city; in the match report the city is its team.
      text: 'ROME 1996-08-28\nRome beat Naples 2-1 in the league match, scoring twice in the first half to win the points.\n',
      people: [],
      organizations: ['Rome|Rome@16', 'Naples|Naples@26'],
      places: ['ROME|ROME@0'],
    },
    {
      // Counties in a match report are the teams.
      text: 'Yorkshire bowled out Lancashire for 120 in the match, taking four wickets and three points to win the title.\n',
      people: [],
      organizations: ['Yorkshire|Yorkshire@0', 'Lancashire|Lancashire@21'],
      places: [],
    },
    {
      // Scorecard: an initial opens the line; "c" (caught) and "b" (bowled) and bowling figures mark players.
      text: 'CRICKET - SCOREBOARD.\nJ. Smith c Brown b Green 23\nBowling: Green 10-2-35-3\n',
      people: ['J. Smith|J. Smith@22', 'Brown|Brown@33', 'Green|Green@41', 'Green|Green@59'],
      organizations: [],
      places: [],
    },
    {
      // A bracketed name after a player in a squad list is his club.
      text: "Squad for Sunday's league match: goalkeeper Tom Miller (Riverton), striker Jan Novak (Harbourside), midfielder Ivo Kral (Lakeside).\n",
      people: ['Tom Miller|Tom Miller@44', 'Jan Novak|Jan Novak@75', 'Ivo Kral|Ivo Kral@111'],
      organizations: ['Riverton|Riverton@56', 'Harbourside|Harbourside@86', 'Lakeside|Lakeside@121'],
      places: [],
    },
    {
      // Plural nicknames after "the" on a sports page are teams.
      text: 'The fans watched the Hornets beat the Tigers 3-1 in the league match to win the title.\n',
      people: [],
      organizations: ['Hornets|Hornets@21', 'Tigers|Tigers@38'],
      places: [],
    },
    {
      // A title inside a run of capitals ends the company's name and opens the person's.
      text: 'Acme Corp Chairman John Smith said profits rose.\n',
      people: ['John Smith|John Smith@19'],
      organizations: ['Acme Corp|Acme Corp@0'],
      places: [],
    },
    {
      // "First" and "New" open names.
      text: 'First Union opened an office in New York.\n',
      people: [],
      organizations: ['First Union|First Union@0'],
      places: ['New York|New York@32'],
    },
    {
      // "X and Y Commission" is one name; so is "St. Louis Cardinals" with its abbreviation.
      text: 'The Securities and Exchange Commission approved the sale.\n',
      people: [],
      organizations: ['Securities and Exchange Commission|Securities and Exchange Commission@4'],
      places: [],
    },
    {
      text: "The St. Louis Cardinals won the match, their coach said after the season's final game in the league.\n",
      people: [],
      organizations: ['St. Louis Cardinals|St. Louis Cardinals@4'],
      places: [],
    },
    {
      // "Harwick Corp" makes the later "Harwick" the company, filed under the full name.
      text: 'Shares of Harwick Corp rose after Harwick said profits doubled.\n',
      people: [],
      organizations: ['Harwick Corp|Harwick Corp@10', 'Harwick Corp|Harwick@34'],
      places: [],
    },
    {
      // A news organization's disclaimer.
      text: 'Newsline has not verified these stories and does not vouch for their accuracy.\n',
      people: [],
      organizations: ['Newsline|Newsline@0'],
      places: [],
    },
    {
      // Cycling results: the name after the rider's bracketed country is his team.
      text: 'CYCLING - STAGE RESULTS.\n1. Tom Baker (Belgium) Velotech 4:12:30\n2. Ivo Kral (Italy) Rapido same time\n',
      people: ['Tom Baker|Tom Baker@28', 'Ivo Kral|Ivo Kral@68'],
      organizations: ['Velotech|Velotech@48', 'Rapido|Rapido@85'],
      places: ['Belgium|Belgium@39', 'Italy|Italy@78'],
    },
    {
      // A sports role after a name: the team's player.
      text: 'Harbourside starter Tom Miller left the game in the first inning with the team trailing by two runs in the match.\n',
      people: ['Tom Miller|Tom Miller@20'],
      organizations: ['Harbourside|Harbourside@0'],
      places: [],
    },
    {
      // A Chinese name puts the family name first: the later "Wang" is Wang Lei.
      text: "Police detained dissident Wang Lei on Friday. Wang's family was not told where he was held.\n",
      people: ['Wang Lei|Wang Lei@26', 'Wang Lei|Wang@46'],
      organizations: [],
      places: [],
    },
    {
      // "Halftime" in a results line and a party adjective before a noun are not names.
      text: 'Riverton beat Harbourside 2-1 in the league match.\nHalftime 1-0.\nA Republican senator objected.\n',
      people: [],
      organizations: ['Riverton|Riverton@0', 'Harbourside|Harbourside@14'],
      places: [],
    },
    {
      // A fixture pairs teams, even one named like a person ("Preston").
      text: "League fixtures for the season's first match day, with points at stake: Riverton v Preston, Harbourside v Lakeside.\n",
      people: [],
      organizations: ['Riverton|Riverton@72', 'Preston|Preston@83', 'Harbourside|Harbourside@92', 'Lakeside|Lakeside@106'],
      places: [],
    },
    {
      // "Boston Hawks" makes the headline's "HAWKS" and a later "Hawks" the team.
      text: 'BASEBALL - HAWKS WIN AGAIN.\nThe Boston Hawks beat the Tigers 3-1 in the league match on Sunday, and Hawks fans now lead the cheering.\n',
      people: [],
      organizations: ['Boston Hawks|HAWKS@11', 'Boston Hawks|Boston Hawks@32', 'Boston Hawks|Hawks@100', 'Tigers|Tigers@54'],
      places: [],
    },
    {
      // A hard-wrapped line: the break inside the sentence reads as a space (issue 15), the mention keeps it.
      text: 'The report was signed by Anna\nBerger and sent to the board.\n',
      people: ['Anna Berger|Anna\nBerger@25'],
      organizations: [],
      places: [],
    },
    {
      // A description before a given name is not part of the name.
      text: 'Frenchman Pierre Moreau won the stage.\n',
      people: ['Pierre Moreau|Pierre Moreau@10'],
      organizations: [],
      places: [],
    },
  ])('$text', ({ text, people, organizations, places }) => {
    const r = run(text);
    expect(flat(text, r.people)).toEqual(people);
    expect(flat(text, r.organizations)).toEqual(organizations);
    expect(flat(text, r.places)).toEqual(places);
  });
});

describe('findNames: particles, title phrases and hyphenated towns', () => {
  it.each([
    {
      // Lower-case particles stay inside the name, and the sentence-initial "Van den Brink" is the same surname.
      text: 'European Union President Greta van den Brink spoke on Monday. Van den Brink said the plan would work.',
      people: ['Greta van den Brink|Greta van den Brink@25', 'Greta van den Brink|Van den Brink@62'],
      organizations: ['European Union|European Union@0'],
      places: [],
    },
    {
      text: 'The bank hired Tomas von Halden in May. Von Halden said little.',
      people: ['Tomas von Halden|Tomas von Halden@15', 'Tomas von Halden|Von Halden@40'],
      organizations: [],
      places: [],
    },
    {
      // A whole title phrase at the start of a sentence is peeled off, modifiers included.
      text: 'Chief Financial Officer Tomas von Halden told analysts the bank was strong.',
      people: ['Tomas von Halden|Tomas von Halden@24'],
      organizations: [],
      places: [],
    },
    {
      // Mid-sentence, after an organization: the title phrase starts at its rank word and ends the organization.
      text: 'He said Brightwater Corp. Chief Executive Officer Lena Marsh would resign.',
      people: ['Lena Marsh|Lena Marsh@50'],
      organizations: ['Brightwater Corp.|Brightwater Corp.@8'],
      places: [],
    },
    {
      // A domain word before the rank word belongs to the organization ("Halden Energy | Chief Financial Officer").
      text: 'He said Halden Energy Chief Financial Officer Maria Ferrato would go.',
      people: ['Maria Ferrato|Maria Ferrato@46'],
      organizations: ['Halden Energy|Halden Energy@8'],
      places: [],
    },
    {
      // An office with an "of" domain: the domain word is the title's ("Deputy Chief of Mission X").
      text: 'Deputy Chief of Mission Nora Lind spoke to reporters.',
      people: ['Nora Lind|Nora Lind@24'],
      organizations: [],
      places: [],
    },
    {
      text: 'He said Chief Financial Officer Maria Ferrato would go.',
      people: ['Maria Ferrato|Maria Ferrato@32'],
      organizations: [],
      places: [],
    },
    {
      text: 'Health Minister Amina Wekesa said the clinics would open.',
      people: ['Amina Wekesa|Amina Wekesa@16'],
      organizations: [],
      places: [],
    },
    {
      text: 'Deputy Prime Minister Lars Eklund arrived on Friday.',
      people: ['Lars Eklund|Lars Eklund@22'],
      organizations: [],
      places: [],
    },
    {
      text: 'The firm named Chief Operating Officer Nora Pell and Senior Vice President Ivo Kranj to the board.',
      people: ['Nora Pell|Nora Pell@39', 'Ivo Kranj|Ivo Kranj@75'],
      organizations: [],
      places: [],
    },
    {
      // Short lower-case words hyphenated between capitalised ones make one town name.
      text: 'The mission fought gangs in Port-au-Marel on Sunday.',
      people: [],
      organizations: [],
      places: ['Port-au-Marel|Port-au-Marel@28'],
    },
    {
      text: 'Tourists visit Havenfield-upon-Tarr and Bourg-sur-Lenne every summer.',
      people: [],
      organizations: [],
      places: ['Havenfield-upon-Tarr|Havenfield-upon-Tarr@15', 'Bourg-sur-Lenne|Bourg-sur-Lenne@40'],
    },
    {
      // An Arabic connector ("-ul-") joins a person's name, which stays a person.
      text: 'Bowler Karim-ul-Nasir took three wickets.',
      people: ['Karim-ul-Nasir|Karim-ul-Nasir@7'],
      organizations: [],
      places: [],
    },
    {
      // A hyphenated lower-case ending with nothing capitalised after it is an adjective, not a name.
      text: 'The Paris-based group met in Lyon.',
      people: [],
      organizations: [],
      places: ['Lyon|Lyon@29'],
    },
  ])('$text', ({ text, people, organizations, places }) => {
    const r = run(text);
    expect(flat(text, r.people)).toEqual(people);
    expect(flat(text, r.organizations)).toEqual(organizations);
    expect(flat(text, r.places)).toEqual(places);
  });
});

/** What a row expects: for each kind it names, exactly these mentions as "name|text@start". */
interface Want { people?: string[]; organizations?: string[]; places?: string[] }
/** One phenomenon: what it is, an article showing it, the mentions it gives, the countries found before. */
type Row = [what: string, text: string, want: Want, countries?: CountryEntity[]];

const check = (_what: string, text: string, want: Want, countries: CountryEntity[] = []): void => {
  const r = run(text, countries);
  if (want.people) expect(flat(text, r.people)).toEqual(want.people);
  if (want.organizations) expect(flat(text, r.organizations)).toEqual(want.organizations);
  if (want.places) expect(flat(text, r.places)).toEqual(want.places);
};

// Nationalities the countries extractor found before the name finder runs.
const GB: CountryEntity = { name: 'United Kingdom', code: 'GB', mentions: [{ text: 'British', start: 7, end: 14 }] };
const PL: CountryEntity = { name: 'Poland', code: 'PL', mentions: [{ text: 'Pole', start: 21, end: 25 }] };

describe('findNames: forms of personal names', () => {
  it.each<Row>([
    ['a given name from the lexicon, when compromise reads the pair as a place', 'Controversial Australian Anthony Hollow called his rival a cheat.',
      { people: ['Anthony Hollow|Anthony Hollow@25'], organizations: [] }],
    ['a given name that is also a group word', 'Coach Christian Varlow praised the team.',
      { people: ['Christian Varlow|Christian Varlow@6'] }],
    ['"Queen Matilda I" and "Kim In-ha" are whole, "I" alone stays a pronoun', '1533 - Queen Matilda I born. They asked for the return of Kim In-ha and Lee Su-hwan. Later Tom Varley said I was right.',
      { people: ['Matilda I|Matilda I@13', 'Kim In-ha|Kim In-ha@58', 'Lee Su-hwan|Lee Su-hwan@72', 'Tom Varley|Tom Varley@91'] }],
    ['a hyphenated given name stays whole after a description', 'The French defender Jean-Pierre Cyrano was banned.',
      { people: ['Jean-Pierre Cyrano|Jean-Pierre Cyrano@20'] }],
    ['given names that are also common words or titles ("Al", "Dean"), not "Al-Ahram"', 'The meek Al Varney, the vice president, spoke. Australian captain Dean Holt is conceding nothing. Al-Ahram newspapers said the men were arrested.',
      { people: ['Al Varney|Al Varney@9', 'Dean Holt|Dean Holt@66'] }],
  ])('%s', check);
});

describe('findNames: sports pages: players, teams and results', () => {
  it.each<Row>([
    ['a name followed by the minute of a goal is a scorer', 'Soccer results on Saturday:\nRivertown 2 (Kowalczyk 15th, Brennholt 64th) Hometown 1 (Zaberl 80th).\nScorers:\nRivertown - Mavrodin (41st), Tessaro (73rd)\n',
      { people: ['Kowalczyk|Kowalczyk@41', 'Brennholt|Brennholt@57', 'Zaberl|Zaberl@85', 'Mavrodin|Mavrodin@120', 'Tessaro|Tessaro@137'] }],
    ['the clubs of a goalscorers list are teams', 'SOCCER - LEADING GOALSCORERS.\nLeading goalscorers in the first division after the weekend\'s matches:\n7 - Bogdan Karlik (Sokol Varno)\n5 - Jacek Mrowa (Vistula Breg)\n',
      { people: ['Bogdan Karlik|Bogdan Karlik@105', 'Jacek Mrowa|Jacek Mrowa@137'], organizations: ['Sokol Varno|Sokol Varno@120', 'Vistula Breg|Vistula Breg@150'] }],
    ['the word opening the line after a lone given name is the surname', 'Leading scores: Paul Brenner, Ian\nWoodsmith (Wales), Greg\nChalkley (Australia)\n',
      // A "Label: value" line keeps its break; the next line's break is a wrap, joined (hard-wrapped text).
      { people: ['Paul Brenner|Paul Brenner@16', 'Ian|Ian@30', 'Woodsmith|Woodsmith@34', 'Greg Chalkley|Greg\nChalkley@53'] }],
    ['"A (Country) 2 B (Country) 1" names two teams, a standings row of riders people', 'SOCCER - CUP RESULTS.\nResults of first round soccer matches on Thursday in the cup:\nIn Varna: Gloria Varnesti (Romania) 2 Dunav Ruse (Bulgaria) 1\nPoints after the race:\n1. Jonas Kobel (Poland) 18\n2. Anders Brekk (Norway) 11\n',
      { organizations: ['Gloria Varnesti|Gloria Varnesti@94', 'Dunav Ruse|Dunav Ruse@122'], people: ['Jonas Kobel|Jonas Kobel@172', 'Anders Brekk|Anders Brekk@199'] }],
    ['a phone number is no bowling analysis', 'The index rose 1.2 points to 869.3, up 14.4 points to 1,294.5 and 12.5 to 88.1 on 1.5 million shares.\n-- Varna Newsroom, 42-2-2423-0003\n',
      { organizations: ['Varna Newsroom|Varna Newsroom@105'], people: [] }],
    ['a full name wrapped over a line break in a results list, whatever the given name', 'GOLF - LEADING SCORES.\nLeading scores after the second round of the tournament on Friday:\n142 Philip Walsby (Ireland) 71 71, Retoft\nGaasen (South Africa) 71 71, Ove Sellman (Sweden), Klaes\nErikstad (Sweden) 71 71\n',
      { people: ['Philip Walsby|Philip Walsby@94', 'Retoft|Retoft@125', 'Gaasen|Gaasen@132', 'Ove Sellman|Ove Sellman@161', 'Klaes|Klaes@183', 'Erikstad|Erikstad@189'] }],
    ['a league on a sports page is the competition, not an organization', 'The coach said his team would win the Coastal League title this season.\nThe striker scored two goals in the match and the goalkeeper saved a penalty.\n',
      { organizations: [] }],
  ])('%s', check);
});

describe('findNames: organizations', () => {
  it.each<Row>([
    ['"Ministry of A, B and C" is one name', 'Officials at the Ministry of Economy, Trade and Industry said exports rose.',
      { organizations: ['Ministry of Economy, Trade and Industry|Ministry of Economy, Trade and Industry@17'], people: [] }],
    ['a longer complement list after another head word', 'The Department of Education, Science, Culture and Sport in Varnholm agreed.',
      { organizations: ['Department of Education, Science, Culture and Sport|Department of Education, Science, Culture and Sport@4'] }],
    ['a comma that opens no list ends the complement', 'The Ministry of Finance, Bartol Ivkovic said, would decide.',
      { organizations: ['Ministry of Finance|Ministry of Finance@4'], people: ['Bartol Ivkovic|Bartol Ivkovic@25'] }],
    ['a name before "newspaper" or "daily" is the publication', 'The plan was shelved, Tidende Varska newspaper said on Friday.',
      { organizations: ['Tidende Varska|Tidende Varska@22'], people: [] }],
    ['"X Newsroom" is an organization', '-- Marit Olsen, Ostrava Newsroom, 42-2-1111\n',
      { organizations: ['Ostrava Newsroom|Ostrava Newsroom@16'], people: ['Marit Olsen|Marit Olsen@3'] }],
    ['an acronym opening a mixed-case name makes a company, not a person', 'Analysts at KDB Varnholt raised their forecast.',
      { organizations: ['KDB Varnholt|KDB Varnholt@12'], people: [] }],
    ['an organization head after a given name outweighs it', 'The Margot Foundation gave the school a grant.\n-- Elena Vasova, Florence Newsroom, 39-55-1111\n',
      { people: ['Elena Vasova|Elena Vasova@50'], organizations: ['Margot Foundation|Margot Foundation@4', 'Florence Newsroom|Florence Newsroom@64'] }],
    ['an institution head word alone inside a sentence', 'The bill passed after the Senate voted on Tuesday.',
      { organizations: ['Senate|Senate@26'], people: [] }],
    ['an abbreviation closing the line leaves the full stop out, inside the line keeps it', 'Lena Marsh agreed to buy Halvorsen Tool Corp.\nShares of Brightwater Corp. rose.\n',
      { organizations: ['Halvorsen Tool Corp|Halvorsen Tool Corp@25', 'Brightwater Corp.|Brightwater Corp.@56'] }],
    ['a political league stays an organization', 'The Farmers League won 12 seats in the election.\n',
      { organizations: ['Farmers League|Farmers League@4'] }],
    ['an acronym compromise reads as a unit of time ("HRS", "WKS") in a lower-case sentence', 'Regulators at the HRS said on Monday that the fine stood. The WKS fined the bank.\n',
      { organizations: ['HRS|HRS@18', 'WKS|WKS@62'] }],
    ['a town before a legal form, whatever place tag compromise spreads over it', 'Results from Leeds Harbour Estates Plc lifted property shares on Thursday.\n',
      { organizations: ['Leeds Harbour Estates Plc|Leeds Harbour Estates Plc@13'], places: [] }],
    ['"The Morning Herald": a newspaper takes its capitalised article along', 'The Morning Herald said the deal was off. Officials told The Morning Herald on Friday.\n',
      { organizations: ['The Morning Herald|The Morning Herald@0', 'The Morning Herald|The Morning Herald@57'] }],
    ['"the Morning Herald": a lower-case article is not the name\'s', 'Officials told the Morning Herald on Friday.\n',
      { organizations: ['Morning Herald|Morning Herald@19'] }],
    ['a research centre is an organization', 'Scientists at the Westmoor Research Centre said the data were sound.\n',
      { organizations: ['Westmoor Research Centre|Westmoor Research Centre@18'] }],
  ])('%s', check);
});

describe('findNames: headings, bylines and words that name nothing', () => {
  it.each<Row>([
    ['a two-word line just above the dateline is the reporter', 'Grain prices seen steady.\nHalvard Brekke\nOSLO 1996-08-30\nGrain trade was quiet, dealers said.\n',
      { people: ['Halvard Brekke|Halvard Brekke@26'] }],
    ['a heading that is no byline names nobody', 'Strengthening Trilateral Ties\nThe talks went on, officials said.\n',
      { people: [] }],
    ['ethnic, religious and political group words are neither people nor organizations', 'Rebels attacked the town. The Chechen said they would not leave. Iraq\'s rebel Kurds met. He met Roman Catholic leaders.',
      { people: [], organizations: [] }],
    ['baseball statistics in capitals ("RBI", "ERA") name no organization', 'Carl Denholm had three hits and drove in two runs, raising his RBI total to 88.\nWalt Pellor lowered his ERA to 2.91 with seven strong innings.\n',
      { organizations: [], people: ['Carl Denholm|Carl Denholm@0', 'Walt Pellor|Walt Pellor@80'] }],
  ])('%s', check);
});

describe('findNames: titles, descriptions and nationalities before a name', () => {
  it.each<Row>([
    ['a title word opening an organization name is not peeled off', 'NEW YORK 1996-08-22\nMajor League Hockey\nstandings after games played on Wednesday\n',
      { people: [] }],
    ['"finalist X" and "the 11th-seeded X" are the player', 'TENNIS - UPSETS.\nThe match was played on Thursday but Wimbledon finalist TaliVan Houston lost in five sets. The 11th-seeded Houston fell short of a comeback in the second round of the tournament, losing 6-3 6-4.\n',
      { people: ['TaliVan Houston|TaliVan Houston@73', 'TaliVan Houston|Houston@124'] }],
    ['a title whose complement runs over several words', 'Talks were held with Minister of Foreign Affairs Ali Tarvani on Monday.',
      { people: ['Ali Tarvani|Ali Tarvani@49'] }],
    ['no "and" after a person inside a title phrase, no acronym taken for a surname', 'The talks were between Assistant Secretary for Near East Affairs Robert Pellman and KNU leader Jalal Varani. The KNU said it agreed.',
      { people: ['Robert Pellman|Robert Pellman@65', 'Jalal Varani|Jalal Varani@95'], organizations: ['KNU|KNU@84', 'KNU|KNU@113'] }],
    ['a nationality the countries extractor found is peeled off with the title', 'He met British Prime Minister Tom Varley on Monday.',
      { people: ['Tom Varley|Tom Varley@30'] }, [GB]],
    ['a nationality noun before a name is not part of it', 'The side, coached by Pole Tomasz Marzec, won.',
      { people: ['Tomasz Marzec|Tomasz Marzec@26'] }, [PL]],
    ['a describing word before a given name and a surname is peeled off', 'Reliever Mark Tarrow took the loss. Democrat Walter Brinley lost in 1984.',
      { people: ['Mark Tarrow|Mark Tarrow@9', 'Walter Brinley|Walter Brinley@45'] }],
  ])('%s', check);
});

describe('findNames: places', () => {
  it.each<Row>([
    ['hospitals and prisons are places, as buildings', 'The guard was taken from Greystone Prison to Marlow General Hospital after the attack.\n',
      { places: ['Greystone Prison|Greystone Prison@25', 'Marlow General Hospital|Marlow General Hospital@45'], organizations: [] }],
    ['a sports centre is a venue, a place', 'Harlan Voss won the match at the Westmoor Tennis Centre on Tuesday.\n',
      { places: ['Westmoor Tennis Centre|Westmoor Tennis Centre@33'], organizations: [] }],
  ])('%s', check);
});

describe('findNames: each mention says why it got its kind (kept with --explain)', () => {
  it.each([
    ['the classifier\'s cues', 'Sheriff Tom Brandt said on Monday the road was closed.', 'Tom Brandt',
      'person: a title or honorific before the name; a given name first'],
    ['a surname filed under the full name', 'Sheriff Tom Brandt said on Monday the road was closed. Brandt left.', 'Brandt',
      'person: the surname of Tom Brandt'],
    ['an organization head word', 'Shares of Halvorsen Tool Corp fell on Monday.', 'Halvorsen Tool Corp',
      'organization: an organization head word last'],
    ['the dateline', 'OSLO 1996-08-30\nGrain trade was quiet, dealers said.\n', 'OSLO', 'place: the dateline'],
  ])('%s', (_what, text, mention, why) => {
    const r = run(text);
    const m = [...r.people, ...r.organizations, ...r.places].flatMap((e) => e.mentions).find((x) => x.text === mention);
    expect(m?.why).toContain(why);
  });
});

describe('findNames: the whole article decides what a word with no cue names', () => {
  it.each<Row>([
    ['a market or bond table is no sports page: its towns are places, not teams', 'Bond prices rose 12 points to 98.5 and the index fell 3.2 points to 1,204.7 in a late rally, traders said.\nAgent: Carrow National Bank, Denver\nCounsel: Hesketh & Pole, Denver\nYield 5.25 pct 6.10 pct 7.20 pct\n',
      { places: ['Denver|Denver@136', 'Denver|Denver@168'], organizations: ['Carrow National Bank|Carrow National Bank@114', 'Hesketh & Pole|Hesketh & Pole@152'] }],
    ['a list of names names one kind: lone surnames among full names are people', 'The squad named by coach Mark Tilley for the match:\nDaniel Arkwright, Brennan, Colm Fayre, Stavely, Peter Oakes and Quillan.\n',
      { people: ['Mark Tilley|Mark Tilley@25', 'Daniel Arkwright|Daniel Arkwright@52', 'Brennan|Brennan@70', 'Colm Fayre|Colm Fayre@79', 'Stavely|Stavely@91', 'Peter Oakes|Peter Oakes@100', 'Quillan|Quillan@116'] }],
    ['a results line opens with its venue, a place, and its town in brackets', 'CRICKET - COUNTY SCORES.\nScores on the second day of the county championship match:\nAt Larkford: Kent 220 and 53-0.\nAt Millbank Park (Dunmore): Essex 195 and 31-2.\n',
      { places: ['Larkford|Larkford@87', 'Millbank Park|Millbank Park@119', 'Dunmore|Dunmore@134'], organizations: ['Kent|Kent@97', 'Essex|Essex@144'] }],
    ['a word capitalised only as a sentence opener, written in lower case elsewhere, names nothing', 'The trial was adjourned on Monday.\nOpposition officials said the opposition would appeal.\n',
      { people: [], organizations: [], places: [] }],
  ])('%s', check);
});

describe('findNames: where an organization\'s name starts and ends', () => {
  it.each<Row>([
    ['a plural possessive inside the name, before its head word', "Officials said the Halden Millers' Association would appeal.",
      { organizations: ["Halden Millers' Association|Halden Millers' Association@19"], people: [] }],
    ['"Group" after a name word is the name\'s head, whatever follows', 'Shares in Varnholt Financial Group Inc fell, and the Kestrel Group of lenders was wary.',
      { organizations: ['Varnholt Financial Group Inc|Varnholt Financial Group Inc@10', 'Kestrel Group|Kestrel Group@53'] }],
    ['common words before "and" open the name of the head word after it', 'Exporters welcomed a ruling by the Norland Food and Drug Administration on Monday.',
      { organizations: ['Norland Food and Drug Administration|Norland Food and Drug Administration@35'], people: [] }],
    ['a bracketed acronym spelling the initials says where the name ends', 'The Council for Trade and Cooperation in Europe (CTCE) met in Vienna.',
      { organizations: ['Council for Trade and Cooperation in Europe|Council for Trade and Cooperation in Europe@4', 'CTCE|CTCE@49'],
        places: ['Vienna|Vienna@62'] }],
    ['a common noun opening a sentence opens a company\'s name', 'News Corp said profits rose.',
      { organizations: ['News Corp|News Corp@0'] }],
    ['a weekday opens a newspaper\'s name', 'The Sunday Telegraph said the bid would fail.',
      { organizations: ['The Sunday Telegraph|The Sunday Telegraph@0'] }],
    ['"U.S." opening a line is the name\'s, not a pronoun', '-- U.S. Municipal Desk, 212-859-1650',
      { organizations: ['U.S. Municipal Desk|U.S. Municipal Desk@3'] }],
    ['a company named with a possessive keeps it on its short mentions', "The deal for Haldermen's Bancshares Inc. was signed. A Haldermen's spokesman declined to comment, and Haldermen's stock rose.",
      { organizations: ["Haldermen's Bancshares Inc.|Haldermen's Bancshares Inc.@13", "Haldermen's Bancshares Inc.|Haldermen's@55",
        "Haldermen's Bancshares Inc.|Haldermen's@102"] }],
  ])('%s', check);
});

describe('findNames: what makes a lone word an organization', () => {
  it.each<Row>([
    ['"X-based" before a lone name', 'Among the bidders are Ohio-based Brellcorp and Norland-based Vastica.',
      { organizations: ['Brellcorp|Brellcorp@33', 'Vastica|Vastica@61'], people: [] }],
    ['a capitalised common word beside an organization noun', 'Traders said the Fed chairman spoke, and the Labour party backed him.',
      { organizations: ['Fed|Fed@17', 'Labour|Labour@45'] }],
    ['a newspaper noun after two unknown words; "Radio" opening a name', 'The plan was shelved, the Tidende Varska daily said, and Radio Brekka agreed.',
      { organizations: ['Tidende Varska|Tidende Varska@26', 'Radio Brekka|Radio Brekka@57'], people: [] }],
    ['a country\'s possessive before a lone name; a name a statement is told to, before a colon', 'Germany\'s Vastica cut prices, a Brackwell spokesman told Reuters: "We are cheaper."',
      { organizations: ['Vastica|Vastica@10', 'Brackwell|Brackwell@32', 'Reuters|Reuters@57'] }],
    ['a market index is no organization', 'The Dow Jones industrial average fell 31 points and the Kestrel 100 index rose.',
      { organizations: [], people: [] }],
    ['a foreign article opens a paper\'s name, a place keeps its own', 'La Varsena said the talks failed, and O Dianeo agreed. He flew to La Paz.',
      { organizations: ['La Varsena|La Varsena@0', 'O Dianeo|O Dianeo@38'], people: [], places: ['La Paz|La Paz@66'] }],
    ['"Newsdesk" is an organization head word', '-- Varnholt Newsdesk 212-859-1610',
      { organizations: ['Varnholt Newsdesk|Varnholt Newsdesk@3'], places: [] }],
  ])('%s', check);
});
