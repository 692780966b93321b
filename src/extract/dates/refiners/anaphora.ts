import { yearValue } from '../calendar.js';
import { changed, type Refiner } from '../refiner.js';

const QUARTER = /^\d{4}-Q\d$/;
// a span of six to eleven months, or a half year: "the nine months", "the first half"
const SPAN_OF_MONTHS = /^P(?:[6-9]|1[01])M$|^\d{4}-H\d$/;

/**
 * "the quarter", "a year earlier": the quarter an earnings report is about, or that quarter a year before. That is
 * the quarter that just ended when the article names it ("Travelers Corp.'s third-quarter net income rose" in
 * November), also when a later company's report names it again; quarters named as asides ("a fourth-quarter
 * charge" still to come, "after a flat second quarter") do not change it. Without it, the first quarter named.
 */
export const anaphoraRefiner: Refiner = {
  name: 'anaphora',
  refine(timexes, { documentDate }) {
    const just = justEnded(documentDate);
    let named: string | null = null;
    let current = false;
    // "For the nine months, net income was ..., compared with $9 million a year earlier": after a span of several
    // months (or a half year) the comparison is with the same span a year before, which TimeML gives as that year
    let span = false;
    for (const t of timexes) {
      if (!t.anaphor) {
        if (SPAN_OF_MONTHS.test(t.value)) { span = true; continue; }
        if (!QUARTER.test(t.value)) continue;
        span = false;
        if (t.value === just) { named = t.value; current = true; } else if (!current && named === null) named = t.value;
        continue;
      }
      if (t.anaphor === 'quarter') span = false; // "in the quarter": back to quarterly figures
      const before = t.value;
      if (span && t.anaphor === 'quarter-year-before') {
        const year = Number((named ?? just ?? 'XXXX').slice(0, 4));
        if (!Number.isNaN(year)) t.value = yearValue(year - 1);
      } else if (named) {
        t.value = t.anaphor === 'quarter' ? named
          : t.anaphor === 'quarter-in-year' ? `${t.value.slice(0, 4)}${named.slice(4)}`
          : `${yearValue(Number(named.slice(0, 4)) - 1)}${named.slice(4)}`;
      }
      if (t.value !== before) changed(t, 'anaphora');
    }
    return timexes;
  },
};

/** The calendar quarter before the one holding the document date: the one results are reported for. */
function justEnded(documentDate: string | null): string | null {
  if (!documentDate) return null;
  const i = Number(documentDate.slice(0, 4)) * 12 + Number(documentDate.slice(5, 7)) - 1 - 3;
  return `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
}
