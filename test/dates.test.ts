import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/article.js';
import { findDates, findTimexes } from '../src/extract/dates.js';

type Row = [sentence: string, documentDate: string | null, expected: [text: string, value: string, kind: string][]];

/** Every mention as [text, value, kind] in text order, checking that each offset pair points at its text. */
function run(text: string, documentDate: string | null): [string, string, string][] {
  const article = parseArticle(text, documentDate ? { documentDate } : {});
  const out: [string, string, string, number][] = [];
  for (const e of findDates(article)) {
    for (const m of e.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      out.push([m.text, e.value, e.kind, m.start]);
    }
  }
  return out.sort((a, b) => a[3] - b[3]).map(([t, v, k]) => [t, v, k]);
}

describe('findDates: a month and a day', () => {
  it.each<Row>([
    // the seed article's day
    ['During a seminar in Seoul on March 21, 2024, diplomats met.', '2024-03-20', [['March 21, 2024', '2024-03-21', 'date']]],
    ['He was shot last Oct. 23 at his home.', '1999-04-19', [['Oct. 23', '1998-10-23', 'date']]],
    ['The company said the dividend is payable Dec. 15.', '1989-11-01', [['Dec. 15', '1989-12-15', 'date']]],
    // the second day of a pair takes the first one's month; a count after "and" is no day
    ['The ministers will meet in Oslo on June 11 and 12.', '2001-05-20', [['June 11', '2001-06-11', 'date'], ['12', '2001-06-12', 'date']]],
    ['Voting took place on Oct. 3 or 4 in most provinces.', '2001-10-20', [['Oct. 3', '2001-10-03', 'date'], ['4', '2001-10-04', 'date']]],
    ['Floods hit on May 5 and 6 people drowned.', '2001-05-20', [['May 5', '2001-05-05', 'date']]],
    ["Women's Day is Sunday, March eighth; the vote was on the twenty-first of June, and sales fell in May second-quarter reports.", '1998-03-05', [['Sunday, March eighth', '1998-03-08', 'date'], ['the twenty-first of June', '1997-06-21', 'date'], ['May', '1997-05', 'date'], ['second-quarter', '1997-Q2', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: months', () => {
  it.each<Row>([
    ['The recent launch of a real-time system in December is a step forward.', '2024-03-20', [['December', '2023-12', 'date']]],
    ['The launch will take place in December.', '2024-03-20', [['December', '2024-12', 'date']]],
    ['Talks resume in April.', '1998-12-05', [['April', '1999-04', 'date']]],
    // a plural noun after a preposition ("for health reasons") is no verb of the clause: "stepped down" decides
    ['Taylor, who stepped down as chairman and chief executive in March for health reasons, left.', '1989-11-02', [['March', '1989-03', 'date']]],
    ['Prices fell in July 1997 and rose in late November.', '1998-02-13', [['July 1997', '1997-07', 'date'], ['late November', '1997-11', 'date']]],
    ['Sales rose in January this year and in June last year.', '1998-02-19', [['January this year', '1998-01', 'date'], ['June last year', '1997-06', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: weekdays', () => {
  it.each<Row>([
    // weekdays: the tense of the nearest verb decides last or coming
    ['He met the minister on Friday.', '1998-02-11', [['Friday', '1998-02-06', 'date']]],
    ['He will meet the minister on Friday.', '1998-02-11', [['Friday', '1998-02-13', 'date']]],
    ['The father would be traveling to the United States Thursday.', '2000-04-05', [['Thursday', '2000-04-06', 'date']]],
    ['The group could leave as soon as Tuesday.', '2000-04-03', [['Tuesday', '2000-04-04', 'date']]],
    ['The clinic closes on Tuesday nights.', '1998-02-13', [['Tuesday nights', 'XXXX-WXX-2TNI', 'set']]],
    ["Women's Day is this coming Sunday.", '1998-03-05', [['this coming Sunday', '1998-03-08', 'date']]],
    ['Earlier Friday, police said the fire was out.', '1998-02-11', [['Friday', '1998-02-06', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: the clause decides whether a weekday or month is behind or ahead', () => {
  it.each<Row>([
    // verbs of intending and arranging look ahead, whatever their own tense
    ['The delegation plans to leave on Thursday.', '1998-02-11', [['Thursday', '1998-02-12', 'date']]],
    ['Talks are set to resume Monday in Geneva.', '1998-03-22', [['Monday', '1998-03-23', 'date']]],
    ['The court postponed until Tuesday any ruling on the case.', '2000-03-30', [['Tuesday', '2000-04-04', 'date']]],
    ['The agency has scheduled a briefing Thursday to explain the plan.', '1999-05-05', [['Thursday', '1999-05-06', 'date']]],
    ['The shares are to resume trading in Paris Tuesday.', '1989-10-27', [['Tuesday', '1989-10-31', 'date']]],
    ['Buyers were ready to act as soon as trading opened Monday.', '1989-11-01', [['Monday', '1989-11-06', 'date']]],
    // ... but not the day the planning happened, nor a plan already overtaken
    ['On Friday, the government planned to raise taxes.', '1998-09-30', [['Friday', '1998-09-25', 'date']]],
    ['The offer had been scheduled to expire at midnight Friday.', '1989-10-30', [['midnight Friday', '1989-10-27T24:00', 'time']]],
    // prepositions that fix the direction
    ['The ship has been at sea since March.', '1990-08-13', [['March', '1990-03', 'date']]],
    ['The bank created a new office, effective Feb. 1.', '1989-10-26', [['Feb. 1', '1990-02-01', 'date']]],
    ['The company declared a dividend, payable Dec. 15.', '1989-10-26', [['Dec. 15', '1989-12-15', 'date']]],
    ['He said that rules to be published in early November will decide the matter.', '1989-10-30', [['early November', '1989-11', 'date']]],
    ['The airline doubles its flights by August.', '1998-02-13', [['August', '1998-08', 'date']]],
    ['Thirty members had filed reports by Wednesday.', '1990-08-16', [['Wednesday', '1990-08-15', 'date']]],
    // a verb further back in a long sentence still dates the month
    ['He stepped down as chairman, president and chief executive officer of the bank in March.', '1989-11-02', [['March', '1989-03', 'date']]],
    // a gloss in brackets takes the tense of the clause it glosses, not of the reporting verb after it
    ["'The team will fly home at the end of the tour (12 p.m. GMT Friday),' the coach said.", '2003-06-10', [['12 p.m. GMT Friday', '2003-06-13T12:00', 'time']]],
    // a participle clause after a comma takes the tense of the main verb, however far back it is
    ['The stock has swung widely on merger talk, climbing to a peak for the year of $18.50 a share in May from $11.25 in February.',
      '2004-11-15', [['the year', '2004', 'date'], ['May', '2004-05', 'date'], ['February', '2004-02', 'date']]],
    // a clock time with its calendar day
    ['The offer expires at 5 p.m. EST, Nov. 6.', '1989-10-30', [['5 p.m. EST, Nov. 6', '1989-11-06T17:00', 'time']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: today, yesterday and parts of the day', () => {
  it.each<Row>([
    ['Yesterday the index fell, and today it rose.', '1990-08-13', [['Yesterday', '1990-08-12', 'date'], ['today', '1990-08-13', 'date']]],
    ['Police came yesterday morning and will leave tomorrow evening.', '1990-08-13', [['yesterday morning', '1990-08-12TMO', 'time'], ['tomorrow evening', '1990-08-14TEV', 'time']]],
    ['He showed the film High Noon and said high noon comes today, at noon.', '1999-03-12', [['today', '1999-03-12', 'date'], ['noon', '1999-03-12T12:00', 'time']]],
    ['Shares fell at midday and rose by mid-afternoon yesterday.', '1989-11-02', [['midday', '1989-11-02T12:00', 'time'], ['mid-afternoon yesterday', '1989-11-01TAF', 'time']]],
    ['Earlier yesterday the index fell.', '1990-08-13', [['Earlier yesterday', '1990-08-12', 'date']]],
    // "today's" before a noun of the age we live in is nowadays; the day's paper is the document's day
    ["In today's world, many of today's personal computers still fail; today's editions say so.", '1990-08-13', [['today', '1990-08-13', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: clock times', () => {
  it.each<Row>([
    // a 24-hour time with its zone keeps the time, and the day named after it
    ['Trading opens at 09:30 GMT Monday and closed at 1600 GMT.', '1998-02-11', [['09:30 GMT Monday', '1998-02-09T09:30', 'time'], ['1600 GMT', '1998-02-11T16:00', 'time']]],
    // a race time is a duration
    ['He won in 2:14:07 and ran the 1,500 in 3:31.84.', '1998-02-11', [['2:14:07', 'PT2H14M7S', 'duration'], ['3:31.84', 'PT3M31.84S', 'duration']]],
    ['Police said the fire started at 10 p.m. Wednesday.', '1998-02-13', [['10 p.m. Wednesday', '1998-02-11T22:00', 'time']]],
    // a time glossed in another zone: one time, of the day named after the gloss
    ['The blast occurred at about 9:15 a.m. (0615 GMT) Tuesday, police said.', '2001-05-24', [['9:15 a.m.', '2001-05-22T09:15', 'time'], ['Tuesday', '2001-05-22', 'date']]],
    ['He was soon released, and as soon as he left, soon after noon, the crowd went home.', '1989-11-02', [['noon', '1989-11-02T12:00', 'time']]],
    ['The plane landed around 7:15 p.m., and the vote is due around Nov. 1; we had to get around Wednesday.', '1989-10-25', [['around 7:15 p.m.', '1989-10-25T19:15', 'time'], ['around Nov. 1', '1989-11-01', 'date'], ['Wednesday', '1989-10-25', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: years, decades and centuries', () => {
  it.each<Row>([
    ['He lived there in the 1990s.', '2005-01-01', [['the 1990s', '199', 'date']]],
    // a range of years: each year (a two-digit second year takes the first one's century)
    ['The league ran its 2004-2005 season, as it had in 1961-62 and 1999-00.', '2010-06-15', [['2004', '2004', 'date'], ['2005', '2005', 'date'], ['1961', '1961', 'date'], ['62', '1962', 'date'], ['1999', '1999', 'date'], ['00', '2000', 'date']]],
    ['Call 1990-1234 about the 1950-2010 archive; it cost $1990-95.', '2010-06-15', []],
    ['It was the first time since fiscal 1989.', '1990-06-01', [['fiscal 1989', '1989', 'date']]],
    ['It happened in nineteen ninety-six.', '1998-01-08', [['nineteen ninety-six', '1996', 'date']]],
    ['The group began to fall apart in mid-1996 and its post-1959 files were lost.', '1998-02-19', [['mid-1996', '1996', 'date'], ['post-1959', '1959', 'date']]],
    ['Oil fell to the level seen in the winter of nineteen ninety-four and in January nineteen ninety-seven.', '1998-02-23', [['the winter of nineteen ninety-four', '1994-WI', 'date'], ['January nineteen ninety-seven', '1997-01', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: relative units and seasons', () => {
  it.each<Row>([
    ['The warning system, which went online this year, works.', '2024-03-20', [['this year', '2024', 'date']]],
    ['Revenue was $76 million for the year ended March 31.', '1989-11-01', [['the year', 'P1Y', 'duration'], ['March 31', '1989-03-31', 'date']]],
    ['Sales fell last month and last week.', '1998-03-04', [['last month', '1998-02', 'date'], ['last week', '1998-W09', 'date']]],
    ['They will meet this summer.', '1998-03-22', [['this summer', '1998-SU', 'date']]],
    // the edge of a deictic week or month belongs to the expression
    ['Shareholders will get the materials at the end of this week.', '2001-05-24', [['the end of this week', '2001-W21', 'date']]],
    ['The plant will close at the beginning of next month.', '2001-05-24', [['the beginning of next month', '2001-06', 'date']]],
    ['Troops will be in place by the end of the month, and talks at the end of the week.', '1990-08-13', [['the end of the month', '1990-08', 'date'], ['the end of the week', '1990-W33', 'date']]],
    ['Sales rose at the end of the month of Ramadan.', '1990-08-13', []],
    ['He sold it this past spring and in the early summer; the fall of the regime came in the fall.', '1989-10-30', [['this past spring', '1989-SP', 'date'], ['the early summer', '1989-SU', 'date'], ['the fall', '1989-FA', 'date']]],
    ['Shares rose over the summer of 1988, and the Spring of Life rally went on.', '1989-10-30', [['the summer of 1988', '1988-SU', 'date']]],
    ['We met this past weekend.', '1998-03-04', [['this past weekend', '1998-W09-WE', 'date']]],
    ['Speaking on ABC\'s "This Week," he said talks resume this week.', '1990-08-13', [['this week', '1990-W33', 'date']]],
    ['Prices rose over the past year.', '1998-03-03', [['the past year', '1997', 'date']]],
    ['Rates should stay low in the next year.', '1989-10-30', [['the next year', '1990', 'date']]],
    ['It has been the worst storm this century.', '1999-03-13', [['this century', 'P100Y', 'duration']]],
    ['Growth will slow over the coming decade and the next century.', '1999-03-13', [['the coming decade', 'P10Y', 'duration'], ['the next century', 'P100Y', 'duration']]],
    ['The bank expects to close the deal by year-end.', '1989-11-02', [['year-end', '1989-12-31', 'date']]],
    ['Shares hit a high for the year in June, and sales in the fiscal year ending June 30, 1990, will rise.', '1989-10-30', [['the year', '1989', 'date'], ['June', '1989-06', 'date'], ['the fiscal year', 'P1Y', 'duration'], ['June 30, 1990', '1990-06-30', 'date']]],
    ['The index has risen 12% since year-end.', '1989-10-30', [['year-end', '1988-12-31', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: amounts of time', () => {
  it.each<Row>([
    // a bare plural unit after a preposition of extent or a verb of taking time
    ['Grozny was shelled for hours, help came within minutes, the repairs took years and they spent days in talks.', '1996-08-30', [['hours', 'PTXH', 'duration'], ['minutes', 'PTXM', 'duration'], ['years', 'PXY', 'duration'], ['days', 'PXD', 'duration']]],
    ['The deal was signed in days of talks.', '1996-08-30', []],
    // coordinated numbers share the unit: both are durations
    ['Courts confirmed sentences of eight and six months; talks take two or three days.', '1996-08-30', [['eight', 'P8M', 'duration'], ['six months', 'P6M', 'duration'], ['two', 'P2D', 'duration'], ['three days', 'P3D', 'duration']]],
    ['He finished a further one and a quarter lengths back, after $5 million and two years.', '1996-08-30', [['two years', 'P2Y', 'duration']]],
    ['Two years ago the plant closed.', '1998-02-11', [['Two years ago', '1996', 'date']]],
    ['Net income fell a year ago in the fourth quarter.', '1990-02-01', [['a year ago', '1988-Q4', 'date'], ['the fourth quarter', '1989-Q4', 'date']]],
    ['Output grew in the past three years.', '1998-01-08', [['the past three years', 'P3Y', 'duration']]],
    ['The strike lasted 2 1/2 years.', '1998-02-27', [['2 1/2 years', 'P2Y6M', 'duration']]],
    ['More troops will arrive within weeks, and talks have gone on for months.', '1998-02-27', [['weeks', 'PXW', 'duration'], ['months', 'PXM', 'duration']]],
    ['It signed a five-year contract for two weeks of work.', '1998-02-27', [['five-year', 'P5Y', 'duration'], ['two weeks', 'P2W', 'duration']]],
    ['It scored a minute before the end and closed at 1600 GMT.', '1996-08-30', [['a minute', 'PT1M', 'duration'], ['1600 GMT', '1996-08-30T16:00', 'time']]],
    ['He scored a second goal with 10 seconds left.', '1996-08-30', [['10 seconds', 'PT10S', 'duration']]],
    ['It will save $500 million a year, 24 hours a day, and won three-quarters of the vote.', '1989-11-02', [['24 hours', 'PT24H', 'duration']]],
    ['Earnings fell to 5 cents a share from 9 cents a year ago.', '1998-05-01', [['a year ago', '1997', 'date']]],
    ['A decades-long feud ended after day-long talks and several-year delays.', '1998-03-04', [['decades-long', 'PXY', 'duration'], ['day-long', 'P1D', 'duration'], ['several-year', 'PXY', 'duration']]],
    ["He told CBS's 60 Minutes that the film 28 Days ran two hours.", '1989-10-30', [['two hours', 'PT2H', 'duration']]],
    ['Shares lagged for eight trading days and paid out within three business days.', '1989-10-30', [['eight trading days', 'P8D', 'duration'], ['three business days', 'P3D', 'duration']]],
    ['The plant will run for at least two more weeks and an additional year.', '1998-03-04', [['at least two more weeks', 'P2W', 'duration'], ['an additional year', 'P1Y', 'duration']]],
    ['Rates should stay low for the next two years or so.', '1989-10-30', [['the next two years or so', 'P2Y', 'duration']]],
    ['Three days later, the talks resumed.', '1998-03-22', [['Three days', 'P3D', 'duration']]],
    ['The hearing lasted a minute and a half, the debate an hour and a half.', '1998-01-14', [['a minute and a half', 'PT1M30S', 'duration'], ['an hour and a half', 'PT1H30M', 'duration']]],
    ['The talks lasted about five hours.', '1998-03-22', [['five hours', 'PT5H', 'duration']]],
    ['Holders must file at least 30 days before the meeting.', '1989-10-27', [['at least 30 days', 'P30D', 'duration']]],
    ['Sales rose to $5 million from $4 million a year earlier.', '1998-03-22', [['a year earlier', '1997', 'date']]],
    // a day or a week earlier measures back from the last event; a year earlier stays the calendar year
    ['A week earlier, the bank had cut its rates.', '2003-05-14', [['A week earlier', 'P1W', 'duration']]],
    // a range of amounts is one vague duration, not a score or an amount of money
    ['The repairs will take two to three weeks, the audit 12-18 months.', '2003-05-14', [['two to three weeks', 'PXW', 'duration'], ['12-18 months', 'PXM', 'duration']]],
    ['The team won 3 to 2 in the final minutes of a $2 to 3 million deal.', '2003-05-14', []],
    // with "ago" the nearer amount dates it; "Twenty-five" is one number, no range
    ['It began 3-4 years ago, and twenty-five years on it ended.', '2003-05-14', [['4 years ago', '1999', 'date'], ['twenty-five years', 'P25Y', 'duration']]],
    ['He will be away for a day or two.', '2003-05-14', [['a day or two', 'P1D', 'duration']]],
    // a coordinated second unit joins the span
    ['The ship sank within weeks or months of its launch.', '2003-05-14', [['weeks or months', 'PXW', 'duration']]],
    // the stretch before or after an event: the unit alone, a vague duration
    ['His car was seen in the weeks before the fire, and in the years that followed, he hid.', '2003-05-14', [['weeks', 'PXW', 'duration'], ['years', 'PXY', 'duration']]],
    // no determiner: the vague past or future, not a span
    ['Rates should fall in coming weeks, as they did in past years.', '2003-05-14', [['coming weeks', 'FUTURE_REF', 'date'], ['past years', 'PAST_REF', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: sets', () => {
  it.each<Row>([
    // a frequency is a set of its unit; its count is TimeML's freq, outside the value
    ['Prices are checked twice a year, three times a day and every summer; the board meets once a month.', '1998-02-11', [['twice a year', 'P1Y', 'set'], ['three times a day', 'P1D', 'set'], ['every summer', 'XXXX-SU', 'set'], ['once a month', 'P1M', 'set']]],
    ['The paper is published daily.', '1998-03-06', [['daily', 'P1D', 'set']]],
    // two ordinals sharing a plural "quarters": each quarter of any year
    ['Sales peak in the second and fourth quarters.', '2001-01-10', [['second', 'XXXX-Q2', 'set'], ['fourth quarters', 'XXXX-Q4', 'set']]],
    // a rate after a percentage and an average of amounts are no recurring times
    ['Sales should rise 8.5% annually, and average daily volume fell; the rally is held annually.', '1998-03-06', [['annually', 'P1Y', 'set']]],
    ['The festival is held each July.', '1998-03-22', [['each July', 'XXXX-07', 'set']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: holidays', () => {
  it.each<Row>([
    ["Stores were busy before Thanksgiving, and Mother's Day 1999 was quiet.", '1998-12-10', [['Thanksgiving', '1998-11-26', 'date'], ["Mother's Day 1999", '1999-05-09', 'date']]],
    // a holiday a few days off is this year's whatever the tense
    ['Police were stopping drivers on the roads during the Memorial Day weekend, officials said.', '2005-05-28', [['Memorial Day', '2005-05-30', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: references to the present, past and future', () => {
  it.each<Row>([
    ['Prices are now higher than last year.', '1998-02-13', [['now', 'PRESENT_REF', 'date'], ['last year', '1997', 'date']]],
    ['The theme will run from now to Election Day. He rested on Labor Day and reopened after Memorial Day.', '1998-10-26', [['now', 'PRESENT_REF', 'date'], ['Election Day', '1998-11-03', 'date'], ['Labor Day', '1998-09-07', 'date'], ['Memorial Day', '1998-05-25', 'date']]],
    ['Rates may rise in the near term, and the long-term plan will hold over the weeks ahead and the next couple of years.', '1998-10-26', [['the near term', 'FUTURE_REF', 'date'], ['the weeks ahead', 'PXW', 'duration'], ['the next couple of years', 'P2Y', 'duration']]],
    ['The company will soon begin selling boxes.', '1989-11-02', [['soon', 'FUTURE_REF', 'date']]],
    ['Holders may buy shares at half the then current market price.', '1989-11-02', [['then current', 'PAST_REF', 'date']]],
    ['The firm, which just months ago was thriving, will sell the unit as soon as possible or at a later date.', '1989-11-02', [['months ago', 'PAST_REF', 'date'], ['as soon as possible', 'FUTURE_REF', 'date'], ['a later date', 'FUTURE_REF', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: the reference time of a narrative', () => {
  it.each<Row>([
    // a bare clock time in a past clause is on the day of the background story, not on the reported week's
    ['Stores opened the product on Aug. 24, 1995, when shops opened at midnight. Police said Tuesday the blast came at 3 a.m.', '1996-08-22', [['Aug. 24, 1995', '1995-08-24', 'date'], ['midnight', '1995-08-24T24:00', 'time'], ['Tuesday', '1996-08-20', 'date'], ['3 a.m.', '1996-08-22T03:00', 'time']]],
    ['She moved to Lisbon in May 1994 and left later that year.', '1999-03-01', [['May 1994', '1994-05', 'date'], ['later that year', '1994', 'date']]],
    // "the previous Friday", "the following Monday": counted from the story's day, not the document date
    ['Shares fell 2% on Thursday and stood 3% below the previous Friday.', '2001-05-25', [['Thursday', '2001-05-24', 'date'], ['the previous Friday', '2001-05-18', 'date']]],
    ['The talks began on Wednesday and ended the following Monday.', '2001-05-18', [['Wednesday', '2001-05-16', 'date'], ['the following Monday', '2001-05-21', 'date']]],
    ['On March 3, 1996, he became mayor, and the following year he ran for governor.', '1999-03-01', [['March 3, 1996', '1996-03-03', 'date'], ['the following year', '1997', 'date']]],
    ['The firm was sold in July. The following month, its chief resigned.', '1989-11-02', [['July', '1989-07', 'date'], ['The following month', '1989-08', 'date']]],
    ['The bridge closed on Jan. 5, 1998. Earlier that day, a crack was found; repairs began the next morning.', '1999-03-01', [['Jan. 5, 1998', '1998-01-05', 'date'], ['Earlier that day', '1998-01-05', 'date'], ['the next morning', '1998-01-06TMO', 'time']]],
    ['The mill shut last April and its owner was arrested that same day.', '1998-02-01', [['last April', '1997-04', 'date'], ['that same day', '1997-04-XX', 'date']]],
    ['Profit fell in the second quarter of 1988, ended Oct. 31, and results for that quarter included a charge.', '1989-11-02', [['the second quarter of 1988', '1988-Q2', 'date'], ['Oct. 31', '1989-10-31', 'date'], ['that quarter', '1988-Q2', 'date']]],
    // before any date the story is at the document date
    ['Sales rose 5% from the previous year. Later that day the board met.', '1998-03-05', [['the previous year', '1997', 'date'], ['Later that day', '1998-03-05', 'date']]],
    // a market report's week is the week of the day it reports on
    ["Shares rose on Thursday in the week's busiest trading. For the week, the index gained 2%.", '2002-03-09',
      [['Thursday', '2002-03-07', 'date'], ['the week', '2002-W10', 'date'], ['the week', '2002-W10', 'date']]],
    // a bare "that day" is mostly no date of the story; "that year" with no date before stays unresolved
    ['Traders who sold that day lost money that year.', null, [['that year', 'XXXX', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: earnings reports', () => {
  it.each<Row>([
    // fiscal quarters: the quarter just reported on
    ['Profit rose in the third quarter.', '1989-11-02', [['the third quarter', '1989-Q3', 'date']]],
    // "the quarter a year ago": one span, the reported quarter of the year before
    ['The bank lost $12 million in the third quarter. For the quarter a year ago, it earned $4 million.', '2001-11-02',
      [['the third quarter', '2001-Q3', 'date'], ['the quarter a year ago', '2000-Q3', 'date']]],
    ["Sales for this year's third quarter beat last year's fourth quarter.", '1989-11-02', [["this year's third quarter", '1989-Q3', 'date'], ["last year's fourth quarter", '1988-Q4', 'date']]],
    ['Sales rose in the last half of 1989, less than in the last half of the decade.', '1990-02-01', [['the last half of 1989', '1989-H2', 'date']]],
    // two quarters of a named year are its half
    ['Weak demand should last through the first two quarters of 2002.', '2001-10-01', [['the first two quarters of 2002', '2002-H1', 'date']]],
    ['Output will recover in the last two quarters of next year.', '2001-10-01', [['the last two quarters of next year', '2002-H2', 'date']]],
    // the quarter that just ended anchors "the latest quarter" and "a year ago", not a quarter named as an aside
    [
      'Acme said third-quarter profit rose, but it expects a fourth-quarter charge. Earnings in the latest quarter were $5 million, up from $4 million a year ago.',
      '1989-11-02',
      [['third-quarter', '1989-Q3', 'date'], ['fourth-quarter', '1989-Q4', 'date'], ['the latest quarter', '1989-Q3', 'date'], ['a year ago', '1988-Q3', 'date']],
    ],
    [
      "Net income rose in the third quarter from the corresponding period last year. Sales beat last year's quarter and the 1988 period.",
      '1989-11-02',
      [['the third quarter', '1989-Q3', 'date'], ['the corresponding period last year', '1988-Q3', 'date'], ["last year's quarter", '1988-Q3', 'date'], ['the 1988 period', '1988-Q3', 'date']],
    ],
    // "compared with ... last year" in a sentence on the quarter: that quarter a year before; not when years are compared
    [
      "Profit rose in the third quarter. In the latest quarter, its unit earned $24 million, compared with a loss of $3 million last year. Last year, sales were weak. Analysts see $4 a share for this year, up from last year's $3.27 a share.",
      '1989-11-02',
      [['the third quarter', '1989-Q3', 'date'], ['the latest quarter', '1989-Q3', 'date'], ['last year', '1988-Q3', 'date'], ['Last year', '1988', 'date'], ['this year', '1989', 'date'], ['last year', '1988', 'date']],
    ],
    ['Net for the nine months rose from the year-earlier nine months.', '1989-10-26', [['the nine months', 'P9M', 'duration'], ['the year-earlier nine months', 'P9M', 'duration']]],
    ['Profit in the third quarter fell from the year-earlier third quarter.', '1989-11-02', [['the third quarter', '1989-Q3', 'date'], ['the year-earlier third quarter', '1988-Q3', 'date']]],
    // after a span of several months the comparison is with the same span a year before: that year
    [
      'Profit rose in the third quarter from a year ago. For the nine months, net was $9 million, up from $7 million a year earlier. Year-earlier sales were flat.',
      '1989-11-02',
      [['the third quarter', '1989-Q3', 'date'], ['a year ago', '1988-Q3', 'date'], ['the nine months', 'P9M', 'duration'], ['a year earlier', '1988', 'date'], ['Year-earlier', '1988', 'date']],
    ],
    [
      'Second-quarter sales fell. In the first half, sales fell from a year earlier. In the quarter, sales rose from a year earlier.',
      '1989-08-02',
      [['Second-quarter', '1989-Q2', 'date'], ['the first half', '1989-H1', 'date'], ['a year earlier', '1988', 'date'], ['the quarter', '1989-Q2', 'date'], ['a year earlier', '1988-Q2', 'date']],
    ],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: not temporal', () => {
  it.each<Row>([
    // not temporal: ages, adjectives, the modal "may"
    ['A 44-year-old protester raised its quarterly dividend and said he may leave.', '1998-10-25', []],
    ['Ministers Janos Martonyi and Jan Kavan signed. The March of the Mothers went on.', '1999-03-13', []],
    ['He was named Player of the Year.', '1996-08-30', []],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

/**
 * TIMEX3 value shapes: dates, weeks, quarters, halves, seasons, decades and centuries (X for an unknown digit), parts
 * of day, times, durations (hours, minutes and seconds after the T, decimals allowed), sets, references.
 */
const TIMEX3 =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|(?:\d{4}|X{4}|\d{2,3}|X{2,3})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q)(?:\d+[MD])?(?:T\d+[HM])?|PT(?:\d+(?:\.\d+)?|X)[HMS](?:\d+[MS])?|P\d*D?T\d+H)$/;

// Every relative expression the finders resolve against the document date, in one article.
const RELATIVE =
  "Last year, next year, two centuries ago, 200 years ago, a decade from now, the '90s, the nineties, yesterday, tomorrow, "
  + 'next week, the weekend, last month, the third quarter, a year earlier, Christmas, Election Day, last spring, March 3, '
  + 'Friday, this century, year-end, later that year, the following Monday. She ran 12.60 seconds.';

describe('findDates: values are well-formed TIMEX3', () => {
  it.each<[string, string | null]>([
    ['Sales rose 5% in the third quarter, a year ago, last year, the past year, the first half and fiscal 1989.', '1989-11-02'],
    ['He met them Friday night, at 10:35 a.m. EST Tuesday, at noon, at 1600 GMT, tonight and this morning.', '1998-02-11'],
    ['It lasted 2 1/2 years, five-year, 24 hours, half a day, several weeks, decades, the past three summers.', '1998-02-27'],
    ['Now, recently, soon and in the future, each July, every week, daily, on Tuesdays, in the 1990s, the 20th century.', '1998-03-22'],
    ['Last week, this weekend, next month, last spring, this coming Sunday, Christmas, the late 1970s.', null],
  ])('%s (%s)', (sentence, documentDate) => {
    const values = run(sentence, documentDate);
    expect(values.length).toBeGreaterThan(3);
    for (const [, value] of values) expect(value).toMatch(TIMEX3);
  });
});

describe('findDates: every value a TIMEX3 value can hold, whatever the document year', () => {
  it.each<Row>([
    // time units of a duration take the T, decimals too
    ['She ran 12.60 seconds and rested 2.5 minutes.', '1998-02-11', [['12.60 seconds', 'PT12.6S', 'duration'], ['2.5 minutes', 'PT2M30S', 'duration']]],
    ['The flight took 1.3 hours, the drive 0.5 hours.', '1998-02-11', [['1.3 hours', 'PT1H18M', 'duration'], ['0.5 hours', 'PT30M', 'duration']]],
    ['The mission lasted 2.3 years.', '1998-02-11', [['2.3 years', 'P2.3Y', 'duration']]],
    // a year below 100 is that year, not 19xx; below 1000 it keeps four digits
    ['The wall was finished tomorrow, in the 1990s and in the nineties.', '0050-06-15', [['tomorrow', '0050-06-16', 'date'], ['the 1990s', '199', 'date'], ['the nineties', '009', 'date']]],
    ['Rome rebuilt the bridge last year.', '0999-03-01', [['last year', '0998', 'date']]],
    ['It was built on Christmas.', '0004-12-30', [['Christmas', '0004-12-25', 'date']]],
    // a year TIMEX3 cannot write (before 0 or after 9999) is unknown: XXXX
    ['The fort fell 200 years ago and was rebuilt last year.', '0050-06-15', [['200 years ago', 'XXXX', 'date'], ['last year', '0049', 'date']]],
    ['They will meet next year and tomorrow.', '9999-12-31', [['next year', 'XXXX', 'date'], ['tomorrow', 'XXXX-01-01', 'date']]],
    ['It began two centuries ago.', '0050-06-15', [['two centuries ago', 'XX', 'date']]],
  ])('%s (%s)', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });

  // a property over document years: the edges of the four-digit range and a spread between them
  const years = [0, 1, 49, 50, 99, 100, 999, 1000, 1582, 1899, 1900, 1999, 2000, 9998, 9999];
  for (let y = 7; y < 10000; y += 331) years.push(y);
  it.each(years.flatMap((y) => ['01-01', '06-15', '12-31'].map((md) => `${String(y).padStart(4, '0')}-${md}`)))('document date %s', (date) => {
    const values = run(RELATIVE, date);
    expect(values.length).toBeGreaterThan(15);
    for (const [text, value] of values) expect(`${text} = ${value}`).toMatch(new RegExp(`= ${TIMEX3.source.slice(1)}`));
  });
});

describe('findDates: without a document date relative dates stay unresolved', () => {
  it.each<Row>([
    ['The launch in December was a success.', null, [['December', 'XXXX-12', 'date']]],
    ['He left yesterday.', null, [['yesterday', 'XXXX-XX-XX', 'date']]],
    ['Sales fell last year.', null, [['last year', 'XXXX', 'date']]],
    ['They met on Friday.', null, [['Friday', 'XXXX-WXX-5', 'date']]],
    ['They met on Aug. 9 in Berlin.', null, [['Aug. 9', 'XXXX-08-09', 'date']]],
    ['It opened on March 21, 2024.', null, [['March 21, 2024', '2024-03-21', 'date']]],
  ])('%s', (sentence, documentDate, expected) => {
    expect(run(sentence, documentDate)).toEqual(expected);
  });
});

describe('findDates: articles', () => {
  it('takes the header date as document date, not as a mention', () => {
    const text = 'date 2024-03-20 During a seminar on March 21, 2024, a system that went online this year was praised.';
    const article = parseArticle(text);
    expect(article.documentDate).toBe('2024-03-20');
    expect(findDates(article).map((e) => [e.name, e.value])).toEqual([['March 21, 2024', '2024-03-21'], ['this year', '2024']]);
  });

  it('groups mentions of one value under the fullest name', () => {
    const text = 'Rates rose Friday, Feb. 6. On Feb. 6 the bank said so.';
    const dates = findDates(parseArticle(text, { documentDate: '1998-02-11' }));
    expect(dates).toHaveLength(1);
    expect(dates[0]!.name).toBe('Friday, Feb. 6');
    expect(dates[0]!.value).toBe('1998-02-06');
    expect(dates[0]!.mentions.map((m) => m.text)).toEqual(['Friday, Feb. 6', 'Feb. 6']);
  });

  it('finds the dates of a sentence that makes compromise-dates throw ("fourth-quarter")', () => {
    const text =
      'Travelers estimated that the California earthquake last month will result in a fourth-quarter pre-tax charge of less than $10 million.';
    expect(run(text, '1989-11-02')).toEqual([['last month', '1989-10', 'date'], ['fourth-quarter', '1989-Q4', 'date']]);
  });

  it('stays linear on long runs of digits and date words', () => {
    // the rules alone on a long adversarial body (compromise's own parse is outside this module)
    const body = `${'1990 '.repeat(20000)} ${'March '.repeat(20000)} ${'the past three '.repeat(20000)}`
      + ` ${'5 p.m. EST, '.repeat(20000)} ${'the corresponding '.repeat(20000)} ${'each '.repeat(20000)} ${'as soon as '.repeat(20000)}`
      + ` ${'six and nine '.repeat(20000)} ${'09:30 GMT '.repeat(20000)} ${'1:23.4 '.repeat(20000)} ${'three times a '.repeat(20000)}`;
    // A backtracking blow-up would never finish: the test's timeout catches it; `npm run bench` measures the growth.
    const found = findTimexes(body, '1998-01-01', []);
    expect(found.length).toBeGreaterThan(40000);
  }, 60_000);
});
