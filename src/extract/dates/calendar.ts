/** Calendar arithmetic on a document date (YYYY-MM-DD), in UTC so no local time zone ever shifts a day. */

export interface Day {
  year: number;
  month: number; // 1..12
  day: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseDay(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

// setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999
function toDate(d: Day): Date {
  const x = new Date(0);
  x.setUTCFullYear(d.year, d.month - 1, d.day);
  return x;
}
const fromDate = (x: Date): Day => ({ year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() });

/**
 * A year as TIMEX3 writes it, four digits; `XXXX` (unknown) for a year it cannot hold: before year 0 or after 9999
 * ("200 years ago" in a document dated 0050, "next year" in one dated 9999).
 */
export const yearValue = (year: number): string => (Number.isInteger(year) && year >= 0 && year <= 9999 ? pad(year, 4) : 'XXXX');

export const dayValue = (d: Day): string => `${yearValue(d.year)}-${pad(d.month)}-${pad(d.day)}`;
export const monthValue = (year: number, month: number): string => `${yearValue(year)}-${pad(month)}`;

/** Days since 1970-01-01: the distance between two days is the difference of their numbers. */
export const dayNumber = (d: Day): number => toDate(d).getTime() / 864e5;

/** 28 to 31. */
export const daysInMonth = (year: number, month: number): number => addDays({ year, month: month + 1, day: 1 }, -1).day;

export function addDays(d: Day, n: number): Day {
  const x = toDate(d);
  x.setUTCDate(x.getUTCDate() + n);
  return fromDate(x);
}

/** Month arithmetic keeps the year/month only (the day is irrelevant at month granularity). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** ISO weekday, Monday 1 .. Sunday 7. */
export const weekday = (d: Day): number => ((toDate(d).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week value (`1998-W08`): the week's Thursday decides its year. */
export function weekValue(d: Day): string {
  const thursday = addDays(d, 4 - weekday(d));
  const jan4 = { year: thursday.year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, 1 - weekday(jan4));
  const week = Math.round((toDate(thursday).getTime() - toDate(week1Monday).getTime()) / (7 * 864e5)) + 1;
  return `${yearValue(thursday.year)}-W${pad(week)}`;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** True when a calendar date exists (no February 30). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return toDate({ year, month, day }).getUTCDate() === day;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
