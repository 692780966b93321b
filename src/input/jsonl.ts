import { isValidIsoDate } from '../article/documentDate.js';

/** One article of JSON Lines input: `{"id", "text", "date"?}`. */
export interface JsonlArticle {
  id: string | number;
  text: string;
  date?: string;
}

/**
 * Parses one line of JSON Lines input. Returns null for a blank line, a reason string for a malformed one
 * (the batch goes on with the next line).
 */
export function parseJsonlLine(line: string): JsonlArticle | string | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object {"id", "text", "date"?}';
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (a string or number)';
  if (typeof o.text !== 'string') return `"text" must be a string (id ${JSON.stringify(o.id)})`;
  if (o.date !== undefined && o.date !== null && (typeof o.date !== 'string' || !isValidIsoDate(o.date))) {
    return `"date" must be YYYY-MM-DD (id ${JSON.stringify(o.id)})`;
  }
  return { id: o.id, text: o.text, ...(typeof o.date === 'string' ? { date: o.date } : {}) };
}
