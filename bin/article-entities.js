#!/usr/bin/env node
// Starts the CLI from the V8 start-up snapshot in dist/startup/ when `npm run build` made one with this very Node
// and the build it holds is the current one: compromise's lexicon is then in memory from the start, instead of
// being expanded again (README, Speed). In every other case, silently, the CLI loads the normal way.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const startup = fileURLToPath(new URL('../dist/startup/', import.meta.url));

if (!process.env.ARTICLE_ENTITIES_NO_SNAPSHOT && process.execArgv.length === 0 && !isBatch(process.argv.slice(2)) && snapshotIsCurrent()) {
  const { spawn } = await import('node:child_process');
  const argv = process.argv.slice(1); // this script's path and the arguments: process.argv in the snapshot's main
  const child = spawn(process.execPath, ['--snapshot-blob', startup + 'startup.blob', ...argv], { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  const forward = (signal) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  child.on('error', async () => {
    if (child.pid !== undefined) return;
    // Not started (no process to be had, say): do the work here.
    for (const s of signals) process.off(s, forward);
    await runHere();
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal); // end the way the child ended (128 + n in the shell)
    else process.exit(code ?? 1);
  });
} else {
  await runHere();
}

/**
 * A folder, a glob, JSON Lines or many files: a batch, whose time is the extraction's, not the start-up's. It runs
 * the normal way, where the main thread never loads compromise (the workers do), so memory stays as low as before.
 */
function isBatch(args) {
  let files = 0;
  for (const a of args) {
    if (a === '--jsonl-input' || a === '--summary' || /[*?[{]/.test(a)) return true;
    if (a.startsWith('-')) continue;
    try {
      if (statSync(a).isDirectory()) return true;
      files++;
    } catch { /* an option's value or a missing file */ }
  }
  return files > 4;
}

async function runHere() {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}

/**
 * The blob was built by this Node binary with the same V8 flags (Node refuses a blob made with others), here,
 * from the files now in dist/ (not an older build of them).
 */
function snapshotIsCurrent() {
  try {
    const stamp = JSON.parse(readFileSync(startup + 'startup.json', 'utf8'));
    if (stamp.node !== process.version || stamp.arch !== process.arch || stamp.platform !== process.platform
      || stamp.execPath !== process.execPath || stamp.nodeOptions !== (process.env.NODE_OPTIONS ?? '') || stamp.dir !== startup) return false;
    for (const [file, mtimeMs] of Object.entries(stamp.inputs)) {
      if (statSync(startup + file).mtimeMs !== mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}
