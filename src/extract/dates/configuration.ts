import type { Finder } from './finder.js';
import type { Refiner } from './refiner.js';
import { amountFinder, amountPairFinder } from './finders/amount.js';
import { centuryFinder } from './finders/century.js';
import { clock24Finder, clockDurationFinder, clockFinder } from './finders/clock.js';
import { decadeFinder, spelledDecadeFinder } from './finders/decade.js';
import { frequencyFinder } from './finders/frequency.js';
import { holidayFinder } from './finders/holiday.js';
import { monthFinder } from './finders/month.js';
import { dayMonthFinder, monthDayFinder, monthDayPairFinder } from './finders/monthDay.js';
import { narrativeFinder, narrativeWeekdayFinder, storyWeekFinder } from './finders/narrative.js';
import { numericFinder } from './finders/numeric.js';
import { deicticDayFinder, middayFinder } from './finders/partOfDay.js';
import { quarterPairFirstFinder, quarterPairSecondFinder, twoQuartersFinder, quarterFinder } from './finders/quarter.js';
import { referenceFinder, termAheadFinder } from './finders/reference.js';
import { edgeOfUnitFinder, relativeUnitFinder } from './finders/relativeUnit.js';
import { reportPeriodFinder, theQuarterFinder, yearEarlierFinder } from './finders/reportPeriod.js';
import { seasonFinder } from './finders/season.js';
import { setFinder } from './finders/set.js';
import { spelledYearFinder } from './finders/spelledYear.js';
import { theYearFinder, weekendFinder } from './finders/theYear.js';
import { adjectivalDurationFinder, aroundEventFinder, vagueAmountFinder } from './finders/vagueAmount.js';
import { weekdayFinder } from './finders/weekday.js';
import { yearFinder } from './finders/year.js';
import { yearRangeFirstFinder, yearRangeSecondFinder } from './finders/yearRange.js';
import { anaphoraRefiner } from './refiners/anaphora.js';
import { aroundRefiner } from './refiners/around.js';
import { narrativeRefiner } from './refiners/narrative.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { validValueRefiner } from './refiners/validValue.js';

/**
 * The date grammar, in the manner of chrono's `configuration.ts`: every finder runs over the whole body; then the
 * refiners run in turn over all that was found. The order of finders matters only between two expressions of the
 * same span (the earlier finder's wins); the order of refiners is the order of the clean-up.
 */
export const FINDERS: readonly Finder[] = [
  monthDayFinder, // March 21, 2024 · Friday, March 21 · March eighth
  monthDayPairFinder, // June 11 and 12
  dayMonthFinder, // 21 March 2024 · the twenty-first of June
  monthFinder, // July 1997 · late November · December
  numericFinder, // 1997-10-08 · 10/8/1997
  decadeFinder, // the 1990s · the '90s
  centuryFinder, // the 20th century
  yearFinder, // fiscal 1989 · mid-1996 · 1997
  yearRangeFirstFinder, // 2004-2005 · 1961-62: '1961'
  yearRangeSecondFinder, // 1961-62: '62' (1962)
  quarterFinder, // the third quarter · the first half of 1990
  twoQuartersFinder, // the first two quarters of 1990
  quarterPairFirstFinder, // the second and fourth quarters: 'second'
  quarterPairSecondFinder, // ... 'fourth quarters'
  theQuarterFinder, // the quarter · the year-ago quarter
  reportPeriodFinder, // the corresponding period last year
  yearEarlierFinder, // year-earlier results
  amountFinder, // two years ago · the past three months · five-year
  vagueAmountFinder, // several years · for months
  aroundEventFinder, // in the weeks before the vote: 'weeks'
  amountPairFinder, // six and nine months: 'six'
  narrativeWeekdayFinder, // the previous Friday
  narrativeFinder, // later that year · the following month
  storyWeekFinder, // for the week, the week's busiest session
  relativeUnitFinder, // last year · this month · this summer
  seasonFinder, // the summer · the spring of 1990
  termAheadFinder, // the near term · the weeks ahead
  adjectivalDurationFinder, // day-long · several-year
  middayFinder, // midday · mid-afternoon yesterday
  weekdayFinder, // Friday · last Friday · Tuesdays
  deicticDayFinder, // today · late yesterday · tonight
  referenceFinder, // now · recently · soon
  clockFinder, // 3 p.m. · 10:35 a.m. EST · noon Thursday
  clock24Finder, // 1600 GMT · 09:30 GMT Monday
  clockDurationFinder, // won in 2:14:07
  setFinder, // daily · every week · each July · every summer
  frequencyFinder, // twice a year · three times a day
  holidayFinder, // Christmas · Election Day
  weekendFinder, // the weekend
  theYearFinder, // year-end · the year
  edgeOfUnitFinder, // the end of this week
  spelledYearFinder, // nineteen ninety-six
  spelledDecadeFinder, // the nineties
];

export const REFINERS: readonly Refiner[] = [
  overlapsRefiner, // the longest of overlapping expressions
  anaphoraRefiner, // "the quarter", "a year earlier" in earnings reports: the quarter the report is about
  narrativeRefiner, // "that year", "the following Monday": the story's own time
  aroundRefiner, // "around Nov. 1": the approximation joins the span
  validValueRefiner, // every value a well-formed TIMEX3 value
];
