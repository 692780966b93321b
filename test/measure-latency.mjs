// One-line latency of mapper mode, start-up excluded: feed a running `article-entities --jsonl-input` one line
// at a time, as `tail -f` does, and time from writing a line to reading its result. Usage: node test/measure-latency.mjs [n] (after npm run build)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
const BIN = new URL('../bin/article-entities.js', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 20);
const text = 'President Joe Biden met Japanese Prime Minister Fumio Kishida in Washington on Friday to discuss the trade plan.';
const child = spawn(process.execPath, [BIN, '--jsonl-input'], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const times = [];
for (let i = 0; i <= n; i++) {
  const t0 = process.hrtime.bigint();
  child.stdin.write(JSON.stringify({ id: i, text }) + '\n');
  await lines.next();
  if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // line 0 pays the start-up
}
child.stdin.end();
times.sort((a, b) => a - b);
console.log(`lines ${n}: median ${times[n >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`);
