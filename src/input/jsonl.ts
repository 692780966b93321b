import { isValidIsoDate } from '../article/documentDate.js';
import { formatBytes } from './readText.js';

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
  /** A numeric id as written, when the JavaScript number would not print the same (`1e400`, `12345678901234567890`). */
  idRaw?: string;
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
  const raw = typeof id === 'number' ? rawMember(line, fields.id) : null;
  const idRaw = raw !== null && raw !== String(id) ? raw : undefined;
  const text = o[fields.text];
  if (typeof text !== 'string') return { reason: `${JSON.stringify(fields.text)} must be a string`, id, rest };
  if (text.includes('\u0000')) return { reason: `${JSON.stringify(fields.text)} holds NUL characters (binary data), not text`, id, rest };
  const date = o[fields.date];
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isValidIsoDate(date))) {
    return { reason: `${JSON.stringify(fields.date)} must be YYYY-MM-DD`, id, rest };
  }
  return { id, ...(idRaw ? { idRaw } : {}), text, ...(typeof date === 'string' ? { date } : {}), rest };
}

/**
 * The source text of a top-level member's value in a line that is one valid JSON object (the last one, as
 * JSON.parse keeps it), or null. A number's digits are kept as written: JSON.parse would round them.
 */
export function rawMember(json: string, key: string): string | null {
  let found: string | null = null;
  let i = json.indexOf('{') + 1;
  const ws = (): void => { while (/\s/.test(json[i] ?? '')) i++; };
  const stringEnd = (k: number): number => { for (k++; json[k] !== '"'; k++) if (json[k] === '\\') k++; return k + 1; };
  for (;;) {
    ws();
    if (json[i] !== '"') return found;
    const keyEnd = stringEnd(i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = keyEnd;
    ws();
    i++; // the colon
    ws();
    const start = i;
    for (let depth = 0; i < json.length; i++) {
      const c = json[i]!;
      if (c === '"') { i = stringEnd(i) - 1; continue; }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') { if (depth-- === 0) break; }
      else if (c === ',' && depth === 0) break;
    }
    if (name === key) found = json.slice(start, i).trimEnd();
    if (json[i] !== ',') return found;
    i++;
  }
}

/** One line of a JSON Lines stream, numbered from 1: its text, or why it cannot be read. */
export type JsonlLine = { n: number; line: string } | { n: number; error: string };

/**
 * Splits a JSON Lines byte stream into lines, holding at most `maxBytes` of one line: a longer line is reported and
 * skipped to its end, unread. A UTF-8 byte-order mark at the start is dropped; a line that is not valid UTF-8 is
 * refused (as a file would be); a NUL byte means binary data, and the rest of the stream is not read.
 */
export async function* jsonlLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let n = 1;
  let skipping = false;
  let first = true;
  const finish = (): JsonlLine => {
    const bytes = Buffer.concat(parts, held);
    parts = [];
    held = 0;
    return decodeLine(bytes, n++);
  };
  for await (const chunk of stream) {
    let b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (first && b.length) {
      first = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    if (b.includes(0)) {
      yield { n, error: 'binary data (contains NUL bytes), not JSON Lines text; the rest of this input is not read' };
      return;
    }
    for (let at = 0; at < b.length; ) {
      const nl = b.indexOf(0x0a, at);
      const end = nl < 0 ? b.length : nl;
      if (!skipping) {
        if (held + end - at > maxBytes) {
          skipping = true;
          parts = [];
          held = 0;
        } else {
          parts.push(b.subarray(at, end));
          held += end - at;
        }
      }
      if (nl < 0) break;
      if (skipping) yield { n: n++, error: `line ${tooLongReason(maxBytes)}` };
      else yield finish();
      skipping = false;
      at = nl + 1;
    }
  }
  if (skipping) yield { n, error: `line ${tooLongReason(maxBytes)}` };
  else if (held) yield finish();
}

const tooLongReason = (maxBytes: number): string => `longer than the --max-bytes limit (${formatBytes(maxBytes)}), skipped`;

// Made on first use: a TextDecoder cannot be in the CLI's start-up snapshot (see src/input/readText.ts).
let utf8: InstanceType<typeof TextDecoder> | undefined;

function decodeLine(bytes: Buffer, n: number): JsonlLine {
  try {
    const line = (utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(bytes);
    return { n, line: line.endsWith('\r') ? line.slice(0, -1) : line };
  } catch {
    return { n, error: 'not valid UTF-8 text (convert it with iconv -t UTF-8)' };
  }
}

export const isJsonlProblem = (x: JsonlArticle | JsonlProblem): x is JsonlProblem => 'reason' in x;
