#!/usr/bin/env node
// Benchmarks (npm run bench): throughput of the library on one thread, the CLI on a batch of 1,000 articles with
// its peak memory, and time on adversarial input (it must grow linearly with the length). Never run by `npm test`.
import { spawn } from 'node:child_process';
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
{
  let bytes = 0, n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 5000) for (const t of texts) { extract(t); bytes += t.length; n++; }
  const s = (performance.now() - t0) / 1000;
  console.log(`library, one thread: ${n} articles in ${s.toFixed(1)} s: ${(n / s).toFixed(1)} articles/s, ${(kib(bytes) / s).toFixed(0)} KiB/s`);
}

// 2. Linear time on adversarial input: the same pathological text at 1x, 2x and 4x length.
for (const [what, unit] of [
  ['capitalised words', 'Aaa Bbb Ccc Ddd Eee '],
  ['punctuation runs', '.,;:!?-()[]"\' '],
  ['numbers and dates', '12 March 2024 3/4/5 1999-01-01 '],
]) {
  const times = [1, 2, 4].map((k) => {
    const text = unit.repeat(2000 * k);
    const t0 = performance.now();
    extract(text);
    return performance.now() - t0;
  });
  console.log(`adversarial (${what}): ${times.map((t) => t.toFixed(0) + ' ms').join(' / ')} for 1x/2x/4x length (ratio 4x/1x ${(times[2] / times[0]).toFixed(1)})`);
}

// 3. The CLI on a folder of 1,000 articles: wall time and peak resident memory.
const dir = mkdtempSync(path.join(tmpdir(), 'ae-bench-'));
let total = 0;
for (let i = 0; i < 1000; i++) {
  const sub = path.join(dir, String(Math.floor(i / 100)).padStart(2, '0'));
  mkdirSync(sub, { recursive: true });
  const t = texts[i % texts.length];
  writeFileSync(path.join(sub, `a${String(i).padStart(4, '0')}.txt`), t);
  total += t.length;
}
const t0 = performance.now();
const child = spawn(process.execPath, [path.join(root, 'bin', 'article-entities.js'), '--format', 'json', '--quiet', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
let lines = 0, peak = 0;
child.stdout.on('data', (b) => { for (const c of b) if (c === 10) lines++; });
// The launcher may run the CLI in a child process (the start-up snapshot): count the whole process tree, each
// process at its own peak (VmHWM), so the figure is an upper bound on what the command held at once.
const hwm = new Map();
const treeOf = (pid) => {
  let kids = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch { /* process gone */ }
  return [pid, ...kids.flatMap(treeOf)];
};
const poll = setInterval(() => {
  for (const pid of treeOf(child.pid)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) hwm.set(pid, Math.max(hwm.get(pid) ?? 0, Number(m[1])));
    } catch { /* process gone */ }
  }
  peak = [...hwm.values()].reduce((a, b) => a + b, 0);
}, 50);
const code = await new Promise((r) => child.on('close', r));
clearInterval(poll);
const s = (performance.now() - t0) / 1000;
console.log(`CLI, 1,000 articles (${kib(total).toFixed(0)} KiB), ${availableParallelism()} CPUs: ${s.toFixed(1)} s, ${(1000 / s).toFixed(1)} articles/s, ${(kib(total) / s).toFixed(0)} KiB/s, peak RSS ${(peak / 1024).toFixed(0)} MiB, ${lines} results, exit ${code}`);
rmSync(dir, { recursive: true, force: true });
