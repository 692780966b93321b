import { addDays, addMonths, dayNumber, dayValue, monthValue, quarterOf, weekValue, weekday, yearValue, type Day } from '../calendar.js';
import type { Narrative } from '../finder.js';
import { changed, type Refiner } from '../refiner.js';

/** The story's reference time: the last day, month, quarter and year it named. */
interface StoryTime {
  day: Day | null;
  month: { year: number; month: number } | null;
  year: number | null;
  quarter: { year: number; q: number } | null;
}

/**
 * "that year", "the following month", "Earlier that day": the unit of the date the story named last, at least as
 * fine as that unit ("in June 1998 ... later that year" = 1998), shifted; "that quarter" only after a named quarter
 * ("Oct. 31" ends a fiscal quarter as often as a calendar one); before any date, the document date; the X
 * placeholders stay without one.
 */
export const narrativeRefiner: Refiner = {
  name: 'narrative',
  refine(timexes, { dct }) {
    // the story starts at the document date ("Sales rose 5% from the previous year")
    const story: StoryTime = { day: dct, month: dct && { year: dct.year, month: dct.month }, year: dct && dct.year, quarter: null };
    for (const t of timexes) {
      if (!t.narrative) {
        if (t.kind === 'date' || t.kind === 'time') moveTo(story, t.value);
        continue;
      }
      // a bare clock time moves only to a day of a background story, not to a day of the reported week
      if (t.narrative.dayOnly && (!story.day || !dct || Math.abs(dayNumber(story.day) - dayNumber(dct)) <= 7)) continue;
      const value = resolve(t.narrative, story);
      if (value !== null) { t.value = value; changed(t, 'narrative'); }
    }
    return timexes;
  },
};

/** A date the story names becomes its reference time, at that date's granularity. */
function moveTo(story: StoryTime, v: string): void {
  let m: RegExpExecArray | null;
  if ((m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/.exec(v))) {
    const g = m.groups!;
    story.day = { year: Number(g.year), month: Number(g.month), day: Number(g.day) };
    story.month = { year: story.day.year, month: story.day.month };
    story.year = story.day.year;
  } else if ((m = /^(?<year>\d{4})-(?<month>\d{2})$/.exec(v))) {
    story.day = null;
    story.month = { year: Number(m.groups!.year), month: Number(m.groups!.month) };
    story.year = story.month.year;
  } else if ((m = /^(?<year>\d{4})-Q(?<quarter>\d)$/.exec(v))) {
    story.day = null;
    story.month = null;
    story.year = Number(m.groups!.year);
    story.quarter = { year: story.year, q: Number(m.groups!.quarter) };
  } else if ((m = /^(?<year>\d{4})(?:$|-(?:W|H|SP|SU|FA|WI))/.exec(v))) {
    story.day = null;
    story.month = null;
    story.quarter = null;
    story.year = Number(m.groups!.year);
  }
}

/** The value of a narrative expression at the story's time, or null when the story has no such unit yet. */
function resolve(n: Narrative, { day, month, year, quarter }: StoryTime): string | null {
  if (n.unit === 'year' && year !== null) return yearValue(year + n.shift);
  if (n.unit === 'month' && month) { const x = addMonths(month.year, month.month, n.shift); return monthValue(x.year, x.month); }
  if (n.unit === 'quarter' && quarter) {
    const x = addMonths(quarter.year, quarter.q * 3, 3 * n.shift);
    return `${yearValue(x.year)}-Q${quarterOf(x.month)}`;
  }
  if (n.unit === 'week' && day) return weekValue(addDays(day, 7 * n.shift));
  if (n.unit === 'day' && day && n.weekday !== undefined) {
    // the nearest such weekday strictly before (or after) the story's day
    const gap = n.shift < 0 ? (weekday(day) - n.weekday + 7) % 7 || 7 : (n.weekday - weekday(day) + 7) % 7 || 7;
    return dayValue(addDays(day, n.shift < 0 ? -gap : gap));
  }
  if (n.unit === 'day' && day) return dayValue(addDays(day, n.shift)) + (n.part ? `T${n.part}` : '');
  // "last October ... crossed out that same day": a day of that month
  if (n.unit === 'day' && month && !n.dayOnly) return `${monthValue(month.year, month.month)}-XX`;
  return null;
}
