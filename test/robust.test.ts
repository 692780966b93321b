import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseRanges } from '../src/article/article.js';
import { extract, extractInPieces } from '../src/extract.js';
import { pieces } from '../src/extract/merge.js';
import { makeMention } from '../src/extract/mentions.js';
import { jsonlLines, parseJsonlLine } from '../src/input/jsonl.js';
import { escapeControls } from '../src/output/terminal.js';
import { KINDS, type Entity, type Extraction } from '../src/index.js';
import { BIN, cli, cliHere, fixture, jsonLines, ROOT } from './helpers.js';

// The CLI runs in this process (cliHere, its main()) unless the test is about the process: a stream that is closed or
// endless, a folder only another user cannot read, a worker's memory limit set in the environment.

const SEED = fixture('seoul-trilateral.txt');
const SEED_TEXT = readFileSync(path.join(ROOT, SEED), 'utf8');
const linux = process.platform === 'linux';
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'ae-robust-'));
const sh = (script: string): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const allMentions = (r: Extraction): { kind: string; text: string; start: number; end: number }[] =>
  KINDS.flatMap((k) => ((r[k] ?? []) as Entity[]).flatMap((e) => e.mentions.map((m) => ({ kind: k, ...m }))));

describe('a huge article is one bad input', () => {
  it('refuses a file over --max-bytes with one line naming it, and still prints the other inputs', async () => {
    const r = await cliHere(['--max-bytes', '1K', '--types', 'countries', SEED, fixture('articles', 'tokyo-trade.txt')]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([fixture('articles', 'tokyo-trade.txt')]);
    expect(r.stderr).toBe(`article-entities: ${SEED}: larger than the --max-bytes limit (1 KiB); split it, or raise the limit with --max-bytes\n`);
  });

  it('refuses standard input over --max-bytes without reading it all', async () => {
    const r = await cliHere(['--max-bytes', '100', '--types', 'countries'], SEED_TEXT);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-entities: standard input: larger than the --max-bytes limit \(100 bytes\)/);
  });

  it.runIf(linux)('ends on /dev/zero as standard input with one line, at the limit', () => {
    const r = sh(`node ${q(BIN)} --max-bytes 2M --types countries < /dev/zero`);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['article-entities: standard input: larger than the --max-bytes limit (2 MiB); split it, or raise the limit with --max-bytes']);
  });

  it('rejects a --max-bytes that is no size', async () => {
    const r = await cliHere(['--max-bytes', '12 apples', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'12 apples' is not a size/);
  });

  it('extracts a long text piece by piece with exact offsets, one entity across pieces, the header date for all', () => {
    const body = SEED_TEXT.replace(/^ date 2024-03-20 /, '');
    const text = ` date 2024-03-20 ${body}\n\n${body}\n\n${body}`;
    const whole = extract(text);
    const split = extractInPieces(text, {}, 1500);
    expect(pieces(text, 1500).length).toBeGreaterThan(3);
    expect(split.documentDate).toBe('2024-03-20');
    for (const m of allMentions(split)) expect(text.slice(m.start, m.end), m.kind).toBe(m.text);
    // The same people, countries and dates as parsing at once; each entity once, its mentions from every piece.
    for (const kind of ['people', 'countries', 'dates'] as const) {
      const names = (r: Extraction) => (r[kind] as Entity[]).map((e) => e.name).sort();
      expect(new Set(names(split)).size, kind).toBe(names(split).length);
      expect(names(split), kind).toEqual(expect.arrayContaining(names(whole).filter((n) => n !== 'Sakurai')));
    }
    const sakurai = split.people!.find((p) => p.name === 'Joy Sakurai')!;
    expect(sakurai.mentions.filter((m) => m.text === 'Joy Sakurai')).toHaveLength(3);
    for (const kind of KINDS) {
      const firsts = (split[kind] as Entity[]).map((e) => e.mentions[0]!.start);
      expect(firsts, kind).toEqual([...firsts].sort((a, b) => a - b));
    }
    // The header is metadata in the first piece only; no later piece reports a date at its place.
    expect(split.dates!.some((d) => d.mentions.some((m) => m.start < 17))).toBe(false);
  });

  it('cuts pieces at blank lines, covering the text, none longer than the size', () => {
    const text = ('Para one is here.\nAnd a line.\n\n'.repeat(40) + 'x'.repeat(3000)).repeat(2);
    const ps = pieces(text, 1000);
    expect(ps[0]![0]).toBe(0);
    expect(ps.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < ps.length; i++) {
      expect(ps[i]![1] - ps[i]![0]).toBeLessThanOrEqual(1000);
      if (i > 0) expect(ps[i]![0]).toBe(ps[i - 1]![1]);
    }
    expect(text.slice(ps[0]![1] - 2, ps[0]![1])).toBe('\n\n');
  });
});

describe('an extraction out of memory', () => {
  it('fails that article only, even when the batch runs on the main thread', () => {
    const dir = tmp();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, SEED_TEXT.repeat(Math.ceil((1.2 * 2 ** 20) / SEED_TEXT.length)));
    // A heap far too small for the worker a big article runs on: it runs out of memory; the small one still runs.
    const r = cli(['--types', 'countries', big, SEED], undefined, { ARTICLE_ENTITIES_WORKER_HEAP_MB: '16' });
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([SEED]);
    expect(r.stderr).toMatch(new RegExp(`^article-entities: ${big}: extraction failed: .*memory.*\n$`));
  });
});

describe('linear time for every line shape', () => {
  it.each(['St ', 'St. ', 'Mr. ', 'A ', 'Inc ', 'River of '])('gives compromise no run of more than 32 capitalised words (%j)', (unit) => {
    const body = unit.repeat(600);
    const ranges = parseRanges(body);
    for (const [a, b] of ranges) {
      const words = body.slice(a, b).split(/\s+/).filter(Boolean);
      let run = 0;
      let longest = 0;
      for (const w of words) { run = /^\p{Lu}|^of$/u.test(w) ? run + 1 : 0; longest = Math.max(longest, run); }
      expect(longest).toBeLessThanOrEqual(32);
    }
    const a = parseArticle(body);
    for (const t of a.tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
  });

  it('cuts a long list of names between two names, never inside one', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Player${String.fromCharCode(65 + (i % 26))} Middle Surname${i}`);
    const body = `Squad: ${names.join(', ')}.`;
    const ranges = parseRanges(body);
    expect(ranges.length).toBeGreaterThan(1);
    for (const [a] of ranges.slice(1)) expect(body.slice(a - 2, a)).toBe(', ');
  });

  it('leaves ordinary news in one piece', () => {
    expect(parseRanges(SEED_TEXT)).toEqual([[0, SEED_TEXT.length]]);
  });
});

describe('special files', () => {
  it.runIf(linux)('refuses /dev/zero and a FIFO named as inputs, saying why, and goes on', async () => {
    const dir = tmp();
    const fifo = path.join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await cliHere(['--types', 'countries', '/dev/zero', fifo, SEED]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([SEED]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'article-entities: /dev/zero: a character device, not a regular file: pipe it into standard input instead (< file)',
      `article-entities: ${fifo}: a FIFO (named pipe), not a regular file: pipe it into standard input instead (< file)`,
    ]);
  });
});

describe('the terminal is the user\'s', () => {
  it('never puts a control character inside a mention or a name', () => {
    const text = 'Barack Ob\x1bcama met John Smith in Seoul.\nThe \x07Acme Corp\x1b[2J board met President Jo\x9bhn Lee.';
    const r = extract(text);
    for (const m of allMentions(r)) expect(m.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    for (const kind of KINDS) for (const e of r[kind] as Entity[]) expect(e.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(r.people!.map((p) => p.name)).toContain('John Smith');
  });

  it('ends no mention in a quote mark or an invisible character', () => {
    for (const tail of ['»', '„', '`', '\u200b', '\u2060', '\ufeff', '\u00ad', '″']) {
      expect(makeMention(`x Acme${tail} y`, 2, 7 + tail.length)?.text).toBe('Acme');
    }
    expect(makeMention('x «Acme y', 2, 7)?.text).toBe('Acme');
    expect(makeMention('x Ac\x1bme y', 2, 8)?.text).toBe('Ac');
  });

  it('escapes control characters in the table, its title and stderr; JSON keeps them, escaped as JSON', async () => {
    const dir = tmp();
    const file = path.join(dir, 'evil\x1b]0;pwned\x07.txt');
    writeFileSync(file, 'Barack Ob\x1bcama met John\x1b[2J Smith in Seoul.');
    const table = await cliHere(['--format', 'table', file, path.join(dir, 'gone\x1b[2J.txt')]);
    expect(table.status).toBe(1);
    expect(table.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(table.stdout).toContain('evil\\e]0;pwned\\x07.txt');
    expect(table.stderr).toBe(`article-entities: ${dir}/gone\\e[2J.txt: no such file or directory\n`);
    const json = await cliHere(['--format', 'json', file]);
    expect(jsonLines(json.stdout)[0]!.file).toBe(file);
    expect(escapeControls('a\tb\nc\x9b\u202e')).toBe('a\\tb\\nc\\x9b\\u202e');
  });
});

describe('nothing lost at the I/O edges', () => {
  it('skips a folder it cannot read, with a message, and reads the rest', (ctx) => {
    // root reads any folder: run as nobody there (setpriv, util-linux), which needs to reach the program itself.
    const asNobody = process.getuid?.() === 0 ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
    if (asNobody && sh(`${asNobody}test -r ${q(BIN)}`).status !== 0) {
      console.warn(`skipped: user nobody cannot read ${BIN} (the clone sits in a folder only root can enter)`);
      ctx.skip();
    }
    const dir = tmp();
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'a', 'one.txt'), SEED_TEXT);
    writeFileSync(path.join(dir, 'locked', 'two.txt'), SEED_TEXT);
    writeFileSync(path.join(dir, 'three.txt'), SEED_TEXT);
    chmodSync(path.join(dir, 'locked'), 0);
    const r = sh(`${asNobody}node ${q(BIN)} --types countries ${q(dir)}`);
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([path.join(dir, 'a', 'one.txt'), path.join(dir, 'three.txt')]);
    expect(r.stderr).toBe(`article-entities: ${path.join(dir, 'locked')}: permission denied, folder skipped\n`);
  });

  it('keeps every result when stderr is a closed pipe', async () => {
    const child = spawn(process.execPath, [BIN, '--types', 'countries', 'no-such-file.txt', SEED, 'also-missing.txt', SEED], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(jsonLines(out).map((x) => x.file)).toEqual([SEED, SEED]);
  });

  it.runIf(linux)('exits non-zero with a message when stdout is closed', () => {
    const r = sh(`node ${q(BIN)} --types countries ${q(SEED)} >&-`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('article-entities: standard output is closed: nowhere to write the results\n');
    expect(sh(`node ${q(BIN)} --types countries ${q(SEED)} > /dev/null`).status).toBe(0);
  });

  it('stops a --summary run when the reader of stdout has gone', async () => {
    // The missing file comes last: a run that went on to the end would report it.
    const r = sh(`node ${q(BIN)} --summary --types countries ${q(SEED)} ${q(SEED)} ${q(SEED)} no-such-file.txt | true`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const whole = await cliHere(['--summary', '--types', 'countries', SEED]);
    expect(JSON.parse(whole.stdout)).toMatchObject({ articles: 1, failed: 0 });
    const csv = await cliHere(['--summary', '--format', 'csv', '--types', 'countries', SEED]);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^kind,name,value,articles,mentions/);
    expect(lines.filter((l) => l === lines[0])).toHaveLength(1); // the header written early is not written again
  });
});

describe('JSON Lines input', () => {
  const run = (input: string | Buffer, args: string[] = []) => cliHere(['--jsonl-input', '--types', 'people', ...args], input);

  it('accepts a UTF-8 byte-order mark before the first record', async () => {
    const r = await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":1,"text":"John Smith spoke."}\n')]));
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ id: 1 });
  });

  it('refuses a line that is not UTF-8 and one whose text holds NUL, keeping the others', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"id":"a","text":"Jos'), Buffer.from([0xe9]), Buffer.from(' Smith"}\n')]);
    const input = Buffer.concat([latin1, Buffer.from('{"id":"b","text":"John\\u0000 Smith"}\n{"id":"c","text":"John Smith spoke."}\n')]);
    const r = await run(input);
    // Mapper mode: each refused line gets an error record in its place, and the run exits 0 (--fail-on-error: 1).
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => [x.id, x.line, x.error === undefined])).toEqual([[null, 1, false], ['b', 2, false], ['c', undefined, true]]);
    expect((await run(input, ['--fail-on-error'])).status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'article-entities: standard input:1: not valid UTF-8 text (convert it with iconv -t UTF-8)',
      'article-entities: standard input:2: "text" holds NUL characters (binary data), not text (id "b")',
    ]);
  });

  it('keeps numeric ids as written, in JSON and CSV', async () => {
    const input = '{"id":1e400,"text":"John Smith spoke."}\n{"id":12345678901234567890,"text":"John Smith spoke."}\n{"id":7,"text":"x"}\n';
    const r = await run(input);
    expect(r.stdout.split('\n').slice(0, 3).map((l) => /^\{"id":([^,]+),/.exec(l)?.[1])).toEqual(['1e400', '12345678901234567890', '7']);
    const csv = await run(input, ['--format', 'csv']);
    expect(csv.stdout).toContain('\r\n1e400,person,John Smith,');
    expect(csv.stdout).toContain('\r\n12345678901234567890,person,John Smith,');
  });

  it('warns about a repeated id and still gives both results', async () => {
    const r = await run('{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n{"id":"a","text":"z"}\n');
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['a', 'b', 'a']);
    expect(r.stderr).toBe('article-entities: standard input:3: duplicate id "a" (first on standard input:1)\n');
  });

  it('skips a line over --max-bytes unread and goes on with the next', async () => {
    const r = await run(`{"id":1,"text":"${'word '.repeat(400)}"}\n{"id":2,"text":"John Smith spoke."}\n`, ['--max-bytes', '1K']);
    expect(r.status).toBe(0); // mapper mode: the skipped line's error record stands in its place
    expect(jsonLines(r.stdout).map((x) => [x.id, x.line])).toEqual([[null, 1], [2, undefined]]);
    expect(r.stderr).toBe('article-entities: standard input:1: line longer than the --max-bytes limit (1 KiB), skipped\n');
  });

  it('reads lines in bounded memory: a NUL byte ends the input as binary', async () => {
    async function* chunks() { yield Buffer.from('{"id":1,"text":"a"}\n{"id":2,'); yield Buffer.from('"text":"b"}\r\n'); yield Buffer.from([0, 0]); }
    const lines = [];
    for await (const l of jsonlLines(chunks() as unknown as NodeJS.ReadableStream, 1000)) lines.push(l);
    expect(lines).toEqual([
      { n: 1, line: '{"id":1,"text":"a"}' },
      { n: 2, line: '{"id":2,"text":"b"}' },
      { n: 3, error: 'binary data (contains NUL bytes), not JSON Lines text; the rest of this input is not read' },
    ]);
    expect(parseJsonlLine('{"meta":{"id":3},"id":-0.50,"text":"t"}')).toEqual({ id: -0.5, idRaw: '-0.50', text: 't', rest: [['meta', { id: 3 }]] });
  });

  it('starts no more workers than there is work', async () => {
    // The built pool: its workers load dist/batch/worker.js (npm test builds first; the path is a value so that the
    // typecheck, which runs before any build on a clean clone, does not look for it).
    const built = '../dist/batch/pool.js';
    const { workerRunner } = (await import(built)) as typeof import('../src/batch/pool.js');
    const threads = (): number => Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
    const before = threads();
    const runner = workerRunner(32, { types: ['countries'] });
    const result = await runner.run({ kind: 'text', source: '-', text: 'Japan and Korea.', id: 1 });
    const during = threads();
    await runner.close();
    expect(result.ok).toBe(true);
    expect(during - before).toBeLessThan(8);
  });
});
