// What bin/article-entities.js runs: gathers the facts, asks plan.ts what to do, and does it. From a current
// start-up snapshot the CLI runs in a child process (`node --snapshot-blob ...`: compromise's lexicon is in memory
// from the start, README, Speed) with the same arguments, standard streams, exit code and signals; in every other
// case it loads here, the normal way, and the output is the same. With ARTICLE_ENTITIES_DEBUG_STARTUP set, one
// line on stderr says which way it went and why.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, planStartup, type PathKind, type Runtime } from './plan.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');
/** A build lock older than this was left by a build that died. */
const STALE_LOCK_MS = 10 * 60_000;

export function runtime(root: string): Runtime {
  const { version: node, arch, platform, execPath } = process;
  return { node, arch, platform, execPath, nodeOptions: process.env.NODE_OPTIONS ?? '', root };
}

function kindOf(path: string): PathKind {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function say(line: string): void {
  if (process.env.ARTICLE_ENTITIES_DEBUG_STARTUP) process.stderr.write(`article-entities: start-up: ${line}\n`);
}

export async function launch(): Promise<void> {
  const here = runtime(ROOT);
  const version = (readJson(join(ROOT, 'package.json')) as { version?: string } | undefined)?.version ?? '0';
  const plan = planStartup({
    args: process.argv.slice(2),
    execArgv: process.execArgv,
    env: process.env,
    cpus: availableParallelism(),
    here,
    local: join(ROOT, 'dist', 'snapshot'),
    cache: cacheFolder(process.env, homedir(), version, here),
    kindOf,
    mtimeOf: (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs,
    readJson,
  });
  if (plan.run === 'snapshot') return fromSnapshot(plan.blob, plan.reason);
  say(plan.reason);
  if (plan.build) await buildLater(plan.build);
  await runHere();
}

async function runHere(): Promise<void> {
  const { main } = await import('../cli/main.js');
  process.exitCode = await main(process.argv);
}

/**
 * Runs the CLI in `node --snapshot-blob <blob>`. The child gets a pipe as fd 3 whose other end only this process
 * holds: when this process ends, however it ends (kill -9 included), the child sees the pipe close and ends too
 * (child.ts). NODE_EXTRA_CA_CERTS is left out: Node 20 reads those certificates at every start (about 0.1 s), and
 * the CLI makes no connection.
 */
async function fromSnapshot(blob: string, reason: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const argv = process.argv.slice(1); // this script's path and the arguments: process.argv in the snapshot's main
  const env: NodeJS.ProcessEnv = { ...process.env, ARTICLE_ENTITIES_PARENT_FD: '3' };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn(process.execPath, ['--snapshot-blob', blob, ...argv], { stdio: ['inherit', 'inherit', 'inherit', 'pipe'], env });
  say(`${reason} (process ${child.pid})`);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const s of signals) process.on(s, forward);
  child.on('error', () => {
    if (child.pid !== undefined) return;
    // Not started (no process to be had, say): do the work here.
    for (const s of signals) process.off(s, forward);
    void runHere();
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal); // end the way the child ended (128 + n in the shell)
    else process.exit(code ?? 1);
  });
}

/** Takes the folder's build lock; false when another run holds it (or the folder cannot be written). */
function takeLock(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < STALE_LOCK_MS) return false;
      rmSync(lock, { force: true });
    }
  }
  return false;
}

/**
 * Starts build-blob.js on its own, in the background: this run goes on the normal way, a later one finds the
 * snapshot. One build at a time (a lock file, which the build removes); nothing is said if none can be started.
 */
async function buildLater(folder: string): Promise<void> {
  const lock = join(folder, 'building.lock');
  let taken = false;
  try {
    mkdirSync(folder, { recursive: true });
    taken = takeLock(lock);
    if (!taken) return say(`a build is already running in ${folder}, or it cannot be written`);
    const { spawn } = await import('node:child_process');
    const script = join(ROOT, 'dist', 'startup', 'build-blob.js');
    const builder = spawn(process.execPath, [script, folder, lock], { detached: true, stdio: 'ignore' });
    builder.on('error', () => rmSync(lock, { force: true }));
    builder.unref();
    say(`building a snapshot in ${folder} (process ${builder.pid})`);
  } catch {
    if (taken) rmSync(lock, { force: true });
  }
}
