import { extract } from '../extract.js';
import { readTextFile, InputError } from '../input/readText.js';
import type { Extraction, Kind } from '../types.js';

/** One article to process: a file read where the work runs, or text already in hand (stdin, a JSON line). */
export type Task =
  | { kind: 'file'; path: string }
  | { kind: 'text'; source: string; text: string; id?: string | number; date?: string };

export interface TaskOptions {
  types: readonly Kind[];
  /** `--date`: the document date when the article states none. */
  date?: string;
  /** `--explain`: keep each mention's `why`. */
  explain?: boolean;
  /** `--tagger`: which tagger tags the words. */
  tagger?: 'full' | 'pre' | 'fast';
  /** Send the article's text back with the result (the HTML page shows it). */
  withText?: boolean;
  /** `--max-bytes`: a file larger than this is refused. */
  maxBytes?: number;
}

/** A result, with `warnings` when some extractor failed on the article (its kinds come back empty). */
export type TaskResult =
  | { ok: true; result: Extraction; warnings: string[]; text?: string }
  /** `tooBig`: the article is longer than this worker takes (a batch worker's capped heap); it runs elsewhere. */
  | { ok: false; error: string; tooBig?: true };

/**
 * Reads (if needed) and extracts one article; never throws: a failure comes back as a message naming the input.
 * An article longer than `maxChars` is not extracted: it comes back `tooBig`.
 */
export async function runTask(task: Task, options: TaskOptions, maxChars = Infinity): Promise<TaskResult> {
  const source = task.kind === 'file' ? task.path : task.source;
  try {
    const text = task.kind === 'file' ? await readTextFile(task.path, options.maxBytes) : task.text;
    if (text.length > maxChars) return { ok: false, error: `${source}: longer than ${maxChars} characters`, tooBig: true };
    const warnings: string[] = [];
    const onError = (stage: string, err: unknown): void => {
      const id = task.kind === 'text' && task.id !== undefined ? ` (id ${JSON.stringify(task.id)})` : '';
      const reason = err instanceof Error ? err.message : String(err);
      warnings.push(`${source}${id}: ${stage} extractor failed, its kinds are left empty: ${reason}`);
    };
    const withText = options.withText ? { text } : {};
    const base = { source, types: options.types, onError, explain: !!options.explain,
      ...(options.date ? { date: options.date } : {}), ...(options.tagger ? { tagger: options.tagger } : {}) };
    if (task.kind === 'text' && task.id !== undefined) {
      const result = extract(text, { ...base, ...(task.date ? { documentDate: task.date } : {}) });
      return { ok: true, result: { id: task.id, ...result }, warnings, ...withText };
    }
    return { ok: true, result: extract(text, base), warnings, ...withText };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err.message };
    return { ok: false, error: `${source}: extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
