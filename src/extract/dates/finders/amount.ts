import type { DateContext } from '../context.js';
import { determinerOfAdjective, patternCi, type DateMatch, type Finder, type Found } from '../finder.js';
import { duration, lastQuarter, shifted } from '../values.js';
import { NUM, UNIT, numberValue } from '../vocabulary.js';

/**
 * "two years ago", "a year earlier", "the past three months", "five-year", "the first nine months", "24 hours",
 * "a week or so ago", "two more weeks", "an additional year", "two to three weeks" (a range: PXW), "a year or two";
 * TimeBank keeps "nearly", "almost", "over", "more than"
 * inside the span ("nearly two years") but not "about"
 */
export const amountFinder: Finder = {
  name: 'amount',
  pattern: patternCi(
    '(?:\\b(?<det>the|these|those)\\s+)?(?:\\b(?:almost|nearly|over|(?:no\\s+)?more\\s+than|(?:no\\s+)?less\\s+than|at\\s+least'
    + '|up\\s+to)\\s+)?'
    + '(?:\\b(?<adj>past|last|next|first|coming|previous|final|following|latest|initial|recent|same|year-earlier|year-ago)\\s+)?'
    + `(?:\\b(?<from>${NUM}(?=\\s+to\\s)|\\d{1,3}(?=\\s*[-–]\\s*\\d))\\s*(?:to|[-–])\\s*)?`
    + `\\b(?<amount>${NUM})[\\s-]+(?:(?:more|additional|extra|further|trading|business|working)\\s+)?(?<unit>${UNIT})(?<plural>s)?\\b`
    + `(?<half>\\s+and\\s+a\\s+half\\b)?(?:\\s+or\\s+(?:so|${NUM})\\b)?`
    + '(?:\\s+(?<rel>ago|earlier|before|later|from\\s+now|hence)\\b)?',
  ),
  extract(m, ctx) {
    const found = amountOf(m, ctx);
    // "3-4 years ago": the date of the nearer amount ("4 years ago"), as without the range
    const from = m.groups.from;
    if (!found || from === undefined || !m.groups.rel) return found;
    const rest = m.text.slice(m.text.indexOf(from) + from.length).replace(/^\s*(?:to|[-–])\s*/i, '');
    return { ...found, skip: m.text.length - rest.length };
  },
};

/** The value of one amount match (a range of amounts as one vague duration). */
function amountOf(m: DateMatch, ctx: DateContext): Found | null {
    const amount = m.need('amount');
    // "a minute and a half": half a unit more
    const n = m.groups.half ? (numberValue(amount) ?? NaN) + 0.5 : numberValue(amount);
    if (n === null || Number.isNaN(n) || n <= 0 || n > 1000) return null;
    const unit = m.need('unit');
    // "CBS's 60 Minutes", "the film 28 Days": a capitalised unit inside a sentence is a title
    if (/^[A-Z][a-z]/.test(unit) && /^[\da-z]/.test(amount)) return null;
    if (notASpan(m, amount, unit)) return null;
    const from = m.groups.from === undefined ? null : numberValue(m.groups.from);
    if (m.groups.from !== undefined && !m.groups.rel) {
      // "two to three weeks", "the next 12 to 18 months": a range of amounts, TimeML's vague duration; not a score
      // or a pair of numbers that are no amounts ("a 3-2 win", "$2 to 3 million")
      if (from === null || from >= n || /^an?$/i.test(m.groups.from) || /[$£\d.,]\s*$/.test(m.before(2))) return null;
      return { value: duration(null, unit), kind: 'duration', skip: determinerOfAdjective(m.text) };
    }
    const rel = m.groups.rel?.toLowerCase();
    if (rel === 'ago') return calendarBack(m, ctx, n, unit);
    if (rel === 'from now' || rel === 'hence') return { value: shifted(ctx, -n, unit), kind: 'date' };
    // "a minute before the end": a span before an event, not a calendar date
    // "Three days later, ...", "at least 30 days before the meeting": the span between two events, which TimeBank
    // marks without the adverb or preposition; a bare "a year earlier" stays a date
    const beforeEvent = rel === 'before' && /^\s+[a-z]/i.test(m.after(3));
    if (rel === 'later' || beforeEvent || ((rel === 'earlier' || rel === 'before') && /^(?:second|minute|hour)/i.test(unit))) {
      return { value: duration(n, unit), kind: 'duration', cut: m.text.length - m.text.search(/\s+(?:earlier|before|later)$/i) };
    }
    // "A day earlier, trucks crossed", "a week earlier": a day or a week back from the narrative's last event, which
    // TimeBank marks as the span measured (P1D), unlike the calendar "a year earlier"
    if (rel === 'earlier' && /^(?:day|week)$/i.test(unit) && n === 1) return { value: duration(1, unit), kind: 'duration' };
    if (rel === 'earlier' || rel === 'before') return calendarBack(m, ctx, n, unit);
    return { value: duration(n, unit), kind: 'duration', skip: determinerOfAdjective(m.text) };
}

// A word after "a quarter" that is no preposition, conjunction or relative pronoun: the measure it is a fraction of
const BEFORE_MEASURE = /^[\s-]+(?!(?:of|and|or|to|in|at|for|from|with|by|on|as|than|that|which|when|ended|ending)\b)[a-z]/;

/** An age, a rate, a fraction or an ordinal that only looks like an amount of time. */
function notASpan(m: DateMatch, amount: string, unit: string): boolean {
  // "a 44-year-old protester", "he is 44 years old": an age, not a time span
  if (/^[\s-]+old\b/i.test(m.after(6))) return true;
  // "$500 million a year", "24 hours a day", "700 seats a week": a rate, not a span of time
  const { det, adj, rel } = m.groups;
  const rateBefore = /(?:\d%?|\$|\bper|\b(?:million|billion|thousand|hundred|dozen|percent|cents?|times|once|twice)|[a-z]{3,}s)\s*$/i;
  if (!det && !adj && !rel && /^an?$/i.test(amount) && rateBefore.test(m.before(24))) return true;
  // "three-quarters of the vote", "more than a quarter of": a fraction
  // ... and "a quarter point", "one and a quarter lengths": a fraction of the measure that follows
  const measure = !m.groups.plural && BEFORE_MEASURE.test(m.after(6));
  const fraction = /-quarters$/i.test(m.text) || /^\s+of\s+(?!\d|fiscal|the\s+(?:fiscal\s+)?year)/i.test(m.after(24)) || measure;
  if (/^quarter/i.test(unit) && fraction) return true;
  // "a second goal", "a second time": the ordinal, not one second ("ten seconds left" is ten seconds)
  return /^second$/i.test(unit) && !m.groups.plural && /^\s+[a-z]/.test(m.after(3));
}

/** "two years ago", "a year earlier": the calendar unit that far back; in quarterly reports the quarter a year back. */
function calendarBack(m: DateMatch, ctx: DateContext, n: number, unit: string): Found {
  if (/^year/i.test(unit) && n === 1 && ctx.quarterly && ctx.dct) {
    return { value: lastQuarter(ctx, 4), kind: 'date', anaphor: 'quarter-year-before' };
  }
  return { value: shifted(ctx, n, unit), kind: 'date' };
}

/**
 * "six and nine months", "two or three days": the first number of a pair shares the unit of the second; TimeML
 * marks it as a duration of its own ("six" = P6M). Not a number that belongs to the unit before it ("$5 million
 * and two years") nor one inside "one and a half years" (the longer amount wins).
 */
export const amountPairFinder: Finder = {
  name: 'amount-pair',
  pattern: patternCi(
    `(?<![\\d$£.,]\\s?)\\b(?<amount>${NUM})(?=\\s+(?:and|or)\\s+(?:${NUM})[\\s-]+(?:(?:more|additional|extra|further)\\s+)?`
    + `(?<unit>${UNIT})s?\\b)`,
  ),
  extract(m) {
    const n = numberValue(m.need('amount'));
    if (n === null || n <= 0 || n > 1000 || /^an?$/i.test(m.need('amount'))) return null;
    if (/(?:million|billion|thousand|percent|%|\$)\s*$/i.test(m.before(12))) return null;
    // "one and a quarter lengths", "one and a half": a fraction added to the number, no second amount
    if (/^\s+(?:and|or)\s+an?\s/i.test(m.after(8))) return null;
    return { value: duration(n, m.need('unit')), kind: 'duration' };
  },
};
