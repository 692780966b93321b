import { createReadStream, readFileSync, readlinkSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidIsoDate } from '../article/documentDate.js';
import { errorRecord, keptFields, resultRecord, type KeepFields, type LineMeta } from '../batch/mapper.js';
import { inlineRunner, runOrdered, workerRunner, type Runner } from '../batch/pool.js';
import type { Task, TaskResult } from '../batch/task.js';
import { isJsonlProblem, jsonlLines, parseJsonlLine, type JsonlFields } from '../input/jsonl.js';
import { decodeText, DEFAULT_MAX_BYTES, formatBytes, InputError, notRegular, readStreamUpTo, systemReason } from '../input/readText.js';
import { DEFAULT_EXTENSIONS, resolveInputs, type InputRef } from '../input/resolveInputs.js';
import { csvLine, formatCsv, formatCsvHeader, formatSummaryCsv, SUMMARY_CSV_HEADER } from '../output/csv.js';
import { HtmlPageWriter } from '../output/html.js';
import { formatJson } from '../output/json.js';
import { SummaryBuilder, summaryToJson } from '../output/summary.js';
import { formatSummaryTable, formatTable } from '../output/table.js';
import { escapeControls } from '../output/terminal.js';
import { workerCount } from '../startup/plan.js';
import { KINDS, type Extraction, type Kind } from '../types.js';
import { colorWanted, type ColorWhen } from './color.js';
import { Progress, progressStyle } from './progress.js';

const NAME = 'article-entities';
export const EXIT_OK = 0;
export const EXIT_FAILED_INPUTS = 1;
export const EXIT_USAGE = 2;

type Format = 'table' | 'json' | 'csv' | 'html';

interface CliOptions {
  format?: Format;
  pretty?: boolean;
  types: Kind[];
  date?: string;
  jsonlInput?: boolean;
  jobs: number;
  summary?: boolean;
  quiet?: boolean;
  progress?: boolean;
  color: ColorWhen;
  failOnError?: boolean;
  idField: string;
  textField: string;
  dateField: string;
  keepFields: KeepFields;
  ext: string[];
  explain?: boolean;
  maxBytes: number;
  tagger: 'full' | 'pre' | 'fast';
}

/** The streams the CLI talks to; tests and embedders can pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const EXAMPLES = `
Examples:
  $ ${NAME} story.txt                      a table in the terminal
  $ ${NAME} --format json news/ | jq -r '.people[].name'
  $ ${NAME} --types dates,countries --format csv news/ > entities.csv
  $ ${NAME} --format html news/ > entities.html   one page: each article with its mentions marked
  $ cat story.txt | ${NAME} --date 2024-03-20
  $ ${NAME} --jsonl-input < articles.jsonl  {"id","text","date"?} per line in, one JSON line out per line
  $ ${NAME} --summary news/                 entities across the whole batch

Exit status: 0 all inputs done, 1 some inputs failed (named on stderr), 2 usage error. With --jsonl-input a bad
line gets an error record {"id","file","line","error"} and exits 0, unless --fail-on-error.`;

function parseTypes(value: string): Kind[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length || list.length === 0) {
    const named = bad.map((b) => `'${b}'`).join(', ') || "''";
    throw new InvalidArgumentError(`unknown kind${bad.length > 1 ? 's' : ''} ${named}; choose from ${KINDS.join(',')}`);
  }
  return KINDS.filter((k) => list.includes(k));
}

function parseDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError(`'${value}' is not a date in the form YYYY-MM-DD`);
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError(`'${value}' is not a positive whole number`);
  return n;
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const n = m ? Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase())) : NaN;
  if (!(n >= 1) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`'${value}' is not a size such as 500000, 64K, 32M or 1G`);
  return n;
}

function parseExt(value: string): string[] {
  const list = value.split(',').map((s) => s.trim().replace(/^\*?\./, '')).filter(Boolean);
  if (!list.length) throw new InvalidArgumentError('give at least one extension, e.g. txt,md');
  return list;
}

function parseField(value: string): string {
  if (!value) throw new InvalidArgumentError('give a field name');
  return value;
}

function parseKeep(value: string): KeepFields {
  if (value === 'all' || value === 'none') return value;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function buildProgram(io: Io): Command {
  return new Command(NAME)
    .description('Extract dates, people, roles, countries, initiatives, organizations and places from English news articles.')
    .argument('[inputs...]', 'files, folders (searched recursively), glob patterns, or - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)')
      .choices(['table', 'json', 'csv', 'html']))
    .option('--pretty', 'indent JSON output')
    .addOption(new Option('--types <list>', `kinds to extract, comma-separated: ${KINDS.join(',')}`)
      .argParser(parseTypes).default([...KINDS], 'all'))
    .option('--date <YYYY-MM-DD>', 'document date to use when the article states none', parseDate)
    .option('--jsonl-input', 'mapper mode: read JSON Lines of {"id", "text", "date"?}, write one JSON line per line, in order')
    .addOption(new Option('--id-field <name>', 'with --jsonl-input: the field holding the id').argParser(parseField).default('id'))
    .addOption(new Option('--text-field <name>', 'with --jsonl-input: the field holding the text').argParser(parseField).default('text'))
    .addOption(new Option('--date-field <name>', 'with --jsonl-input: the field holding the date').argParser(parseField).default('date'))
    .addOption(new Option('--keep-fields <list>',
      'with --jsonl-input: other input fields copied to each output line, comma-separated, or all, none')
      .argParser(parseKeep).default('all'))
    .option('--fail-on-error', 'with --jsonl-input: exit 1 when a line fails (by default a bad line gives an error record and exit 0)')
    .addOption(new Option('-j, --jobs <n>', 'worker threads for batches').argParser(parseJobs)
      .default(availableParallelism(), `the number of CPUs, ${availableParallelism()}; 1 with --jsonl-input`))
    .option('--summary', 'one result for the whole batch: each entity with its number of articles and mentions')
    .option('--explain', 'say per mention which rule or cue produced it '
      + '(JSON: a "why" on each mention; table: a line per mention; CSV: a why column)')
    .addOption(new Option('--color <when>', 'colour in tables: auto (a terminal; NO_COLOR, FORCE_COLOR, TERM=dumb honoured), always, never')
      .choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--tagger <name>', 'word tagger: full (compromise\'s whole parse), pre (no postTagger), fast (lexicon, suffixes)')
      .choices(['full', 'pre', 'fast']).default('full'))
    .option('--progress', 'draw the progress bar on stderr even when stdout is a terminal or a pipe')
    .option('-q, --quiet', 'no progress bar')
    .addOption(new Option('--ext <list>', 'file extensions to read in folders')
      .argParser(parseExt).default([...DEFAULT_EXTENSIONS], DEFAULT_EXTENSIONS.join(',')))
    .addOption(new Option('--max-bytes <size>', 'largest article to read (a file, standard input, one JSON line); K, M, G suffixes')
      .argParser(parseBytes).default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES).replace(' ', '')))
    .version(versionString(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander's own messages ("error: unknown option '--x'") become one line naming the program.
      writeErr: (s) => io.stderr.write(s.startsWith('error:') ? `${NAME}: ${escapeControls(s.replace(/\n(?!$)/g, ' ').trimEnd())}\n` : s),
      outputError: (s, write) => write(s.trimEnd() + ` (see ${NAME} --help)\n`),
    });
}

function versionString(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the command line; resolves with the exit code. */
export async function main(
  argv: string[],
  io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  // A closed pipe (`| head`) is the reader saying it has enough: end quietly, as cat and grep do.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    io.stderr.write(`${NAME}: cannot write output: ${err.message}\n`);
    process.exit(EXIT_FAILED_INPUTS);
  });
  // Messages are for a person, data is for the reader of stdout: a stderr nobody reads (a closed pipe) must not end
  // the run or cost its output, so a failed message is dropped.
  io.stderr.on('error', () => {});
  if (io.stdout === process.stdout && stdoutClosed()) {
    io.stderr.write(`${NAME}: standard output is closed: nowhere to write the results\n`);
    return EXIT_FAILED_INPUTS;
  }
  const program = buildProgram(io);
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  const options = program.opts<CliOptions>();
  if (program.args.length === 0 && io.stdin.isTTY) {
    io.stderr.write(`${NAME}: no input: give files or folders, or pipe text into standard input (see ${NAME} --help)\n`);
    return EXIT_USAGE;
  }
  const format: Format = options.format ?? (io.stdout.isTTY ? 'table' : 'json');
  if (format === 'html' && options.summary) {
    io.stderr.write(`${NAME}: --summary has no html form; use --format table, json or csv with it (see ${NAME} --help)\n`);
    return EXIT_USAGE;
  }
  const color = colorWanted(options.color, io.env, !!io.stdout.isTTY);
  return run(program, options, format, color, io);
}

interface Item {
  task: Task | null;
  /** Why the input could not become a task (read error, malformed JSON line), as stderr says it. */
  error?: string;
  /** A JSON line (mapper mode): where it came from, for its output record; `reason` is why it is bad, if it is. */
  meta?: LineMeta;
  reason?: string;
  /** Something to tell the user about a task that still runs (a JSON Lines id seen before). */
  warning?: string;
  /** A numeric JSON Lines id as written, to print instead of the rounded number. */
  idRaw?: string;
}

/**
 * Stdout closed by the shell (`>&-`): Node reopens a closed standard stream on /dev/null, for reading and writing,
 * where a redirection to /dev/null opens it for writing only. Linux only (elsewhere: false).
 */
function stdoutClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return !!flags && (parseInt(flags[1]!, 8) & 3) === 2; // O_ACCMODE === O_RDWR
  } catch {
    return false;
  }
}

async function run(program: Command, options: CliOptions, format: Format, color: boolean, io: Io): Promise<number> {
  const refs = await resolveInputs(program.args, options.ext, (message) => io.stderr.write(`${NAME}: ${message}\n`));
  const { runner, jobs, streaming } = startRunner(program, options, format, refs);
  const sink = openSink(options, io, refs, streaming);
  const out = outputFor(program, options, format, color, io);
  const tally: Tally = { failed: 0, badLines: 0 };
  const handle = resultHandler(out, sink, tally);
  const summaryHead = await writeHead(out, sink.write);
  try {
    for await (const [item, outcome] of runOrdered(items(refs, options, io), runner, Math.max(2, jobs * 4))) {
      if (item.warning) sink.warn(item.warning);
      await handle(item, outcome);
      sink.progress?.tick();
    }
  } finally {
    sink.progress?.stop();
    await runner.close();
  }
  await writeTail(out, summaryHead, sink.write);
  // A bad JSON line is a fault of that line's data: a batch engine that saw a non-zero exit would fail and rerun
  // the whole task, which fails again the same way. Its error record is the report; --fail-on-error asks for 1.
  return tally.failed || (tally.badLines && options.failOnError) ? EXIT_FAILED_INPUTS : EXIT_OK;
}

/** Failed inputs (files, standard input) and failed JSON lines, counted apart: they set the exit code differently. */
interface Tally {
  failed: number;
  badLines: number;
}

/** Where messages and data go while a batch runs: stdout for data, stderr for messages, around the progress bar. */
interface Sink {
  progress: Progress | null;
  write: (chunk: string) => Promise<void>;
  warn: (message: string) => void;
}

/** What the results are written as. */
interface Output {
  format: Format;
  options: CliOptions;
  color: boolean;
  width: number;
  page: HtmlPageWriter | null;
  summary: SummaryBuilder | null;
  /** Mapper mode: one JSON record per input line, results and errors alike. */
  records: boolean;
}

function startRunner(
  program: Command, options: CliOptions, format: Format, refs: (InputRef | InputError)[],
): { runner: Runner; jobs: number; streaming: boolean } {
  const files = refs.filter((r) => !(r instanceof InputError) && r.kind === 'file').length;
  const streaming = !!options.jsonlInput || refs.some((r) => !(r instanceof InputError) && r.kind === 'stdin');
  // The same rule as the launcher's (a batch skips the start-up snapshot): src/startup/plan.ts.
  const jobsGiven = program.getOptionValueSource('jobs') === 'cli';
  const jobs = workerCount({ files, jsonl: !!options.jsonlInput, jobs: options.jobs, jobsGiven });
  const taskOptions = {
    types: options.types,
    explain: !!options.explain,
    tagger: options.tagger,
    maxBytes: options.maxBytes,
    ...(options.date ? { date: options.date } : {}),
    withText: format === 'html',
  };
  const runner: Runner = jobs > 1 ? workerRunner(jobs, taskOptions) : inlineRunner(taskOptions);
  return { runner, jobs, streaming };
}

function openSink(options: CliOptions, io: Io, refs: (InputRef | InputError)[], streaming: boolean): Sink {
  const style = options.jsonlInput || refs.length > 1 ? progressStyle(options, io.stdout, io.stderr, io.env) : null;
  const progress = style ? new Progress(io.stderr, streaming ? null : refs.length, style) : null;
  const sharesTerminal = !!io.stdout.isTTY && !!io.stderr.isTTY;
  const write = async (chunk: string): Promise<void> => {
    if (!chunk) return;
    if (progress && sharesTerminal) progress.clear();
    if (!io.stdout.write(chunk)) await once(io.stdout, 'drain');
  };
  const warn = (message: string): void => {
    progress?.clear();
    io.stderr.write(`${NAME}: ${escapeControls(message)}\n`);
  };
  return { progress, write, warn };
}

function outputFor(program: Command, options: CliOptions, format: Format, color: boolean, io: Io): Output {
  const title = `${NAME}: ${program.args.join(' ') || 'standard input'}`;
  const page = format === 'html' ? new HtmlPageWriter({ title }) : null;
  const width = io.stdout.columns || Number(io.env.COLUMNS) || 100; // 0 when the terminal does not say
  const summary = options.summary ? new SummaryBuilder(options.types) : null;
  const records = !!options.jsonlInput && format === 'json' && !summary;
  return { format, options, color, width, page, summary, records };
}

/** Writes each task's outcome as it arrives, in input order, and counts the failures. */
function resultHandler(out: Output, sink: Sink, tally: Tally): (item: Item, outcome: TaskResult) => Promise<void> {
  const { format, options, color, width, page, summary, records } = out;
  const { write, warn } = sink;
  const clashes = new Set<string>();
  const kept = (meta: LineMeta): [string, unknown][] => keptFields(meta, options.keepFields, (field) => {
    if (!clashes.has(field)) warn(`input field ${JSON.stringify(field)} is not copied: the output has a key of that name`);
    clashes.add(field);
  });
  return async (item, outcome) => {
    if (!outcome.ok) {
      if (item.meta) tally.badLines++;
      else tally.failed++;
      summary?.addFailure();
      page?.failure(outcome.error);
      warn(outcome.error);
      if (records && item.meta) {
        const reason = item.reason ?? withoutSource(outcome.error, item.meta);
        await write(errorRecord(item.meta, reason, kept(item.meta), options.pretty));
      }
      return;
    }
    // An extractor that failed on this article: the rest of its result is still good data, but the run failed.
    for (const w of outcome.warnings) warn(w);
    if (outcome.warnings.length) { if (item.meta) tally.badLines++; else tally.failed++; }
    if (summary) summary.add(outcome.result);
    else if (records && item.meta) {
      const warnings = outcome.warnings.map((w) => withoutSource(w, item.meta!));
      await write(resultRecord(outcome.result, kept(item.meta), warnings, options.pretty, item.meta.idRaw));
    } else if (page) await write(page.article(outcome.result, outcome.text ?? ''));
    else await write(formatResult(outcome.result, format, options, color, width, item.idRaw));
  };
}

/** Writes what comes before the first result; returns the summary's first bytes, already written. */
async function writeHead(out: Output, write: Sink['write']): Promise<string> {
  if (out.format === 'csv' && !out.summary) await write(formatCsvHeader(out.options.explain));
  if (out.page) await write(out.page.start());
  // A summary prints at the end; its first bytes go out now, so that a reader already gone (`--summary | true`)
  // ends the run at once instead of after the whole batch.
  let summaryHead = '';
  if (out.summary && !out.color) {
    summaryHead = out.format === 'json' ? '{' : out.format === 'csv' ? csvLine([...SUMMARY_CSV_HEADER]) : 'Summary';
    await write(summaryHead);
  }
  return summaryHead;
}

/** Writes what comes after the last result: the end of the HTML page, the summary less its head. */
async function writeTail(out: Output, summaryHead: string, write: Sink['write']): Promise<void> {
  const { format, options, color, width, page, summary } = out;
  if (page) await write(page.end());
  if (!summary) return;
  const s = summary.build();
  const text = format === 'json' ? JSON.stringify(summaryToJson(s), null, options.pretty ? 2 : undefined) + '\n'
    : format === 'csv' ? formatSummaryCsv(s) : formatSummaryTable(s, { color, width });
  await write(text.startsWith(summaryHead) ? text.slice(summaryHead.length) : text);
}

/** A message for stderr ("feed.jsonl (id 7): ...") without its source prefix, for the line's output record. */
function withoutSource(message: string, meta: LineMeta): string {
  if (!message.startsWith(meta.source)) return message;
  const m = /^(?: \(id [^)]*\))?: /.exec(message.slice(meta.source.length));
  return m ? message.slice(meta.source.length + m[0].length) : message;
}

function formatResult(result: Extraction, format: Format, options: CliOptions, color: boolean, width: number, idRaw?: string): string {
  if (format === 'json') return formatJson(result, options.pretty, idRaw);
  if (format === 'csv') return formatCsv(result, options.explain, idRaw);
  return formatTable(result, { color, width, explain: !!options.explain, ...(idRaw ? { id: idRaw } : {}) });
}

/** Turns inputs into tasks, in order; JSON Lines input is read line by line so a huge stream stays in bounded memory. */
async function* items(refs: (InputRef | InputError)[], options: CliOptions, io: Io): AsyncGenerator<Item> {
  const fields = { id: options.idField, text: options.textField, date: options.dateField };
  const ids = new Map<string, string>();
  for (const ref of refs) {
    if (ref instanceof InputError) { yield { task: null, error: ref.message }; continue; }
    const source = ref.kind === 'stdin' ? '-' : ref.path;
    if (options.jsonlInput) {
      yield* jsonlItems(ref, source, io, { fields, maxBytes: options.maxBytes, ids });
    } else if (ref.kind === 'file') {
      yield { task: { kind: 'file', path: ref.path } };
    } else {
      try {
        const bytes = await readStreamUpTo(io.stdin, options.maxBytes, 'standard input');
        yield { task: { kind: 'text', source, text: decodeText(bytes, 'standard input') } };
      } catch (err) {
        yield { task: null, error: err instanceof Error ? err.message : String(err) };
      }
    }
  }
}

/** Ids remembered to warn about a repeated one; past this many distinct ids, memory wins over the check. */
const MAX_IDS_TRACKED = 1_000_000;

interface JsonlReading {
  fields: JsonlFields;
  maxBytes: number;
  /** The ids seen so far in the run, with where each was first seen. */
  ids: Map<string, string>;
}

async function* jsonlItems(ref: InputRef, source: string, io: Io, { fields, maxBytes, ids }: JsonlReading): AsyncGenerator<Item> {
  const name = ref.kind === 'stdin' ? 'standard input' : source;
  let stream: NodeJS.ReadableStream;
  if (ref.kind === 'stdin') stream = io.stdin;
  else {
    const why = await stat(ref.path).then(notRegular, (err: unknown) => systemReason(err));
    if (why) { yield { task: null, error: `${name}: ${why}` }; return; }
    const file = createReadStream(ref.path);
    const opened = await Promise.race([once(file, 'open').then(() => null), once(file, 'error').then(([e]) => e as Error)]);
    if (opened) { yield { task: null, error: `${name}: ${systemReason(opened)}` }; return; }
    stream = file;
  }
  try {
    for await (const read of jsonlLines(stream, maxBytes)) {
      const n = read.n;
      const parsed = 'error' in read ? { reason: read.error, id: null, rest: [] } : parseJsonlLine(read.line, fields);
      if (parsed === null || isJsonlProblem(parsed)) {
        // One output line per input line: a bad or blank line gets an error record in its place (see ../batch/mapper.ts).
        const reason = parsed?.reason ?? 'blank line, no article';
        const meta: LineMeta = { source, line: n, id: parsed?.id ?? null, rest: parsed?.rest ?? [] };
        yield { task: null, error: `${name}:${n}: ${reason}${meta.id === null ? '' : ` (id ${JSON.stringify(meta.id)})`}`, meta, reason };
        continue;
      }
      // The same id twice: both results come out, but whoever joins them back on the id should know.
      const key = parsed.idRaw ?? JSON.stringify(parsed.id);
      const before = ids.get(key);
      if (before === undefined && ids.size < MAX_IDS_TRACKED) ids.set(key, `${name}:${n}`);
      const meta: LineMeta = { source, line: n, id: parsed.id, rest: parsed.rest, ...(parsed.idRaw ? { idRaw: parsed.idRaw } : {}) };
      yield {
        task: { kind: 'text', source, text: parsed.text, id: parsed.id, ...(parsed.date ? { date: parsed.date } : {}) },
        meta,
        ...(before !== undefined ? { warning: `${name}:${n}: duplicate id ${key} (first on ${before})` } : {}),
        ...(parsed.idRaw ? { idRaw: parsed.idRaw } : {}),
      };
    }
  } catch (err) {
    yield { task: null, error: `${name}: ${systemReason(err)}` };
  }
}

