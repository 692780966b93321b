/**
 * Finds the article's own date in its metadata: a leading header (`date 2024-03-20`, `Date: March 20, 2024`),
 * YAML front matter, or a news dateline (`LONDON 1996-08-30`, `SEOUL, March 20 (Reuters) -`).
 * The span it returns is metadata, not content: extractors never report it as a date mention.
 */

export interface DocumentDateMatch {
  /** YYYY-MM-DD, or null when the metadata gives no year and none was supplied. */
  date: string | null;
  /** The characters that are metadata (masked before extraction). */
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?'
  + '|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A valid calendar date as YYYY-MM-DD, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

// `March 20, 2024` and `20 March 2024` (a weekday may lead): built once, not per call.
const MONTH_DAY_YEAR = new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(?:[A-Z][a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD}),?\\s+(\\d{4})$`, 'i');

/** Parses a date written as ISO, `March 20, 2024`, `20 March 2024` or `2024/03/20`. */
export function parseWrittenDate(s: string): string | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s.trim());
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s.trim());
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  return null;
}

// `date 2024-03-20`, `Date: March 20, 2024` at the very start (after blank space). The value ends at the line end,
// or, for the bare ISO form, right after the date (the seed article continues on the same line).
const HEADER_ISO = /^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?![\d-])/i;
const HEADER_LINE = /^\s*(?:date|published|dateline)\s*:\s*([^\n]{4,60})$/im;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/;
// `LONDON 1996-08-30` on a short line near the top (the Reuters dateline in CoNLL-2003).
const DATELINE_ISO = /^[^\S\n]*((?:[A-Z][A-Za-z.,'()/-]*[^\S\n]+){0,6})(\d{4}-\d{2}-\d{2})[^\S\n]*$/m;
// `SEOUL, March 20 (Reuters) -` and `WASHINGTON, March 20, 2024 (AP) —`.
const DATELINE_WIRE = new RegExp(
  `^[^\\S\\n]*[A-Z][A-Z .'-]{1,40},[^\\S\\n]*(?:[A-Z][a-z]+[^\\S\\n]+)?(${MONTH_WORD}[^\\S\\n]+\\d{1,2}(?:,[^\\S\\n]*\\d{4})?)`
    + '[^\\S\\n]*(?:\\((?:[A-Za-z .&-]{1,30})\\))?[^\\S\\n]*[-\\u2013\\u2014]',
  'm',
);

/**
 * The document date stated by the article itself, with the span to treat as metadata.
 * `fallbackYear` completes a dateline that states no year (`SEOUL, March 20 (Reuters) -`).
 */
export function findDocumentDate(text: string, fallbackYear?: number): DocumentDateMatch | null {
  const head = text.slice(0, 4000);
  let m = HEADER_ISO.exec(head);
  if (m) {
    const date = isValidIsoDate(m[1]!) ? m[1]! : null;
    if (date) return { date, ...headerSpan(m) };
  }
  const fm = FRONT_MATTER.exec(head);
  if (fm) {
    const line = /^date\s*:\s*["']?([^"'\n]+?)["']?\s*$/im.exec(fm[1]!);
    const date = line ? parseWrittenDate(line[1]!) : null;
    if (date) return { date, start: 0, end: fm[0].length };
  }
  m = HEADER_LINE.exec(firstLines(head, 1));
  if (m) {
    const date = parseWrittenDate(m[1]!);
    if (date) return { date, start: m.index, end: m.index + m[0].length };
  }
  const top = firstLines(head, 4);
  m = DATELINE_ISO.exec(top);
  if (m && isValidIsoDate(m[2]!)) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    return { date: m[2]!, start, end: start + 10 };
  }
  m = DATELINE_WIRE.exec(top);
  if (m) {
    const start = m.index + m[0].indexOf(m[1]!);
    const d = /^(\S+)\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(m[1]!);
    if (d) {
      const year = d[3] ? Number(d[3]) : fallbackYear;
      const date = year !== undefined ? isoDate(year, monthNumber(d[1]!), Number(d[2])) : null;
      return { date, start, end: start + m[1]!.length };
    }
  }
  return null;
}

function headerSpan(m: RegExpExecArray): { start: number; end: number } {
  const lead = m[0].length - m[0].trimStart().length;
  return { start: m.index + lead, end: m.index + m[0].length };
}

function firstLines(text: string, n: number): string {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf('\n', i + 1);
    if (i < 0) return text;
  }
  return text.slice(0, i);
}
