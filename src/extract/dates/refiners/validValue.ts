import type { Refiner } from '../refiner.js';

// TIMEX3 values (TimeML 1.2.1): a date, week, quarter, half, season or decade/century prefix with an optional time
// of day; a duration; or a reference word. X stands for an unknown digit.
const YEAR = '(?:\\d|X){4}';
const DATE =
  `(?:${YEAR}(?:-(?:\\d\\d|XX)(?:-(?:\\d\\d|XX))?|-W(?:\\d\\d|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?`
  + '|(?:\\d|X){2,3})';
const TIME = '(?:T(?:\\d\\d:\\d\\d|MO|AF|EV|NI))';
const AMOUNT = '(?:\\d+(?:\\.\\d+)?|X)';
const DURATION = `P(?:(?:${AMOUNT}(?:Y|M|W|D|Q))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)`;
export const TIMEX3_VALUE = new RegExp(`^(?:PRESENT_REF|PAST_REF|FUTURE_REF|${DATE}${TIME}?|${DURATION})$`);

/**
 * The last step: a value TIMEX3 cannot hold never leaves the extractor. The finders already write unknown years as
 * XXXX (calendar.yearValue); this catches any rule that would still build an ill-formed value, and drops that date.
 */
export const validValueRefiner: Refiner = {
  name: 'valid-value',
  refine: (timexes) => timexes.filter((t) => TIMEX3_VALUE.test(t.value)),
};
