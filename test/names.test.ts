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
      text: 'U.S. Assistant Secretary of State John Kornblum arrived on Friday.',
      people: ['John Kornblum|John Kornblum@34'],
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
    {
      // A heading line counts only with a strong cue: a byline with a given name is a person, a title is nothing.
      text: 'Strengthening Trilateral Security Ties\nJohn Smith\nThe talks went on.\n',
      people: ['John Smith|John Smith@39'],
      organizations: [],
      places: [],
    },
    {
      // A list of names on its own line is no heading.
      text: 'Leading scores:\nWood, Loren Roberts, Steve Stricker\n',
      people: ['Loren Roberts|Loren Roberts@22', 'Steve Stricker|Steve Stricker@37'],
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
      // One sentence a line: a name never runs over a line break.
      text: 'The report was signed by Anna\nBerger and sent to the board.\n',
      people: ['Anna|Anna@25', 'Berger|Berger@30'],
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

/** Whatever the classes, only these mentions as "name|text@start" lists. */
const check = (text: string, want: { people?: string[]; organizations?: string[]; places?: string[] }): void => {
  const r = run(text);
  if (want.people) expect(flat(text, r.people)).toEqual(want.people);
  if (want.organizations) expect(flat(text, r.organizations)).toEqual(want.organizations);
  if (want.places) expect(flat(text, r.places)).toEqual(want.places);
};

describe('findNames: given names and players in results', () => {
  it('keeps a given name from the lexicon when compromise reads the pair as a place', () => {
    check('Controversial Australian Anthony Hollow called his rival a cheat.', {
      people: ['Anthony Hollow|Anthony Hollow@25'], organizations: [],
    });
  });
  it('reads a name followed by the minute of a goal as a scorer', () => {
    const text = 'Soccer results on Saturday:\nRivertown 2 (Kowalczyk 15th, Brennholt 64th) Hometown 1 (Zaberl 80th).\n'
      + 'Scorers:\nRivertown - Mavrodin (41st), Tessaro (73rd)\n';
    check(text, {
      people: ['Kowalczyk|Kowalczyk@41', 'Brennholt|Brennholt@57', 'Zaberl|Zaberl@85', 'Mavrodin|Mavrodin@120',
        'Tessaro|Tessaro@137'],
    });
  });
});

describe('findNames: an organization whose complement is a list', () => {
  it('keeps "Ministry of A, B and C" whole', () => {
    const text = 'Officials at the Ministry of Economy, Trade and Industry said exports rose.';
    check(text, { organizations: ['Ministry of Economy, Trade and Industry|Ministry of Economy, Trade and Industry@17'], people: [] });
  });
  it('takes longer lists and other head words', () => {
    const text = 'The Department of Education, Science, Culture and Sport in Varnholm agreed.';
    check(text, {
      organizations: ['Department of Education, Science, Culture and Sport|Department of Education, Science, Culture and Sport@4'],
    });
  });
  it('stops at a comma that opens no list', () => {
    const text = 'The Ministry of Finance, Bartol Ivkovic said, would decide.';
    check(text, { organizations: ['Ministry of Finance|Ministry of Finance@4'], people: ['Bartol Ivkovic|Bartol Ivkovic@25'] });
  });
});

describe('findNames: newspapers, newsrooms and scorer lists', () => {
  it('reads a name before "newspaper" or "daily" as the publication', () => {
    check('The plan was shelved, Tidende Varska newspaper said on Friday.', {
      organizations: ['Tidende Varska|Tidende Varska@22'], people: [],
    });
  });
  it('reads "X Newsroom" as an organization', () => {
    check('-- Marit Olsen, Ostrava Newsroom, 42-2-1111\n', {
      organizations: ['Ostrava Newsroom|Ostrava Newsroom@16'], people: ['Marit Olsen|Marit Olsen@3'],
    });
  });
  it('reads the clubs of a goalscorers list as teams', () => {
    const text = 'SOCCER - LEADING GOALSCORERS.\nLeading goalscorers in the first division after the weekend\'s matches:\n'
      + '7 - Bogdan Karlik (Sokol Varno)\n5 - Jacek Mrowa (Vistula Breg)\n';
    check(text, {
      people: ['Bogdan Karlik|Bogdan Karlik@105', 'Jacek Mrowa|Jacek Mrowa@137'],
      organizations: ['Sokol Varno|Sokol Varno@120', 'Vistula Breg|Vistula Breg@150'],
    });
  });
});

describe('findNames: bylines', () => {
  it('reads a two-word line just above the dateline as the reporter', () => {
    const text = 'Grain prices seen steady.\nHalvard Brekke\nOSLO 1996-08-30\nGrain trade was quiet, dealers said.\n';
    check(text, { people: ['Halvard Brekke|Halvard Brekke@26'] });
  });
  it('leaves a heading that is no byline alone', () => {
    const text = 'Strengthening Trilateral Ties\nThe talks went on, officials said.\n';
    check(text, { people: [] });
  });
});

describe('findNames: an acronym opening a mixed-case name', () => {
  it('makes a company, not a person', () => {
    check('Analysts at KDB Varnholt raised their forecast.', { organizations: ['KDB Varnholt|KDB Varnholt@12'], people: [] });
  });
});

describe('findNames: an organization head after a given name', () => {
  it('outweighs the given name', () => {
    check('The Margot Foundation gave the school a grant.\n-- Elena Vasova, Sofia Newsroom, 359-2-1111\n', {
      people: ['Elena Vasova|Elena Vasova@50'],
      organizations: ['Margot Foundation|Margot Foundation@4', 'Sofia Newsroom|Sofia Newsroom@64'],
    });
  });
});

describe('findNames: a title word opening an organization name', () => {
  it('is not peeled off as a title', () => {
    const r = run('NEW YORK 1996-08-22\nMajor League Hockey\nstandings after games played on Wednesday\n');
    expect(r.people).toEqual([]);
  });
});

describe('findNames: players described by a ranking, a seeding or a final', () => {
  it('reads "finalist X" and "the 11th-seeded X" as the player', () => {
    const text = 'TENNIS - UPSETS.\nThe match was played on Thursday but Wimbledon finalist TaliVan Houston lost in five sets. '
      + 'The 11th-seeded Houston fell short of a comeback in the second round of the tournament, losing 6-3 6-4.\n';
    const r = run(text);
    expect(r.people.map((e) => e.name)).toEqual(['TaliVan Houston']);
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['TaliVan Houston', 'Houston']);
  });
});

describe('findNames: a player name wrapped over a line break', () => {
  it('reads the word opening the line after a lone given name as the surname', () => {
    const text = 'Leading scores: Paul Brenner, Ian\nWoodsmith (Wales), Greg\nChalkley (Australia)\n';
    check(text, { people: ['Paul Brenner|Paul Brenner@16', 'Ian|Ian@30', 'Woodsmith|Woodsmith@34', 'Greg|Greg@53', 'Chalkley|Chalkley@58'] });
  });
});

describe('findNames: an institution head word alone', () => {
  it('is an organization inside a sentence', () => {
    check('The bill passed after the Senate voted on Tuesday.', { organizations: ['Senate|Senate@26'], people: [] });
  });
});

describe('findNames: ethnic, religious and political group words', () => {
  it('are neither people nor organizations', () => {
    const text = 'Rebels attacked the town. The Chechen said they would not leave. Iraq\'s rebel Kurds met. He met Roman Catholic leaders.';
    const r = run(text);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
  });
  it('leave a given name that is also a group word alone', () => {
    check('Coach Christian Varlow praised the team.', { people: ['Christian Varlow|Christian Varlow@6'] });
  });
});

describe('findNames: long title complements and names joined by "and"', () => {
  it('peels a title whose complement runs over several words', () => {
    check('Talks were held with Minister of Foreign Affairs Ali Tarvani on Monday.', { people: ['Ali Tarvani|Ali Tarvani@49'] });
  });
  it('does not join "and" after a person inside a title phrase, nor take an acronym for a surname', () => {
    const text = 'The talks were between Assistant Secretary for Near East Affairs Robert Pellman and KNU leader Jalal Varani. '
      + 'The KNU said it agreed.';
    const r = run(text);
    expect(r.people.map((e) => e.name)).toEqual(['Robert Pellman', 'Jalal Varani']);
    expect(r.organizations.map((e) => e.name)).toEqual(['KNU']);
  });
});

describe('findNames: teams in results with their countries', () => {
  it('reads "A (Country) 2 B (Country) 1" as two teams, a standings row of riders as people', () => {
    const text = 'SOCCER - CUP RESULTS.\nResults of first round soccer matches on Thursday in the cup:\n'
      + 'In Varna: Gloria Varnesti (Romania) 2 Dunav Ruse (Bulgaria) 1\n'
      + 'Points after the race:\n1. Jonas Kobel (Poland) 18\n2. Anders Brekk (Norway) 11\n';
    const r = run(text);
    expect(r.organizations.map((e) => e.name)).toEqual(['Gloria Varnesti', 'Dunav Ruse']);
    expect(r.people.map((e) => e.name)).toEqual(['Jonas Kobel', 'Anders Brekk']);
  });
});

describe('findNames: a nationality the countries extractor found, before a title', () => {
  it('is peeled off with the title', () => {
    const text = 'He met British Prime Minister Tom Varley on Monday.';
    const gb: CountryEntity = { name: 'United Kingdom', code: 'GB', mentions: [{ text: 'British', start: 7, end: 14 }] };
    const r = run(text, [gb]);
    expect(flat(text, r.people)).toEqual(['Tom Varley|Tom Varley@30']);
  });
});

describe('findNames: regnal numbers and hyphenated Asian given names', () => {
  it('keeps "Queen Matilda I" and "Kim Jae-so" whole, and "I" alone stays a pronoun', () => {
    const text = '1533 - Queen Matilda I born. They asked for the return of Kim In-so and Lee Su-hwan. '
      + 'Later Tom Varley said I was right.';
    const r = run(text);
    expect(r.people.map((e) => e.mentions.map((m) => m.text).join('|'))).toEqual(['Matilda I', 'Kim In-so', 'Lee Su-hwan', 'Tom Varley']);
  });
});

describe('findNames: a phone number is no bowling analysis', () => {
  it('leaves "-- Varna Newsroom, 42-2-2423-0003" an organization on a page full of figures', () => {
    const text = 'The index rose 1.2 points to 869.3, up 14.4 points to 1,294.5 and 12.5 to 88.1 on 1.5 million shares.\n'
      + '-- Varna Newsroom, 42-2-2423-0003\n';
    check(text, { organizations: ['Varna Newsroom|Varna Newsroom@105'], people: [] });
  });
});

describe('findNames: a nationality noun before a name', () => {
  it('is not part of the name', () => {
    const text = 'The side, coached by Pole Wojtek Marzec, won.';
    const pl: CountryEntity = { name: 'Poland', code: 'PL', mentions: [{ text: 'Pole', start: 21, end: 25 }] };
    expect(flat(text, run(text, [pl]).people)).toEqual(['Wojtek Marzec|Wojtek Marzec@26']);
  });
});

describe('findNames: a describing word before a given name and a surname', () => {
  it('is peeled off ("Reliever Mark Tarrow", "Democrat Walter Brinley")', () => {
    const r = run('Reliever Mark Tarrow took the loss. Democrat Walter Brinley lost in 1984.');
    expect(r.people.map((e) => e.name)).toEqual(['Mark Tarrow', 'Walter Brinley']);
  });
  it('keeps a hyphenated given name whole', () => {
    const r = run('The French defender Jean-Pierre Cyrano was banned.');
    expect(r.people.map((e) => e.name)).toEqual(['Jean-Pierre Cyrano']);
  });
});

describe('findNames: given names that are also common words or titles', () => {
  it('reads "Al Varney" and "Dean Holt" as whole names, "Al-Ahram" as no given name', () => {
    const r = run('The meek Al Varney, the vice president, spoke. Australian captain Dean Holt is conceding nothing. '
      + 'Al-Ahram newspapers said the men were arrested.');
    expect(r.people.map((e) => e.name)).toEqual(['Al Varney', 'Dean Holt']);
  });
});

describe('findNames: a full name wrapped over a line break in a results list', () => {
  it('reads both halves as a person, whatever the given name', () => {
    const text = 'GOLF - LEADING SCORES.\nLeading scores after the second round of the tournament on Friday:\n'
      + '142 Philip Walsby (Ireland) 71 71, Retoft\nGaasen (South Africa) 71 71, Ove Sellman (Sweden), Klaes\nErikstad (Sweden) 71 71\n';
    const r = run(text);
    expect(r.people.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(
      ['Philip Walsby', 'Retoft', 'Gaasen', 'Ove Sellman', 'Klaes', 'Erikstad']);
  });
});

describe('findNames: an abbreviation closing the line', () => {
  it('leaves the full stop out of "Halvorsen Tool Corp." at a line end, keeps it inside the line', () => {
    const text = 'Lena Marsh agreed to buy Halvorsen Tool Corp.\nShares of Brightwater Corp. rose.\n';
    const r = run(text);
    expect(flat(text, r.organizations)).toEqual(
      ['Halvorsen Tool Corp|Halvorsen Tool Corp@25', 'Brightwater Corp.|Brightwater Corp.@56']);
  });
});

describe('findNames: baseball statistics in capitals', () => {
  it('reads "RBI" and "ERA" as no organization', () => {
    const r = run('Carl Denholm had three hits and drove in two runs, raising his RBI total to 88.\n'
      + 'Walt Pellor lowered his ERA to 2.91 with seven strong innings.\n');
    expect(r.organizations.map((e) => e.name)).toEqual([]);
    expect(r.people.map((e) => e.name)).toEqual(['Carl Denholm', 'Walt Pellor']);
  });
});

describe('findNames: a league on a sports page', () => {
  it('is the competition, not an organization; a political league stays one', () => {
    const sport = run('The coach said his team would win the Coastal League title this season.\n'
      + 'The striker scored two goals in the match and the goalkeeper saved a penalty.\n');
    expect(sport.organizations.map((e) => e.name)).toEqual([]);
    const politics = run('The Farmers League won 12 seats in the election.\n');
    expect(politics.organizations.map((e) => e.name)).toEqual(['Farmers League']);
  });
});

describe('findNames: an acronym compromise reads as a unit of time', () => {
  it('keeps "HRS" and "WKS" in a lower-case sentence as organizations', () => {
    const r = run('Regulators at the HRS said on Monday that the fine stood. The WKS fined the bank.\n');
    expect(r.organizations.map((e) => e.name)).toEqual(['HRS', 'WKS']);
  });
});

describe('findNames: a town before a legal form', () => {
  it('reads "Leeds Harbour Estates Plc" as a company, whatever place tag compromise spreads over it', () => {
    const r = run('Results from Leeds Harbour Estates Plc helped to boost the sector on Thursday.\n');
    expect(r.organizations.map((e) => e.name)).toEqual(['Leeds Harbour Estates Plc']);
    expect(r.places.map((e) => e.name)).toEqual([]);
  });
});

describe('findNames: hospitals and prisons', () => {
  it('are places, as buildings ("Marlow General Hospital", "Greystone Prison")', () => {
    const r = run('The guard was taken from Greystone Prison to Marlow General Hospital after the attack.\n');
    expect(r.places.map((e) => e.name)).toEqual(['Greystone Prison', 'Marlow General Hospital']);
    expect(r.organizations.map((e) => e.name)).toEqual([]);
  });
});

describe('findNames: a newspaper with its capitalised article', () => {
  it('reads "The Morning Herald" whole, "the Morning Herald" without the article', () => {
    const text = 'The Morning Herald said the deal was off. Officials told The Morning Herald on Friday.\n';
    const r = run(text);
    expect(flat(text, r.organizations)).toEqual(
      ['The Morning Herald|The Morning Herald@0', 'The Morning Herald|The Morning Herald@57']);
    const lower = 'Officials told the Morning Herald on Friday.\n';
    expect(flat(lower, run(lower).organizations)).toEqual(['Morning Herald|Morning Herald@19']);
  });
});

describe('findNames: a sports centre', () => {
  it('is a venue, a place ("Westmoor Tennis Centre"), unlike a "Westmoor Research Centre"', () => {
    const r = run('Harlan Voss won the match at the Westmoor Tennis Centre on Tuesday.\n');
    expect(r.places.map((e) => e.name)).toEqual(['Westmoor Tennis Centre']);
    expect(r.organizations.map((e) => e.name)).toEqual([]);
    const o = run('Scientists at the Westmoor Research Centre said the data were sound.\n');
    expect(o.organizations.map((e) => e.name)).toEqual(['Westmoor Research Centre']);
  });
});
