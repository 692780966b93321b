#!/usr/bin/env node
// Benchmarks (npm run bench): throughput of the library on one thread, time on adversarial input (it must grow
// linearly with the length), then processes side by side in one run, so that their ratios hold on a loaded machine:
// the CLI over a corpus (../shared/eval/conll2003-train when present, else the fixtures) against a plain compromise +
// compromise-dates script (test/bench-baseline.mjs), -j 1 against -j 2, peak RSS of a big batch (10,000 articles),
// and the start-up of one article. Never run by `npm test`.
//   BENCH_ROUNDS=n (default 1): the side-by-side runs n times in turn, the best of each reported.
//   BENCH_ARTICLES=n (default 10000): the size of the big batch.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = [path.join(root, 'fixtures', 'seoul-trilateral.txt'), ...readdirSync(path.join(root, 'fixtures', 'articles')).map((f) => path.join(root, 'fixtures', 'articles', f))];
const texts = fixtures.map((f) => readFileSync(f, 'utf8'));
const kib = (n) => n / 1024;

// 1. The library on this thread.
let newsMsPerKiB = 0;
{
  let bytes = 0, n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) for (const t of texts) { extract(t); bytes += t.length; n++; }
  const s = (performance.now() - t0) / 1000;
  console.log(`library, one thread: ${n} articles in ${s.toFixed(1)} s: ${(n / s).toFixed(1)} articles/s, ${(kib(bytes) / s).toFixed(0)} KiB/s`);
  newsMsPerKiB = (s * 1000) / kib(bytes);
}

// 2a. Time per KiB of line shapes that once made compromise superlinear (runs of abbreviations and capitals), at
// every line length up to the 5,000-character cut, beside ordinary news: each must stay within 3x of news.
for (const unit of ['St ', 'St. ', 'Mr. ', 'A ', 'A. ', 'Inc ', 'River ']) {
  const row = [625, 1250, 2500, 4990].map((len) => {
    const line = unit.repeat(Math.ceil(len / unit.length)).slice(0, len).trimEnd() + '\n';
    const text = line.repeat(Math.max(1, Math.round((32 * 1024) / line.length)));
    const t0 = performance.now();
    extract(text);
    return (performance.now() - t0) / kib(text.length);
  });
  const worst = Math.max(...row) / newsMsPerKiB;
  console.log(`line shape ${JSON.stringify(unit).padEnd(8)} ms/KiB at 625/1250/2500/4990-char lines: ${row.map((t) => t.toFixed(1)).join(' / ')} (news ${newsMsPerKiB.toFixed(1)}; worst ${worst.toFixed(1)}x news)${worst > 3 ? '  OVER 3x' : ''}`);
}

// 2. Linear time on adversarial input: the same pathological text at 1x, 2x and 4x length.
for (const [what, unit] of [
  ['capitalised words', 'Aaa Bbb Ccc Ddd Eee '],
  ['punctuation runs', '.,;:!?-()[]"\' '],
  ['numbers and dates', '12 March 2024 3/4/5 1999-01-01 '],
  ['clock times with zones', '5 p.m. EST, '],
]) {
  const times = [1, 2, 4].map((k) => {
    const text = unit.repeat(2000 * k);
    const t0 = performance.now();
    extract(text);
    return performance.now() - t0;
  });
  console.log(`adversarial (${what}): ${times.map((t) => t.toFixed(0) + ' ms').join(' / ')} for 1x/2x/4x length (ratio 4x/1x ${(times[2] / times[0]).toFixed(1)})`);
}

// A process and its tree, measured: wall time, CPU time (user + system, every process of the tree, from /proc
// sampled every 50 ms), peak resident memory (each process at its own peak, VmHWM: an upper bound on what the
// command held at once), lines written.
async function measure(args, env = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let lines = 0;
  child.stdout.on('data', (b) => { for (const c of b) if (c === 10) lines++; });
  const hwm = new Map();
  const cpu = new Map();
  const treeOf = (pid) => {
    let kids = [];
    try {
      kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch { /* process gone */ }
    return [pid, ...kids.flatMap(treeOf)];
  };
  const sample = () => {
    for (const pid of treeOf(child.pid)) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) hwm.set(pid, Math.max(hwm.get(pid) ?? 0, Number(m[1])));
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, Number(f[11]) + Number(f[12])));
      } catch { /* process gone */ }
    }
  };
  const poll = setInterval(sample, 50);
  const code = await new Promise((r) => child.on('close', r));
  clearInterval(poll);
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  return { wall: (performance.now() - t0) / 1000, cpu: sum(cpu) / 100, rss: sum(hwm) / 1024, lines, code };
}

const bin = path.join(root, 'bin', 'article-entities.js');
const cli = (jobs, dir) => [bin, '--format', 'json', '--quiet', '-j', String(jobs), dir];
const folderBytes = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.txt'))
  .reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);

// 3. Side by side over one corpus, in turn, BENCH_ROUNDS times: the baseline script, the CLI with -j 1 and -j 2.
const train = path.resolve(root, '..', 'shared', 'eval', 'conll2003-train', 'docs');
let corpus = train;
let corpusName = 'conll2003-train';
const made = [];
if (!existsSync(train)) {
  corpus = mkdtempSync(path.join(tmpdir(), 'ae-bench-'));
  made.push(corpus);
  for (let i = 0; i < 200; i++) writeFileSync(path.join(corpus, `a${String(i).padStart(3, '0')}.txt`), texts[i % texts.length]);
  corpusName = '200 fixture articles';
}
const bytes = folderBytes(corpus);
const runs = {
  'compromise + compromise-dates (baseline)': () => measure([path.join(root, 'test', 'bench-baseline.mjs'), corpus]),
  'CLI -j 1': () => measure(cli(1, corpus)),
  'CLI -j 2': () => measure(cli(2, corpus)),
};
const best = {};
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(runs)) {
    const m = await run();
    if (!best[name] || m.wall < best[name].wall) best[name] = m;
  }
}
const base = best['compromise + compromise-dates (baseline)'];
console.log(`\nside by side over ${corpusName} (${kib(bytes).toFixed(0)} KiB), ${availableParallelism()} CPUs, best of ${rounds}:`);
for (const [name, m] of Object.entries(best)) {
  console.log(`  ${name.padEnd(42)} ${m.wall.toFixed(1).padStart(5)} s wall, ${m.cpu.toFixed(1).padStart(5)} s CPU, ${(kib(bytes) / m.wall).toFixed(0).padStart(4)} KiB/s, `
    + `${(base.wall / m.wall).toFixed(2)}x the baseline (CPU ${(base.cpu / m.cpu).toFixed(2)}x), peak RSS ${m.rss.toFixed(0)} MiB, ${m.lines} lines, exit ${m.code}`);
}
const j1 = best['CLI -j 1'], j2 = best['CLI -j 2'];
// On a loaded machine the second CPU is not free: the wall ratio then says little, the CPU added says what -j 2
// costs (the second worker loading compromise, the main thread reading files and writing results, messages).
console.log(`  scaling: -j 2 is ${(j1.wall / j2.wall).toFixed(2)}x -j 1 (wall); CPU ${j1.cpu.toFixed(1)} -> ${j2.cpu.toFixed(1)} s `
  + `(+${(j2.cpu - j1.cpu).toFixed(1)} s for the workers and the main thread)`);

// 4. A big batch in nested folders (BENCH_ARTICLES, default 10,000, from the corpus's articles): peak memory.
const count = Number(process.env.BENCH_ARTICLES ?? 10000);
const sources = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(corpus, f), 'utf8'));
const big = mkdtempSync(path.join(tmpdir(), 'ae-bench-'));
made.push(big);
let total = 0;
for (let i = 0; i < count; i++) {
  const sub = path.join(big, String(Math.floor(i / 500)).padStart(2, '0'));
  if (i % 500 === 0) mkdirSync(sub, { recursive: true });
  const t = sources[i % sources.length];
  writeFileSync(path.join(sub, `a${String(i).padStart(5, '0')}.txt`), t);
  total += t.length;
}
{
  const m = await measure([bin, '--format', 'json', '--quiet', big]);
  console.log(`\nCLI, ${count.toLocaleString('en')} articles (${(kib(total) / 1024).toFixed(1)} MiB), default -j: ${m.wall.toFixed(1)} s, `
    + `${(count / m.wall).toFixed(1)} articles/s, ${m.cpu.toFixed(1)} s CPU, peak RSS ${m.rss.toFixed(0)} MiB (whole process tree), ${m.lines} results, exit ${m.code}`);
}

// 5. Start-up: one article, process start to exit (the median of 5), the way a user runs it.
{
  const one = path.join(root, 'fixtures', 'seoul-trilateral.txt');
  const times = [];
  for (let i = 0; i < 5; i++) times.push((await measure([bin, '--format', 'json', one])).wall);
  const plain = [];
  for (let i = 0; i < 5; i++) plain.push((await measure([bin, '--format', 'json', one], { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' })).wall);
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nstart-up, one article, process start to exit: ${median(times).toFixed(2)} s (median of 5; `
    + `${median(plain).toFixed(2)} s with ARTICLE_ENTITIES_NO_SNAPSHOT=1)`);
}
for (const d of made) rmSync(d, { recursive: true, force: true });
