import { stringifyWithRawId } from '../output/json.js';
import { KINDS, type Extraction } from '../types.js';

/**
 * Mapper mode (`--jsonl-input`): one JSON line out for every line in, in order, so a batch engine (Spark's
 * `RDD.pipe`, Hadoop Streaming, GNU parallel) can match outputs to inputs and never loses a line. A line that gives
 * no result becomes an error record: `{"id", "file", "line", "error"}`.
 */

/** Where a JSON line came from, and what of it is copied to its output. */
export interface LineMeta {
  source: string;
  line: number;
  id: string | number | null;
  /** A numeric id as written, when JavaScript would print the number otherwise (`1e400`). */
  idRaw?: string;
  rest: [string, unknown][];
}

/** `--keep-fields`: which of a line's other fields are copied into its output record. */
export type KeepFields = 'all' | 'none' | readonly string[];

/** Keys of an output record: an input field of the same name is not copied over them. */
export const OUTPUT_KEYS: ReadonlySet<string> = new Set(['id', 'file', 'documentDate', 'line', 'error', ...KINDS]);

/** The fields copied from the input line, in the input's order; `onClash` hears of each one an output key shadows. */
export function keptFields(meta: LineMeta, keep: KeepFields, onClash: (field: string) => void): [string, unknown][] {
  if (keep === 'none') return [];
  const out: [string, unknown][] = [];
  for (const [k, v] of meta.rest) {
    if (keep !== 'all' && !keep.includes(k)) continue;
    if (OUTPUT_KEYS.has(k)) onClash(k);
    else out.push([k, v]);
  }
  return out;
}

/**
 * A result with the line's kept fields after the kinds; `error` (last) says why some kinds came back empty when an
 * extractor failed on the article, so the record itself tells the consumer it is incomplete.
 */
export function resultRecord(
  result: Extraction,
  kept: [string, unknown][],
  warnings: readonly string[],
  pretty = false,
  rawId?: string,
): string {
  const record: Record<string, unknown> = { ...result };
  for (const [k, v] of kept) record[k] = v;
  if (warnings.length) record.error = warnings.join('; ');
  return stringifyWithRawId(record, pretty, rawId) + '\n';
}

/** The record for a line that gave no result: its id (null when the line has none), file, line number and why. */
export function errorRecord(meta: LineMeta, reason: string, kept: [string, unknown][], pretty = false): string {
  const record: Record<string, unknown> = { id: meta.id, file: meta.source, line: meta.line, error: reason };
  for (const [k, v] of kept) record[k] = v;
  return stringifyWithRawId(record, pretty, meta.idRaw) + '\n';
}
