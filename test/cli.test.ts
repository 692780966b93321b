import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, type Extraction, type Entity } from '../src/index.js';
import { cli, cliAsync, cliHere, fixture, jsonLines, ROOT, type Run } from './helpers.js';

// Most tests run the CLI's main() in this process (cliHere): the same code a process runs once started, without
// starting one. Each format and each exit status is also checked on a real process (cli, cliAsync), and so is what
// only a process shows: standard input as a pipe, stdout not a terminal, a closed pipe, the exit status itself.

const SEED = fixture('seoul-trilateral.txt');
const ARTICLES = ['berlin-energy.txt', 'nairobi-health.md', 'tokyo-trade.txt'].map((f) => fixture('articles', f));

function allMentions(result: Extraction): { kind: string; text: string; start: number; end: number }[] {
  return KINDS.flatMap((k) => ((result[k] ?? []) as Entity[]).flatMap((e) => e.mentions.map((m) => ({ kind: k, ...m }))));
}

describe('JSON output', () => {
  // One process run, looked at by two tests.
  let batch: Promise<Run> | undefined;
  const json = (): Promise<Run> => (batch ??= cliAsync(['--format', 'json', SEED, ...ARTICLES]));

  it('writes one compact JSON object per article, keys in contract order (a process)', async () => {
    const r = await json();
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const results = lines.map((l) => JSON.parse(l) as Extraction);
    expect(results.map((x) => x.file)).toEqual([SEED, ...ARTICLES]);
    for (const x of results) expect(Object.keys(x)).toEqual(['file', 'documentDate', ...KINDS]);
    expect(results.map((x) => x.documentDate)).toEqual(['2024-03-20', null, '2023-09-04', '2025-01-15']);
  });

  it('is the default when stdout is not a terminal (a process)', () => {
    const r = cli([SEED]);
    expect(jsonLines(r.stdout)[0]!.file).toBe(SEED);
  });

  it('gives every mention exact offsets into the file as read, without trailing punctuation or possessive', async () => {
    const results = jsonLines((await json()).stdout) as unknown as Extraction[];
    expect(results.map((x) => x.file)).toEqual([SEED, ...ARTICLES]);
    for (const [i, file] of [SEED, ...ARTICLES].entries()) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const mentions = allMentions(results[i]!);
      for (const m of mentions) {
        expect(text.slice(m.start, m.end), `${file} ${m.kind}`).toBe(m.text);
        expect(m.text, `${file} ${m.kind}`).not.toMatch(/^\s|[\s,;:!?)"’]$|['’]s$/u);
      }
    }
  });

  it('indents with --pretty and keeps one document per article', async () => {
    const r = await cliHere(['--pretty', SEED]);
    expect(r.stdout).toMatch(/^\{\n {2}"file": /);
    expect((JSON.parse(r.stdout) as Extraction).documentDate).toBe('2024-03-20');
  });

  it('returns only the kinds asked for with --types', async () => {
    const [x] = jsonLines((await cliHere(['--types', 'countries,dates', SEED])).stdout);
    expect(Object.keys(x!)).toEqual(['file', 'documentDate', 'dates', 'countries']);
  });

  it('still links roles onto people when only people are asked for', async () => {
    const [x] = jsonLines((await cliHere(['--types', 'people', SEED])).stdout) as unknown as Extraction[];
    expect(Object.keys(x!)).toEqual(['file', 'documentDate', 'people']);
    expect(x!.people![0]!.roles).toEqual([{ title: 'deputy chief of mission', organization: 'U.S. Embassy in Seoul' }]);
  });
});

describe('inputs', () => {
  it('reads folders recursively in sorted order, filtered by extension', async () => {
    const all = jsonLines((await cliHere(['fixtures/articles'])).stdout).map((x) => x.file);
    expect(all).toEqual(ARTICLES);
    const md = jsonLines((await cliHere(['--ext', 'md', 'fixtures/articles'])).stdout).map((x) => x.file);
    expect(md).toEqual([fixture('articles', 'nairobi-health.md')]);
  });

  it('expands glob patterns, sorted', async () => {
    const r = await cliHere(['fixtures/articles/*.txt']);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([ARTICLES[0], ARTICLES[2]]);
  });

  it('reads standard input with - or with no argument, and --date sets the document date (a pipe into a process)', async () => {
    const text = 'The ministry said on Friday that the talks would resume next month.';
    for (const args of [['-'], []]) {
      const [x] = jsonLines((await cliAsync([...args, '--date', '2024-05-08'], text)).stdout);
      expect(x!.file).toBe('-');
      expect(x!.documentDate).toBe('2024-05-08');
    }
  });

  it('keeps results in input order whatever the number of workers', async () => {
    const [three, one] = await Promise.all([cliAsync(['-j', '3', 'fixtures/articles', SEED]), cliHere(['-j', '1', 'fixtures/articles', SEED])]);
    expect(three.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).map((x) => x.file)).toEqual([...ARTICLES, SEED]);
  });

  it('reads JSON Lines input, echoing each id and using each date', async () => {
    const r = await cliHere(['--jsonl-input', fixture('articles.jsonl')]);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => [x.id, x.documentDate])).toEqual([['a1', '2023-08-18'], ['a2', '2021-05-01']]);
    expect(Object.keys(out[0]!).slice(0, 3)).toEqual(['id', 'file', 'documentDate']);
  });
});

describe('errors', () => {
  it('names a missing file on stderr in one line, processes the rest, exits 1 (a process)', () => {
    const r = cli([SEED, 'no/such/file.txt', ARTICLES[0]!]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('article-entities: no/such/file.txt: no such file or directory\n');
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([SEED, ARTICLES[0]]);
  });

  it.each([
    [fixture('bad', 'binary.txt'), 'binary file'],
    [fixture('bad', 'latin1.txt'), 'not valid UTF-8'],
  ])('refuses %s (%s) and goes on with the other inputs', async (file, reason) => {
    const r = await cliHere([file, SEED]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`article-entities: ${file}: ${reason}`);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([SEED]);
  });

  it.each([
    ['utf16le-bom.txt', 'utf-16le', null],
    ['utf8-bom-first-word.txt', 'utf-8', null],
    ['utf8-bom.txt', 'utf-8', '2024-05-02'],
  ])('reads %s (a byte-order mark, %s): the first word is found, offsets index the decoded text', async (name, encoding, date) => {
    const file = fixture('encodings', name);
    const r = await cliHere(['--types', 'people', file]);
    expect(r.status).toBe(0);
    const [out] = jsonLines(r.stdout) as unknown as Extraction[];
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(readFileSync(file));
    expect(out!.documentDate).toBe(date);
    expect(out!.people!.map((p) => p.name)).toEqual(['Maria Okafor', 'Lars Holm']);
    for (const p of out!.people!) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports a folder with nothing to read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ae-empty-'));
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    const r = await cliHere([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`article-entities: ${dir}: folder has no *.txt or *.md files (see --ext)\n`);
    expect(r.stdout).toBe('');
  });

  it('reports a malformed JSON line with its line number, in its place on stdout too, and keeps the good lines', async () => {
    const r = await cliHere(['--jsonl-input', fixture('bad', 'mixed.jsonl')]);
    expect(r.status).toBe(0); // a bad line is that line's data fault: exit 1 only with --fail-on-error
    expect(r.stderr).toMatch(/^article-entities: fixtures\/bad\/mixed\.jsonl:2: not valid JSON/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['a1', null, 'a3']);
    expect(out[1]).toMatchObject({ file: fixture('bad', 'mixed.jsonl'), line: 2 });
    expect((await cliHere(['--jsonl-input', '--fail-on-error', fixture('bad', 'mixed.jsonl')])).status).toBe(1);
  });

  it.each([
    [['--format', 'xml', SEED], /--format.*'xml' is invalid.*table, json, csv/],
    [['--bogus', SEED], /unknown option '--bogus'/],
    [['--types', 'people,planets', SEED], /unknown kind 'planets'/],
    [['--date', '2024-13-01', SEED], /not a date in the form YYYY-MM-DD/],
    [['--jobs', '0', SEED], /not a positive whole number/],
  ])('exits 2 on a usage error %j with one line on stderr and nothing on stdout', async (args, message) => {
    const r = await cliHere(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-entities: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('ends the process with status 2 on a usage error (a process)', () => {
    const r = cli(['--bogus', SEED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("article-entities: error: unknown option '--bogus' (see article-entities --help)\n");
  });

  it('shows help with examples and exits 0', async () => {
    const r = await cliHere(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: article-entities [options] [inputs...]');
    expect(r.stdout).toContain("jq -r '.people[].name'");
  });

  it('never overwrites or changes an input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ae-keep-'));
    mkdirSync(path.join(dir, 'sub'));
    const file = path.join(dir, 'sub', 'a.txt');
    const text = readFileSync(path.join(ROOT, SEED), 'utf8');
    writeFileSync(file, text);
    await cliHere(['--format', 'csv', dir]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('CSV output', () => {
  it('writes the header once and one RFC 4180 row per entity (a process)', async () => {
    const [r, j] = await Promise.all([cliAsync(['--format', 'csv', SEED, ARTICLES[0]!]), cliHere(['--format', 'json', SEED, ARTICLES[0]!])]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('file,kind,name,value,person,organization,mentions,start,end,actors');
    expect(lines.filter((l) => l.startsWith('file,'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('');
    const json = jsonLines(j!.stdout) as unknown as Extraction[];
    const entities = json.reduce((n, x) => n + KINDS.reduce((m, k) => m + (x[k]?.length ?? 0), 0), 0);
    expect(lines.length - 2).toBe(entities);
  });
});

describe('table output', () => {
  it('shows one block per article with its file and document date, without colour when piped (a process)', () => {
    const r = cli(['--format', 'table', SEED, ARTICLES[2]!]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${SEED}  document date: 2024-03-20`);
    expect(r.stdout).toContain(`${ARTICLES[2]}  document date: 2025-01-15`);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('fits the table to the width it is given', async () => {
    const r = await cliHere(['--format', 'table', SEED], undefined, { COLUMNS: '60' });
    const widest = Math.max(...r.stdout.split('\n').map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(60);
    expect(widest).toBeGreaterThan(40);
  });
});

describe('--explain', () => {
  const STORY = 'date 1998-02-11\nThe minister met them on Friday and will return around Nov. 1.\n';
  const mentionsOf = (x: Extraction): Record<string, unknown>[] =>
    KINDS.flatMap((k) => (x[k] ?? []) as Entity[]).flatMap((e) => e.mentions as unknown as Record<string, unknown>[]);

  it('leaves the why out of every format unless asked', async () => {
    const [x] = jsonLines((await cliHere(['--format', 'json'], STORY)).stdout) as unknown as Extraction[];
    expect(mentionsOf(x!).length).toBeGreaterThan(1);
    for (const m of mentionsOf(x!)) expect(Object.keys(m)).toEqual(['text', 'start', 'end']);
    expect((await cliHere(['--format', 'csv'], STORY)).stdout.split('\r\n')[0]).toBe('file,kind,name,value,person,organization,mentions,start,end,actors');
  });

  it('gives each date mention the rule that found it, and the refiner that widened it', async () => {
    const [x] = jsonLines((await cliHere(['--format', 'json', '--explain', '--types', 'dates'], STORY)).stdout) as unknown as Extraction[];
    expect(x!.dates!.map((d) => [d.mentions[0]!.text, d.mentions[0]!.why])).toEqual([
      ['Friday', 'weekday'],
      ['around Nov. 1', 'month-day + around'],
    ]);
  });

  it('prints a line per mention in the table, and a why column in CSV', async () => {
    const table = (await cliHere(['--format', 'table', '--explain', '--types', 'dates'], STORY)).stdout;
    expect(table).toMatch(/Friday @\d+\s*│\s*weekday/);
    expect(table).toMatch(/around Nov\. 1 @\d+\s*│\s*month-day \+ around/);
    const csv = (await cliHere(['--format', 'csv', '--explain', '--types', 'dates'], STORY)).stdout.split('\r\n');
    expect(csv[0]).toBe('file,kind,name,value,person,organization,mentions,start,end,actors,why');
    expect(csv[1]).toMatch(/^-,date,Friday,1998-02-06,,,1,\d+,\d+,,weekday$/);
  });
});

describe('--summary', () => {
  it('gives one JSON object for the batch, with article and mention counts', async () => {
    const r = await cliHere(['--summary', SEED, SEED, 'missing.txt']);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    const s = lines[0] as { articles: number; failed: number; countries: { name: string; code: string; articles: number; mentions: number }[] };
    expect(s.articles).toBe(2);
    expect(s.failed).toBe(1);
    expect(Object.keys(s)).toEqual(['articles', 'failed', ...KINDS]);
    for (const c of s.countries) expect(c.articles).toBe(2);
  });
});

describe('pipes', () => {
  it('ends quietly when the reader closes the pipe', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('sh', ['-c', `node bin/article-entities.js -j 1 ${SEED} ${SEED} ${SEED} ${SEED} | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toHaveLength(10);
  });
});

describe('the library', () => {
  it('is importable by package name, with the same result as the CLI', async () => {
    const { spawnSync } = await import('node:child_process');
    const code = `import { extract } from 'article-entities'; import { readFileSync } from 'node:fs';
      process.stdout.write(JSON.stringify(extract(readFileSync('${SEED}', 'utf8'), { source: '${SEED}' })) + '\\n');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await cliHere(['--format', 'json', SEED])).stdout);
  });
});
