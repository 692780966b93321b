import { isValidIsoDate } from '../article/documentDate.js';

/** The input fields that hold an article's id, text and date (`--id-field`, `--text-field`, `--date-field`). */
export interface JsonlFields {
  id: string;
  text: string;
  date: string;
}

export const DEFAULT_JSONL_FIELDS: Readonly<JsonlFields> = { id: 'id', text: 'text', date: 'date' };

/** One article of JSON Lines input: `{"id", "text", "date"?}`, and the line's other fields in their order. */
export interface JsonlArticle {
  id: string | number;
  text: string;
  date?: string;
  /** Every field other than the id, text and date fields, as read. */
  rest: [string, unknown][];
}

/** A line that holds no usable article: why, and what could still be read of it (for the error record). */
export interface JsonlProblem {
  reason: string;
  id: string | number | null;
  rest: [string, unknown][];
}

/**
 * Parses one line of JSON Lines input. Returns null for a blank line, a problem for a malformed one (the batch
 * goes on with the next line).
 */
export function parseJsonlLine(line: string, fields: Readonly<JsonlFields> = DEFAULT_JSONL_FIELDS): JsonlArticle | JsonlProblem | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { reason: `not valid JSON (${(err as Error).message})`, id: null, rest: [] };
  }
  const shape = `{${JSON.stringify(fields.id)}, ${JSON.stringify(fields.text)}, ${JSON.stringify(fields.date)}?}`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: `expected a JSON object ${shape}`, id: null, rest: [] };
  const o = value as Record<string, unknown>;
  const rest = Object.entries(o).filter(([k]) => k !== fields.id && k !== fields.text && k !== fields.date);
  const id = o[fields.id];
  if (typeof id !== 'string' && typeof id !== 'number') {
    return { reason: `missing ${JSON.stringify(fields.id)} (a string or number)`, id: null, rest };
  }
  const text = o[fields.text];
  if (typeof text !== 'string') return { reason: `${JSON.stringify(fields.text)} must be a string`, id, rest };
  const date = o[fields.date];
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isValidIsoDate(date))) {
    return { reason: `${JSON.stringify(fields.date)} must be YYYY-MM-DD`, id, rest };
  }
  return { id, text, ...(typeof date === 'string' ? { date } : {}), rest };
}

export const isJsonlProblem = (x: JsonlArticle | JsonlProblem): x is JsonlProblem => 'reason' in x;
