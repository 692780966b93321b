import type { Day } from './calendar.js';
import type { Timex } from './finder.js';

/** What a refiner sees besides the timexes: the body they were found in and the document date. */
export interface RefineContext {
  body: string;
  documentDate: string | null;
  dct: Day | null;
}

/**
 * A clean-up step over all timexes of the article, in text order (after the overlap refiner, non-overlapping).
 * A refiner that changes a timex's span or value adds its name to the timex's `why` (`changed`).
 */
export interface Refiner {
  name: string;
  refine(timexes: Timex[], ctx: RefineContext): Timex[];
}

/** Records that `refiner` changed `t` (for `--explain`), once. */
export function changed(t: Timex, refiner: string): void {
  if (!t.why.endsWith(` + ${refiner}`)) t.why += ` + ${refiner}`;
}
