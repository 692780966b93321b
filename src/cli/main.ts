import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidIsoDate } from '../article/documentDate.js';
import { inlineRunner, runOrdered, workerRunner, type Runner } from '../batch/pool.js';
import type { Task } from '../batch/task.js';
import { parseJsonlLine } from '../input/jsonl.js';
import { decodeText, InputError, systemReason } from '../input/readText.js';
import { DEFAULT_EXTENSIONS, resolveInputs, type InputRef } from '../input/resolveInputs.js';
import { formatCsv, formatCsvHeader, formatSummaryCsv } from '../output/csv.js';
import { HtmlPageWriter } from '../output/html.js';
import { formatJson } from '../output/json.js';
import { SummaryBuilder, summaryToJson } from '../output/summary.js';
import { formatSummaryTable, formatTable } from '../output/table.js';
import { workerCount } from '../startup/plan.js';
import { KINDS, type Extraction, type Kind } from '../types.js';
import { Progress } from './progress.js';

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
  ext: string[];
  explain?: boolean;
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
  $ ${NAME} --jsonl-input < articles.jsonl  {"id","text","date"?} per line in, one result per id out
  $ ${NAME} --summary news/                 entities across the whole batch

Exit status: 0 all inputs done, 1 some inputs failed (named on stderr), 2 usage error.`;

function parseTypes(value: string): Kind[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length || list.length === 0) {
    throw new InvalidArgumentError(`unknown kind${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ') || "''"}; choose from ${KINDS.join(',')}`);
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

function parseExt(value: string): string[] {
  const list = value.split(',').map((s) => s.trim().replace(/^\*?\./, '')).filter(Boolean);
  if (!list.length) throw new InvalidArgumentError('give at least one extension, e.g. txt,md');
  return list;
}

function buildProgram(io: Io): Command {
  return new Command(NAME)
    .description('Extract dates, people, roles, countries, initiatives, organizations and places from English news articles.')
    .argument('[inputs...]', 'files, folders (searched recursively), glob patterns, or - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['table', 'json', 'csv', 'html']))
    .option('--pretty', 'indent JSON output')
    .addOption(new Option('--types <list>', `kinds to extract, comma-separated: ${KINDS.join(',')}`).argParser(parseTypes).default([...KINDS], 'all'))
    .option('--date <YYYY-MM-DD>', 'document date to use when the article states none', parseDate)
    .option('--jsonl-input', 'read JSON Lines of {"id", "text", "date"?}, one article per line; output keeps each id')
    .addOption(new Option('-j, --jobs <n>', 'worker threads for batches').argParser(parseJobs).default(availableParallelism(), `the number of CPUs, ${availableParallelism()}`))
    .option('--summary', 'one result for the whole batch: each entity with its number of articles and mentions')
    .option('--explain', 'say per mention which rule or cue produced it (JSON: a "why" on each mention; table: a line per mention; CSV: a why column)')
    .option('-q, --quiet', 'no progress bar')
    .addOption(new Option('--ext <list>', 'file extensions to read in folders').argParser(parseExt).default([...DEFAULT_EXTENSIONS], DEFAULT_EXTENSIONS.join(',')))
    .version(versionString(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander's own messages ("error: unknown option '--x'") become one line naming the program.
      writeErr: (s) => io.stderr.write(s.startsWith('error:') ? `${NAME}: ${s.replace(/\n(?!$)/g, ' ')}` : s),
      outputError: (s, write) => write(s.trimEnd() + ` (see ${NAME} --help)\n`),
    });
}

function versionString(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[], io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  // A closed pipe (`| head`) is the reader saying it has enough: end quietly, as cat and grep do.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    io.stderr.write(`${NAME}: cannot write output: ${err.message}\n`);
    process.exit(EXIT_FAILED_INPUTS);
  });
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
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  return run(program, options, format, color, io);
}

interface Item {
  task: Task | null;
  /** Why the input could not become a task (read error, malformed JSON line). */
  error?: string;
}

async function run(program: Command, options: CliOptions, format: Format, color: boolean, io: Io): Promise<number> {
  const refs = await resolveInputs(program.args, options.ext);
  const files = refs.filter((r) => !(r instanceof InputError) && r.kind === 'file').length;
  const streaming = options.jsonlInput || refs.some((r) => !(r instanceof InputError) && r.kind === 'stdin');
  // The same rule as the launcher's (a batch skips the start-up snapshot): src/startup/plan.ts.
  const jobsGiven = program.getOptionValueSource('jobs') === 'cli';
  const jobs = workerCount({ files, jsonl: !!options.jsonlInput, jobs: options.jobs, jobsGiven });
  const taskOptions = { types: options.types, explain: !!options.explain, ...(options.date ? { date: options.date } : {}), withText: format === 'html' };
  const runner: Runner = jobs > 1 ? workerRunner(jobs, taskOptions) : inlineRunner(taskOptions);
  const progress = io.stderr.isTTY && !options.quiet && !streaming && refs.length > 1 ? new Progress(io.stderr, refs.length) : null;
  const sharesTerminal = !!io.stdout.isTTY && !!io.stderr.isTTY;

  const write = async (chunk: string): Promise<void> => {
    if (!chunk) return;
    if (progress && sharesTerminal) progress.clear();
    if (!io.stdout.write(chunk)) await once(io.stdout, 'drain');
  };
  const warn = (message: string): void => {
    progress?.clear();
    io.stderr.write(`${NAME}: ${message}\n`);
  };

  const summary = options.summary ? new SummaryBuilder(options.types) : null;
  let failed = 0;
  if (format === 'csv' && !summary) await write(formatCsvHeader(options.explain));
  const page = format === 'html' ? new HtmlPageWriter({ title: `${NAME}: ${program.args.join(' ') || 'standard input'}` }) : null;
  if (page) await write(page.start());
  const width = io.stdout.columns || Number(io.env.COLUMNS) || 100; // 0 when the terminal does not say
  try {
    for await (const [, outcome] of runOrdered(items(refs, options, io), runner, Math.max(2, jobs * 4))) {
      if (!outcome.ok) {
        failed++;
        summary?.addFailure();
        page?.failure(outcome.error);
        warn(outcome.error);
      } else {
        // An extractor that failed on this article: the rest of its result is still good data, but the run failed.
        for (const w of outcome.warnings) warn(w);
        if (outcome.warnings.length) failed++;
        if (summary) summary.add(outcome.result);
        else if (!page) await write(formatResult(outcome.result, format, options, color, width));
        else await write(page.article(outcome.result, outcome.text ?? ''));
      }
      progress?.tick();
    }
  } finally {
    progress?.clear();
    await runner.close();
  }
  if (page) await write(page.end());
  if (summary) {
    const s = summary.build();
    if (format === 'json') await write(JSON.stringify(summaryToJson(s), null, options.pretty ? 2 : undefined) + '\n');
    else if (format === 'csv') await write(formatSummaryCsv(s));
    else await write(formatSummaryTable(s, { color, width }));
  }
  return failed ? EXIT_FAILED_INPUTS : EXIT_OK;
}

function formatResult(result: Extraction, format: Format, options: CliOptions, color: boolean, width: number): string {
  if (format === 'json') return formatJson(result, options.pretty);
  if (format === 'csv') return formatCsv(result, options.explain);
  return formatTable(result, { color, width, explain: !!options.explain });
}

/** Turns inputs into tasks, in order; JSON Lines input is read line by line so a huge stream stays in bounded memory. */
async function* items(refs: (InputRef | InputError)[], options: CliOptions, io: Io): AsyncGenerator<Item> {
  for (const ref of refs) {
    if (ref instanceof InputError) { yield { task: null, error: ref.message }; continue; }
    const source = ref.kind === 'stdin' ? '-' : ref.path;
    if (options.jsonlInput) {
      yield* jsonlItems(ref, source, io);
    } else if (ref.kind === 'file') {
      yield { task: { kind: 'file', path: ref.path } };
    } else {
      try {
        yield { task: { kind: 'text', source, text: decodeText(await readAll(io.stdin), 'standard input') } };
      } catch (err) {
        yield { task: null, error: err instanceof Error ? err.message : String(err) };
      }
    }
  }
}

async function* jsonlItems(ref: InputRef, source: string, io: Io): AsyncGenerator<Item> {
  const name = ref.kind === 'stdin' ? 'standard input' : source;
  let stream: NodeJS.ReadableStream;
  if (ref.kind === 'stdin') stream = io.stdin;
  else {
    const file = createReadStream(ref.path);
    const opened = await Promise.race([once(file, 'open').then(() => null), once(file, 'error').then(([e]) => e as Error)]);
    if (opened) { yield { task: null, error: `${name}: ${systemReason(opened)}` }; return; }
    stream = file;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const parsed = parseJsonlLine(line);
      if (parsed === null) continue;
      if (typeof parsed === 'string') yield { task: null, error: `${name}:${n}: ${parsed}` };
      else yield { task: { kind: 'text', source, text: parsed.text, id: parsed.id, ...(parsed.date ? { date: parsed.date } : {}) } };
    }
  } catch (err) {
    yield { task: null, error: `${name}: ${systemReason(err)}` };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

