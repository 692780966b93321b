import type { Article } from '../article/article.js';
import type { DateEntity, DateKind } from '../types.js';
import { makeContext, type TenseToken } from './dates/context.js';
import { RULES, type Timex } from './dates/rules.js';
import { addDays, addMonths, dayValue, monthValue, quarterOf, weekValue, weekday, type Day } from './dates/calendar.js';
import { groupEntities, makeMention, type Candidate } from './mentions.js';

/**
 * Every temporal expression of the article body with its TIMEX3 value: rules in the manner of HeidelTime (one regular
 * expression per pattern family, each with its normalization), then overlaps resolved in favour of the longest
 * expression ("the past three years" over "the past"), then mentions grouped by value.
 */
export function findDates(article: Article): DateEntity[] {
  const timexes = findTimexes(article.body, article.documentDate, article.tokens);
  const candidates: Candidate<{ value: string; kind: DateKind }>[] = [];
  for (const t of timexes) {
    const mention = makeMention(article.text, t.start, t.end);
    if (!mention) continue;
    mention.why = t.why;
    candidates.push({ key: t.value, name: mention.text, mention, data: { value: t.value, kind: t.kind } });
  }
  return groupEntities(candidates) as DateEntity[];
}

/** The temporal expressions of `body`, non-overlapping, in text order. */
export function findTimexes(
  body: string,
  documentDate: string | null,
  tokens: readonly TenseToken[],
): Timex[] {
  const ctx = makeContext(body, documentDate, tokens);
  const found: Timex[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(body); m; m = rule.re.exec(body)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      let built: ReturnType<typeof rule.build> = null;
      try {
        built = rule.build(m, ctx);
      } catch {
        built = null; // one odd match never ends the article
      }
      if (built) {
        const t: Timex = { start: m.index + (built.skip ?? 0), end: m.index + m[0].length - (built.cut ?? 0), value: built.value, kind: built.kind, why: rule.name };
        if (built.anaphor) t.anaphor = built.anaphor;
        if (built.narrative) t.narrative = built.narrative;
        found.push(t);
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Timex[] = [];
  for (const t of found) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) {
      // a longer expression that starts inside the kept one replaces it ("Friday" < "Friday, March 21" never
      // happens here, both start together; "1990" < "the 1990s" does)
      if (t.end - t.start > last.end - last.start) kept[kept.length - 1] = t;
      continue;
    }
    kept.push(t);
  }
  resolveAnaphors(kept, documentDate);
  resolveNarrative(kept, documentDate);
  for (const t of kept) {
    // "around Nov. 1", "around 7:15 p.m.": TimeBank spans the approximation with a point in time (3 of 3), not with
    // a span ("about five hours"); "get around Wednesday's ruling" is the verb's particle
    if (t.kind !== 'date' && t.kind !== 'time') continue;
    const lead = /(\b[a-z]+\s+)?\baround\s+$/i.exec(body.slice(Math.max(0, t.start - 30), t.start));
    if (lead && !/^(?:get|gets|got|getting|go|goes|went|going|come|came|turn|turned|look|looked|move|moved|work|worked|way|ways)\s/i.test(lead[1] ?? '')) {
      t.start -= lead[0].length - (lead[1]?.length ?? 0);
      t.why += ' + around';
    }
  }
  return kept;
}

/**
 * "the quarter", "a year earlier": the quarter an earnings report is about, or that quarter a year before. That is
 * the quarter that just ended when the article names it ("Travelers Corp.'s third-quarter net income rose" in
 * November), also when a later company's report names it again; quarters named as asides ("a fourth-quarter
 * charge" still to come, "after a flat second quarter") do not change it. Without it, the first quarter named.
 */
function resolveAnaphors(timexes: Timex[], documentDate: string | null): void {
  const just = justEnded(documentDate);
  let named: string | null = null;
  let current = false;
  // "For the nine months, net income was ..., compared with $9 million a year earlier": after a span of several
  // months (or a half year) the comparison is with the same span a year before, which TimeML gives as that year
  let span = false;
  for (const t of timexes) {
    if (!t.anaphor) {
      if (/^P(?:[6-9]|1[01])M$/.test(t.value) || /^\d{4}-H\d$/.test(t.value)) { span = true; continue; }
      if (!/^\d{4}-Q\d$/.test(t.value)) continue;
      span = false;
      if (t.value === just) { named = t.value; current = true; } else if (!current && named === null) named = t.value;
      continue;
    }
    if (t.anaphor === 'quarter') span = false; // "in the quarter": back to quarterly figures
    if (span && t.anaphor === 'quarter-year-before') {
      const year = Number((named ?? just ?? 'XXXX').slice(0, 4));
      if (!Number.isNaN(year)) t.value = String(year - 1);
      continue;
    }
    if (!named) continue;
    t.value = t.anaphor === 'quarter' ? named
      : t.anaphor === 'quarter-in-year' ? `${t.value.slice(0, 4)}${named.slice(4)}`
      : `${Number(named.slice(0, 4)) - 1}${named.slice(4)}`;
  }
}

/**
 * "that year", "the following month", "Earlier that day": the unit of the date the story named last, at least as
 * fine as that unit ("in June 1998 ... later that year" = 1998), shifted; "that quarter" only after a named quarter
 * ("Oct. 31" ends a fiscal quarter as often as a calendar one); before any date, the document date; the X
 * placeholders stay without one.
 */
function resolveNarrative(timexes: Timex[], documentDate: string | null): void {
  // the story starts at the document date ("Sales rose 5% from the previous year")
  let day: Day | null = documentDate ? { year: Number(documentDate.slice(0, 4)), month: Number(documentDate.slice(5, 7)), day: Number(documentDate.slice(8, 10)) } : null;
  let month: { year: number; month: number } | null = day ? { year: day.year, month: day.month } : null;
  let year: number | null = day ? day.year : null;
  let quarter: { year: number; q: number } | null = null;
  for (const t of timexes) {
    const n = t.narrative;
    if (!n) {
      if (t.kind !== 'date' && t.kind !== 'time') continue;
      const v = t.value;
      let m: RegExpExecArray | null;
      if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) {
        day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
        month = { year: day.year, month: day.month };
        year = day.year;
      } else if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
        day = null;
        month = { year: Number(m[1]), month: Number(m[2]) };
        year = month.year;
      } else if ((m = /^(\d{4})-Q(\d)$/.exec(v))) {
        day = null;
        month = null;
        year = Number(m[1]);
        quarter = { year, q: Number(m[2]) };
      } else if ((m = /^(\d{4})(?:$|-(?:W|H|SP|SU|FA|WI))/.exec(v))) {
        day = null;
        month = null;
        quarter = null;
        year = Number(m[1]);
      }
      continue;
    }
    if (n.unit === 'year' && year !== null) t.value = String(year + n.shift);
    else if (n.unit === 'month' && month) { const x = addMonths(month.year, month.month, n.shift); t.value = monthValue(x.year, x.month); }
    else if (n.unit === 'quarter' && quarter) { const x = addMonths(quarter.year, quarter.q * 3, 3 * n.shift); t.value = `${x.year}-Q${quarterOf(x.month)}`; }
    else if (n.unit === 'week' && day) t.value = weekValue(addDays(day, 7 * n.shift));
    else if (n.unit === 'day' && day && n.weekday !== undefined) {
      // the nearest such weekday strictly before (or after) the story's day
      const gap = n.shift < 0 ? (weekday(day) - n.weekday + 7) % 7 || 7 : (n.weekday - weekday(day) + 7) % 7 || 7;
      t.value = dayValue(addDays(day, n.shift < 0 ? -gap : gap));
    } else if (n.unit === 'day' && day) t.value = dayValue(addDays(day, n.shift)) + (n.part ? `T${n.part}` : '');
    // "last October ... crossed out that same day": a day of that month
    else if (n.unit === 'day' && month) t.value = `${monthValue(month.year, month.month)}-XX`;
  }
}

/** The calendar quarter before the one holding the document date: the one results are reported for. */
function justEnded(documentDate: string | null): string | null {
  if (!documentDate) return null;
  const i = Number(documentDate.slice(0, 4)) * 12 + Number(documentDate.slice(5, 7)) - 1 - 3;
  return `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
}
