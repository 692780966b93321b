import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { BIN, cliHere, fixture, jsonLines, ROOT } from './helpers.js';

const SENTENCES = [
  'President Joe Biden met Japanese Prime Minister Fumio Kishida in Washington on Friday.',
  'The European Union agreed on the Green Deal last year.',
  'Foreign Minister Wang Yi visited Seoul in March.',
  'Acme Corp said on Monday it would hire 200 people in Ohio.',
];
const BAD_LINE = 137; // 1-based

/** 200 JSON lines (or `count`), the 137th malformed (or `bad`), as a Spark partition would hold them. */
function partition(count = 200, bad = BAD_LINE): string {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    lines.push(i === bad ? `{"id": "r${i}", "text": unterminated` : JSON.stringify({ id: `r${i}`, text: SENTENCES[i % 4], url: `u${i}` }));
  }
  return lines.join('\n') + '\n';
}

/**
 * What Spark's RDD.pipe does: start the command with a bare environment, write the partition's lines to its stdin
 * from another process (no terminal anywhere), read its stdout line by line, look at the exit code.
 */
function rddPipe(args: string[], input: string): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('env', ['-i', `PATH=${process.env.PATH}`, process.execPath, BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    createInterface({ input: child.stdout }).on('line', (l) => lines.push(l));
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines, stderr }));
    child.stdin.end(input);
  });
}

describe('mapper mode under a batch engine (RDD.pipe)', () => {
  it('gives 200 lines out for 200 in, one malformed: an error record in its place, exit 0', async () => {
    const r = await rddPipe(['--jsonl-input', '--types', 'people'], partition());
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(200);
    const out = r.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((x) => x.id)).toEqual(Array.from({ length: 200 }, (_, i) => (i + 1 === BAD_LINE ? null : `r${i + 1}`)));
    expect(out[BAD_LINE - 1]).toMatchObject({ id: null, file: '-', line: BAD_LINE });
    expect(out[BAD_LINE - 1]!.error).toMatch(/^not valid JSON/);
    expect(out[0]!.url).toBe('u1'); // other input fields pass through
    expect(r.stderr).toMatch(new RegExp(`^article-entities: standard input:${BAD_LINE}: not valid JSON`));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 1 on the same input with --fail-on-error, still one line out per line in', async () => {
    const r = await rddPipe(['--jsonl-input', '--types', 'dates', '--fail-on-error'], partition());
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(200);
  });

  it('writes each result as soon as it is ready, without waiting for more input', async () => {
    const child = spawn(process.execPath, [BIN, '--jsonl-input', '--types', 'people'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    try {
      for (let i = 0; i < 3; i++) {
        // stdin stays open: the result must come out on its own (a test that hangs here fails on its timeout).
        child.stdin.write(JSON.stringify({ id: i, text: SENTENCES[0] }) + '\n');
        const { value } = await lines.next();
        expect(JSON.parse(value as string)).toMatchObject({ id: i, people: [{ name: 'Joe Biden' }, { name: 'Fumio Kishida' }] });
      }
    } finally {
      child.stdin.end();
    }
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });
});

// The options (fields, --keep-fields, error records) run the CLI's main() in this process (cliHere); how a batch engine
// sees it (its pipes, its bare environment, the exit status, the threads) takes a process.
describe('mapper mode fields', () => {
  const line = (o: object): string => JSON.stringify(o) + '\n';

  it('reads the id, text and date from the fields named by --id-field, --text-field, --date-field', async () => {
    const input = line({ doc_id: 7, body: SENTENCES[1], published: '2021-05-01' });
    const [x] = jsonLines((await cliHere(['--jsonl-input', '--id-field', 'doc_id', '--text-field', 'body', '--date-field', 'published'], input)).stdout);
    expect(x).toMatchObject({ id: 7, documentDate: '2021-05-01', organizations: [{ name: 'European Union' }] });
    expect(Object.keys(x!)).not.toContain('body');
  });

  it('copies the other fields after the kinds, or only those named by --keep-fields, or none', async () => {
    const input = line({ id: 'a', text: SENTENCES[1], url: 'https://x', lang: 'en' });
    const all = jsonLines((await cliHere(['--jsonl-input', '--types', 'places'], input)).stdout)[0]!;
    expect(Object.keys(all)).toEqual(['id', 'file', 'documentDate', 'places', 'url', 'lang']);
    const some = jsonLines((await cliHere(['--jsonl-input', '--types', 'places', '--keep-fields', 'lang'], input)).stdout)[0]!;
    expect(Object.keys(some)).toEqual(['id', 'file', 'documentDate', 'places', 'lang']);
    const none = jsonLines((await cliHere(['--jsonl-input', '--types', 'places', '--keep-fields', 'none'], input)).stdout)[0]!;
    expect(Object.keys(none)).toEqual(['id', 'file', 'documentDate', 'places']);
  });

  it('never lets an input field overwrite an output key, and says so once', async () => {
    const input = line({ id: 'a', text: SENTENCES[1], file: 'mine' }) + line({ id: 'b', text: SENTENCES[1], file: 'mine' });
    const r = await cliHere(['--jsonl-input', '--types', 'places'], input);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual(['-', '-']);
    expect(r.stderr).toBe('article-entities: input field "file" is not copied: the output has a key of that name\n');
  });

  it('gives a blank line and a line with a bad field their own error records, with the id when there is one', async () => {
    const input = line({ id: 'a', text: SENTENCES[1] }) + '\n' + line({ id: 'b', text: 5 }) + line({ id: 'c', text: 'x', date: 'soon' });
    const r = await cliHere(['--jsonl-input', '--types', 'places'], input);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => [x.id, x.line, x.error])).toEqual([
      ['a', undefined, undefined],
      [null, 2, 'blank line, no article'],
      ['b', 3, '"text" must be a string'],
      ['c', 4, '"date" must be YYYY-MM-DD'],
    ]);
    expect(r.stderr).toContain('standard input:3: "text" must be a string (id "b")');
  });

  it('still fails the run (exit 1) when an input file cannot be read at all', async () => {
    const r = await cliHere(['--jsonl-input', fixture('articles.jsonl'), 'no/such.jsonl']);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['a1', 'a2']);
  });
});

describe('threads in mapper mode', () => {
  /** Threads of a running mapper once it has answered two lines given at once: Node's own, plus one per worker. */
  async function threads(args: string[]): Promise<number> {
    const child = spawn(process.execPath, [BIN, '--jsonl-input', '--types', 'dates', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    // Two lines at once: workers start as work arrives, so a second one starts only for a second article in flight.
    child.stdin.write(JSON.stringify({ id: 1, text: 'It rained on Friday.' }) + '\n' + JSON.stringify({ id: 2, text: 'It snowed on Monday.' }) + '\n');
    await lines.next();
    await lines.next();
    const n = Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    return n;
  }

  it.skipIf(process.platform !== 'linux')('runs on one thread by default, as many copies run side by side; -j adds workers', async () => {
    const [one, two] = await Promise.all([threads([]), threads(['-j', '2'])]);
    expect(two).toBeGreaterThanOrEqual(one + 2);
  });
});

describe('folders', () => {
  it('skips a dangling symlink with a warning, and hidden files and node_modules without one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ae-links-'));
    writeFileSync(path.join(dir, 'a.txt'), SENTENCES[1]!);
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, '.hidden.txt'), SENTENCES[0]!);
    spawnSync('mkdir', ['-p', path.join(dir, 'node_modules', 'x'), path.join(dir, '.git')]);
    writeFileSync(path.join(dir, 'node_modules', 'x', 'README.md'), SENTENCES[0]!);
    writeFileSync(path.join(dir, '.git', 'notes.txt'), SENTENCES[0]!);
    const r = await cliHere([dir]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([path.join(dir, 'a.txt')]);
    expect(r.stderr).toBe(`article-entities: ${path.join(dir, 'b.txt')}: skipped, a symbolic link to nothing (${path.join(dir, 'gone.txt')})\n`);
  });
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
if (!hasParallel) console.warn('GNU parallel recipe test skipped: GNU parallel is not installed (apt-get install parallel)');

describe.skipIf(!hasParallel)('the README\'s GNU parallel recipe', () => {
  it('runs as written and gives what one process gives, line for line', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const command = /^parallel --pipepart .*$/m.exec(readme)?.[0];
    expect(command).toMatch(/article-entities --jsonl-input > results\.jsonl$/);
    const dir = mkdtempSync(path.join(tmpdir(), 'ae-parallel-'));
    // `article-entities` on the PATH, as after `npm install -g`.
    spawnSync('mkdir', [path.join(dir, 'bin')]);
    symlinkSync(BIN, path.join(dir, 'bin', 'article-entities'));
    const input = partition(40, 27);
    writeFileSync(path.join(dir, 'articles.jsonl'), input);
    const env = { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` };
    const r = spawnSync('sh', ['-c', command!], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const one = spawnSync(process.execPath, [BIN, '--jsonl-input'], { cwd: dir, input, encoding: 'utf8' });
    const results = readFileSync(path.join(dir, 'results.jsonl'), 'utf8');
    expect(results.split('\n')).toHaveLength(41);
    // The same lines in the same order; an error record's `line` counts within the part its copy was given.
    const noLine = (s: string): string => s.replace(/^(\{"id":null,"file":"-"),"line":\d+,/gm, '$1,');
    expect(noLine(results)).toBe(noLine(one.stdout));
    expect(JSON.parse(results.split('\n')[26]!)).toMatchObject({ id: null, error: expect.stringMatching(/^not valid JSON/) });
  });
});
