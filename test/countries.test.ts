import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../src/article/article.js';
import { findCountries } from '../src/extract/countries.js';

/** Every country mention found in `text`, as [mention text, code, start], in text order. */
function found(text: string): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const c of findCountries(parseArticle(text))) {
    for (const m of c.mentions) {
      // The offset contract: a mention is exactly the slice of the input it points at.
      expect(text.slice(m.start, m.end)).toBe(m.text);
      out.push([m.text, c.code, m.start]);
    }
  }
  return out.sort((a, b) => a[2] - b[2]);
}

describe('findCountries', () => {
  it.each<[string, string, [string, string, number][]]>([
    // Names, official names, alternative spellings, aliases.
    ['common name', 'Talks with Japan resumed.', [['Japan', 'JP', 11]]],
    ['two-word name', 'He flew to South Korea today.', [['South Korea', 'KR', 11]]],
    ['official name', 'The Russian Federation objected.', [['Russian Federation', 'RU', 4]]],
    ['United States', 'The United States agreed.', [['United States', 'US', 4]]],
    ['dotted abbreviation keeps its final period', 'Troops left the U.S.', [['U.S.', 'US', 16]]],
    ['capital acronym', 'USA and UK teams met.', [['USA', 'US', 0], ['UK', 'GB', 8]]],
    ['news alias', 'Britain and Holland signed.', [['Britain', 'GB', 0], ['Holland', 'NL', 12]]],
    ['Korea alone is the South', 'Korea exports rose.', [['Korea', 'KR', 0]]],
    ['DPRK and ROK', 'The DPRK warned the ROK.', [['DPRK', 'KP', 4], ['ROK', 'KR', 20]]],
    ['England is the United Kingdom', 'England beat Wales.', [['England', 'GB', 0], ['Wales', 'GB', 13]]],
    ['hyphenated name', 'Guinea-Bissau voted.', [['Guinea-Bissau', 'GW', 0]]],
    ['accents do not matter', 'Côte d\'Ivoire and Türkiye met.', [['Côte d\'Ivoire', 'CI', 0], ['Türkiye', 'TR', 18]]],
    ['possessive is not part of the mention', "North Korea's missiles flew.", [['North Korea', 'KP', 0]]],
    // Demonyms as adjectives and plurals.
    ['demonym adjective', 'U.S. and Japanese diplomats met.', [['U.S.', 'US', 0], ['Japanese', 'JP', 9]]],
    ['demonym plural', 'Germans and Iraqis protested.', [['Germans', 'DE', 0], ['Iraqis', 'IQ', 12]]],
    ['two-word demonym and its plural', 'North Korean troops; Sri Lankans fled.', [['North Korean', 'KP', 0], ['Sri Lankans', 'LK', 21]]],
    ['demonym as a language', 'She speaks Spanish.', [['Spanish', 'ES', 11]]],
    // Capitals: the government by metonymy, the city otherwise.
    ['capital in possessive stands for the state', "cooperation against Pyongyang's military threats", [['Pyongyang', 'KP', 20]]],
    ['capital as subject of a speech verb', 'Washington said it would respond.', [['Washington', 'US', 0]]],
    ['capital through an auxiliary', 'Beijing has warned Taipei.', [['Beijing', 'CN', 0]]],
    ['capital acting through a modal and a base verb', 'He said Canberra would supply lithium.', [['Canberra', 'AU', 8]]],
    ['base verb without an auxiliary is no act', 'The Beijing plan failed.', []],
    ['a city that hosts is a place', 'Tokyo will host the talks.', []],
    ['a seat of government acting for it', 'The Kremlin said talks were over.', [['Kremlin', 'RU', 4]]],
    ['a seat of government as a building', 'Tourists visited the Kremlin on Monday.', []],
    ['a multi-word seat acting', 'Downing Street rejected the claim.', [['Downing Street', 'GB', 0]]],
    ['capital after a relation noun', 'It resumed talks with Tehran.', [['Tehran', 'IR', 22]]],
    ['capital as a place after a preposition', 'During a seminar in Seoul, they met.', []],
    ['capital in a dateline', 'SEOUL 1996-08-30\nPrices rose.', []],
    ['capital with a city noun', "Moscow's mayor spoke.", []],
    ['capital with a city noun a few words on', "London's two major airports closed.", []],
    ['person named like a capital', 'George Washington said so.', []],
    // Compounds and nesting.
    ['a combining form before a country word', 'The Sino-Japanese war began.', [['Sino', 'CN', 4], ['Japanese', 'JP', 9]]],
    ['a combining form before an abbreviation', 'Franco-U.S. ties warmed.', [['Franco', 'FR', 0], ['U.S.', 'US', 7]]],
    ['a combining form in a word that names no country', 'Anglo-Saxon poetry and Greco-Roman wrestling.', []],
    ['turkey the food', 'Turkey meat prices rose before the holiday.', []],
    ['compound parts each their own mention', 'U.S.-ROK-Japan cooperation', [['U.S.', 'US', 0], ['ROK', 'KR', 5], ['Japan', 'JP', 9]]],
    ['nested in an organization', 'at the U.S. Embassy in Seoul', [['U.S.', 'US', 7]]],
    ['compound adjective', 'a Hong Kong-based group', [['Hong Kong', 'HK', 2]]],
    // ALL CAPS headlines.
    ['headline in capitals', 'SOCCER - JAPAN GET LATE WIN OVER SYRIA', [['JAPAN', 'JP', 9], ['SYRIA', 'SY', 33]]],
    ['headline two-word name', 'SRI LANKA BEAT NEW ZEALAND', [['SRI LANKA', 'LK', 0], ['NEW ZEALAND', 'NZ', 15]]],
    ['Title Case headline', 'Oil Prices Hit Russia Hard\n\nText.', [['Russia', 'RU', 15]]],
    ['Title Case headline with a first-name-like country', 'Talks Between China And Japan Stall', [['China', 'CN', 14], ['Japan', 'JP', 24]]],
    // False friends.
    ['lower-case common words', 'We ate turkey on china plates in us.', []],
    ['us pronoun in a headline', 'LET US WIN', []],
    ['US dollar sign', 'It cost US$5 million.', []],
    ['guinea pig', 'Guinea pigs are pets.', []],
    ['first name before a country word', 'Michael Jordan scored.', []],
    ['country word before a surname', 'Chad Smith sang.', []],
    ['surname seen once stays a person', 'Director Neil Jordan spoke. Jordan said the film was done.', []],
    ['Jordan the country', 'King Hussein of Jordan met Jordan\'s premier.', [['Jordan', 'JO', 16], ['Jordan', 'JO', 27]]],
    ['US state and region names', 'New Jersey, New Mexico and Latin America', []],
    ['city named after a country', 'Mexico City is large.', []],
    ['former states get no code', 'the Soviet Union and Yugoslavia', []],
    ['sentence-initial adjective does not make a name', 'Under English law it is banned.', [['English', 'GB', 6]]],
    ['Reuters-style initials', 'S.Korea rebuffs N. Korea', [['S.Korea', 'KR', 0], ['N. Korea', 'KP', 16]]],
    ['Georgia the US state after its city', 'Atlanta, Georgia', []],
    ['Georgia the country after its capital', 'Tbilisi, Georgia', [['Georgia', 'GE', 9]]],
    ['Miss is a title here', 'Miss Venezuela won.', [['Venezuela', 'VE', 5]]],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives one entity per code, named by its common English name, in order of first mention', () => {
    const text = 'The U.S. and Japan met. The United States, America and the USA agreed.';
    const entities = findCountries(parseArticle(text));
    expect(entities.map((e) => [e.name, e.code, e.mentions.length])).toEqual([
      ['United States', 'US', 4],
      ['Japan', 'JP', 1],
    ]);
  });

  it('finds the seed article countries', () => {
    const text =
      'During a seminar in Seoul on March 21, 2024, U.S. and Japanese diplomats highlighted the need for cooperation ' +
      "among the United States, Japan, and South Korea, in response to North Korea's provocations and cooperation " +
      "with Russia, against Pyongyang's military threats.";
    const entities = findCountries(parseArticle(text));
    expect(entities.map((e) => e.code)).toEqual(['US', 'JP', 'KR', 'KP', 'RU']);
  });

  it('scans a long, repetitive input in linear time', () => {
    // Built without the parser so that only the country scan is timed: 400 KB of near-matches and capitals.
    const text = 'U.S.-ROK-Japan Washington has has has said Michael Jordan in Seoul, the Republic of of of '.repeat(4500);
    const article: Article = { source: '-', text, body: text, documentDate: null, header: null, tokens: [], sentences: [] };
    // A backtracking blow-up would never finish: the test's timeout catches it; `npm run bench` measures the growth.
    const entities = findCountries(article);
    expect(entities.map((e) => e.code)).toEqual(['US', 'KR', 'JP']);
  }, 60_000);
});
