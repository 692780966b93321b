import type { Extraction } from '../types.js';
import { entityRows, KIND_LABEL } from './rows.js';
import type { Summary } from './summary.js';

/** `value` is a date's TIMEX3 value, a country's code, a role's title or an initiative's kind; `actors` an initiative's. */
export const CSV_HEADER = ['file', 'kind', 'name', 'value', 'person', 'organization', 'mentions', 'start', 'end', 'actors'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text cell a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR) gets a leading apostrophe (OWASP's CSV-injection advice);
 * numbers are written as numbers. A lone "-" (standard input's file name) cannot run
 * anything and is left as it is.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s) && s !== '-') s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number)[]): string => fields.map(csvField).join(',') + '\r\n';

/** With `explain`, a last column `why`: the rule or cue behind the entity's first mention. */
export function formatCsvHeader(explain = false): string {
  return csvLine(explain ? [...CSV_HEADER, 'why'] : [...CSV_HEADER]);
}

/** One row per entity of one article; `rawId`: a numeric JSON Lines id as written. */
export function formatCsv(result: Extraction, explain = false, rawId?: string): string {
  return entityRows(result)
    .map((r) => {
      const row = [rawId ?? result.id ?? result.file, KIND_LABEL[r.kind], r.name, r.value, r.person, r.organization, r.mentions, r.start,
        r.end, r.actors];
      return csvLine(explain ? [...row, r.list[0]?.why ?? ''] : row);
    })
    .join('');
}

export const SUMMARY_CSV_HEADER = ['kind', 'name', 'value', 'articles', 'mentions', 'actors'] as const;

export function formatSummaryCsv(summary: Summary): string {
  let out = csvLine([...SUMMARY_CSV_HEADER]);
  for (const [kind, rows] of summary.kinds) {
    for (const r of rows) out += csvLine([KIND_LABEL[kind], r.name, r.value ?? '', r.articles, r.mentions, (r.actors ?? []).join('; ')]);
  }
  return out;
}
