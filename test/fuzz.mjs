#!/usr/bin/env node
// Property-based robustness run (npm run fuzz; .ci/run runs it): 10,000+ random cases against the built library,
// then the size-limit checks on the CLI (a 50 MiB article, /dev/zero) with their peak memory. Exit 1 on any failure.
// `FUZZ_RUNS=n` scales the number of cases; `FUZZ_SEED=n` replays a run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { extract, KINDS } from '../dist/index.js';
import { parseJsonlLine } from '../dist/input/jsonl.js';
import { escapeControls } from '../dist/output/terminal.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
let failures = 0;
const check = (name, fn) => {
  const t0 = performance.now();
  try {
    fn();
    console.log(`ok   ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failures++;
    console.log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
};

// News-like words, the abbreviation-run shapes, and the characters a terminal or an offset can trip on.
const WORDS = [
  'Joy', 'Sakurai', 'said', 'the', 'deputy', 'chief', 'of', 'mission', 'at', 'U.S.', 'Embassy', 'in', 'Seoul', "Japan's",
  'North', 'Korea', 'President', 'Foreign', 'Minister', 'Acme', 'Corp.', 'on', 'Friday', 'March', '21', '2024', 'last',
  'year', 'three', 'weeks', 'ago', 'Belt', 'and', 'Road', 'Initiative', 'agreement', 'U.S.-ROK-Japan', 'Mr.', "O'Neil",
  'St', 'St.', 'Mt.', 'A', 'B.', 'Inc', 'River', 'EU', 'Paris', 'café', 'Zürich', '😀', '12.60', 'seconds', '0050',
];
const ODD = ['\x1b', '\x07', '\x00', '\x9b', '\x7f', '\u200b', '\u2060', '\ufeff', '\u00ad', '«', '»', '„', '"', '’', '`', '\u202e'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' - ', "'s ", '" ', ' (', ') ', '; ', '\t', '\r\n'];
const token = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...ODD), fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('St ', 'St. ', 'Mr. ', 'A ', 'Inc '), fc.integer({ min: 5, max: 60 })).map(([u, n]) => u.repeat(n)) },
);
const article = fc.array(token, { maxLength: 80 }).map((t) => t.join(''));
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const BAD_END = /[\s,;:!?"“”’‘'»«„`\u200b-\u200f\u2060\ufeff\u00ad]$|^[\s\u200b-\u200f\u2060\ufeff]/u;

function assertSound(text, result) {
  for (const kind of KINDS) {
    let previous = -1;
    for (const e of result[kind]) {
      if (CONTROL.test(e.name)) throw new Error(`${kind} name holds a control character: ${JSON.stringify(e.name)}`);
      if (e.mentions[0].start < previous) throw new Error(`${kind} not ordered by first mention`);
      previous = e.mentions[0].start;
      for (const m of e.mentions) {
        if (text.slice(m.start, m.end) !== m.text) throw new Error(`${kind} offsets ${m.start}-${m.end} do not give ${JSON.stringify(m.text)}`);
        if (CONTROL.test(m.text)) throw new Error(`${kind} mention holds a control character: ${JSON.stringify(m.text)}`);
        if (BAD_END.test(m.text)) throw new Error(`${kind} mention badly trimmed: ${JSON.stringify(m.text)}`);
      }
    }
  }
}

const extractRuns = Math.ceil(runs * 0.7);
check(`${extractRuns} random articles: no throw, exact offsets, trimmed mentions, no control characters, deterministic`, () => {
  fc.assert(
    fc.property(article, fc.option(fc.constantFrom('2024-03-20', '1996-08-30', '0050-01-01', '9999-12-31')), (text, date) => {
      const errors = [];
      const options = { ...(date ? { date } : {}), onError: (stage, err) => errors.push(`${stage}: ${err}`) };
      const result = extract(text, options);
      if (errors.length) throw new Error(`extractor failed: ${errors[0]}`);
      assertSound(text, result);
      if (text.length % 7 === 0 && JSON.stringify(extract(text, options)) !== JSON.stringify(result)) throw new Error('nondeterministic');
    }),
    { numRuns: extractRuns, seed },
  );
});

const jsonRuns = Math.ceil(runs * 0.2);
/** Whether a string is a JSON number as it stands ("0." and "1e" are not; JavaScript's Number() would take them). */
const isJsonNumber = (s) => { try { return /^-?\d/.test(s) && typeof JSON.parse(s) === 'number'; } catch { return false; } };
check(`${jsonRuns} random JSON Lines records: ids kept as written, text as parsed`, () => {
  const id = fc.oneof(fc.string(), fc.integer().map(String), fc.bigInt().map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)), fc.constantFrom('1e400', '-0', '1.50', '12345678901234567890'));
  const extra = fc.dictionary(fc.constantFrom('meta', 'x', 'ID', 'idx'), fc.jsonValue(), { maxKeys: 3 });
  fc.assert(
    fc.property(id, fc.string(), extra, fc.constantFrom('', ' ', '\t'), (rawId, text, more, ws) => {
      // A numeric id is written as a JSON number; whitespace after it ("0 ") is JSON's, not the number's.
      const idJson = isJsonNumber(rawId) ? rawId.trim() : JSON.stringify(rawId);
      const line = `{${ws}"text":${ws}${JSON.stringify(text)},${Object.entries(more).map(([k, v]) => `"${k}":${JSON.stringify(v)},`).join('')}"id"${ws}:${ws}${idJson}${ws}}`;
      const parsed = parseJsonlLine(line);
      if (parsed === null || 'reason' in parsed) {
        if (text.includes('\u0000') && /NUL/.test(parsed?.reason ?? '')) return;
        throw new Error(`refused ${line}: ${parsed?.reason}`);
      }
      if (parsed.text !== text) throw new Error('text changed');
      const shown = parsed.idRaw ?? (typeof parsed.id === 'string' ? JSON.stringify(parsed.id) : String(parsed.id));
      if (shown !== idJson) throw new Error(`id ${idJson} came back as ${shown}`);
    }),
    { numRuns: jsonRuns, seed },
  );
});

const escapeRuns = Math.max(1, runs - extractRuns - jsonRuns);
check(`${escapeRuns} random strings: nothing a terminal acts on survives escaping`, () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x30ff }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (s) => {
      const e = escapeControls(s);
      if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(e)) throw new Error(`left ${JSON.stringify(e)}`);
      if (!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s) && e !== s) throw new Error('changed plain text');
    }),
    { numRuns: escapeRuns, seed },
  );
});

// The CLI at its limits: each bad input is one stderr line, exit 1, the good input's result still printed, and the
// whole process tree's peak memory (each process at its VmHWM) under 500 MiB.
async function runCli(args, stdin) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'article-entities.js'), ...args], { cwd: root, stdio: [stdin ?? 'ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (b) => { stdout += b; });
  child.stderr.on('data', (b) => { stderr += b; });
  const hwm = new Map();
  const treeOf = (pid) => {
    let kids = [];
    try { kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { /* gone */ }
    return [pid, ...kids.flatMap(treeOf)];
  };
  const poll = setInterval(() => {
    for (const pid of treeOf(child.pid)) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) hwm.set(pid, Math.max(hwm.get(pid) ?? 0, Number(m[1])));
      } catch { /* gone */ }
    }
  }, 20);
  const t0 = performance.now();
  const code = await new Promise((r) => child.on('close', r));
  clearInterval(poll);
  return { code, stdout, stderr, seconds: (performance.now() - t0) / 1000, peakMiB: [...hwm.values()].reduce((a, b) => a + b, 0) / 1024 };
}

if (process.platform === 'linux') {
  const dir = mkdtempSync(path.join(tmpdir(), 'ae-fuzz-'));
  const big = path.join(dir, 'huge.txt');
  const news = readFileSync(path.join(root, 'fixtures', 'seoul-trilateral.txt'), 'utf8');
  writeFileSync(big, news.repeat(Math.ceil((50 * 2 ** 20) / news.length)));
  const seoul = 'fixtures/seoul-trilateral.txt';
  const { openSync } = await import('node:fs');
  const cases = [
    ['a 50 MiB article beside a good one', [big, seoul], undefined, big],
    ['/dev/zero named beside a good one', ['/dev/zero', seoul], undefined, '/dev/zero'],
    ['/dev/zero on standard input', ['-', seoul], openSync('/dev/zero', 'r'), 'standard input'],
    // Mapper mode writes an error record in the skipped line's place (2 lines out) and exits 1 with --fail-on-error.
    ['a 50 MiB JSON line beside a good one', ['--jsonl-input', '--fail-on-error', path.join(dir, 'big.jsonl')], undefined, 'big.jsonl:1', 2],
  ];
  writeFileSync(path.join(dir, 'big.jsonl'), `{"id":1,"text":${JSON.stringify(readFileSync(big, 'utf8'))}}\n{"id":2,"text":${JSON.stringify(news)}}\n`);
  for (const [what, args, stdin, named, out = 1] of cases) {
    const r = await runCli(['--types', 'countries', ...args], stdin);
    const lines = r.stderr.trimEnd().split('\n');
    const results = r.stdout.trimEnd().split('\n').filter(Boolean);
    const note = `exit ${r.code}, ${results.length} result(s), stderr ${JSON.stringify(r.stderr.trimEnd())}, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`;
    check(`${what}: ${note}`, () => {
      if (r.code !== 1 || lines.length !== 1 || !lines[0].includes(named) || results.length !== out || r.peakMiB >= 500) {
        throw new Error(`expected exit 1, one stderr line naming it, ${out} output line(s), peak RSS under 500 MiB`);
      }
    });
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log(failures ? `fuzz: ${failures} check(s) failed (seed ${seed})` : `fuzz: all checks passed (seed ${seed})`);
process.exit(failures ? 1 : 0);
