#!/usr/bin/env node
// The accuracy gate: scores the built CLI on the development corpora in ../shared/eval and fails when any figure
// falls below its floor in .ci/accuracy-floors.json. Floors only ever go up, as the figures rise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, '..', 'shared', 'eval');
const floors = JSON.parse(readFileSync(path.join(root, '.ci', 'accuracy-floors.json'), 'utf8'));

if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`accuracy: ${evalDir} not found; skipping the accuracy gate (it runs in CI, where ../shared sits beside the project)`);
  process.exit(process.env.CI ? 1 : 0);
}

const get = (obj, dotted) => dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
let failures = 0;
for (const [corpus, figures] of Object.entries(floors)) {
  // Run the tool once, then score its saved output twice: as the table people read and as JSON to compare.
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'article-entities.js'), '--format', 'json', '--quiet', path.join(evalDir, corpus, 'docs')], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (Date.now() - t0) / 1000;
  if (run.status !== 0) {
    console.error(`accuracy: article-entities failed on ${corpus} (exit ${run.status}):\n${run.stderr}`);
    failures++;
    continue;
  }
  const predictions = path.join(mkdtempSync(path.join(tmpdir(), 'ae-accuracy-')), `${corpus}.jsonl`);
  writeFileSync(predictions, run.stdout);
  const score = (extra) => spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), ...extra, path.join(evalDir, corpus), predictions], { encoding: 'utf8', maxBuffer: 1 << 30 });
  process.stdout.write(score([]).stdout.replace('\n', `  (${seconds.toFixed(1)} s)\n`));
  const result = JSON.parse(score(['--json']).stdout);
  for (const [figure, floor] of Object.entries(figures)) {
    const value = get(result.types, figure);
    const ok = typeof value === 'number' && value >= floor;
    if (!ok) failures++;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${corpus} ${figure} = ${value} (floor ${floor})`);
  }
  console.log();
}
if (failures) {
  console.error(`accuracy: ${failures} figure(s) below the floor`);
  process.exit(1);
}
console.log('accuracy: all figures at or above their floors');
