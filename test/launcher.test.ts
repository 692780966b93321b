import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BIN, cli, cliAsync, fixture, ROOT } from './helpers.js';

// The launcher as a process: bin/article-entities.js starting the CLI from a start-up snapshot (a child process),
// with the same output as without it. Which way it starts, and why, is src/startup/plan.ts (test/startup.test.ts);
// ARTICLE_ENTITIES_DEBUG_STARTUP makes the launcher say it on stderr, which these tests wait for.

const SEED = fixture('seoul-trilateral.txt');
const built = existsSync(path.join(ROOT, 'dist', 'snapshot', 'startup.json'));
const DEBUG = { ARTICLE_ENTITIES_DEBUG_STARTUP: '1' };

interface Started {
  proc: ChildProcess;
  /** The first start-up line. */
  line: string;
  out: () => string;
  err: () => string;
}

/** Starts the launcher, resolving once it has said how it starts. */
async function started(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const proc = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  const line = await new Promise<string>((resolve, reject) => {
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /^article-entities: start-up: .*$/m.exec(err);
      if (m) resolve(m[0]);
    });
    proc.on('exit', () => reject(new Error(`the launcher ended first: ${err}`)));
  });
  return { proc, line, out: () => out, err: () => err };
}

function ended(proc: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve({ code: proc.exitCode, signal: proc.signalCode });
  return new Promise((r) => proc.on('exit', (code, signal) => r({ code, signal })));
}

/** Whether a process is gone (a zombie counts: nothing reaps orphans in some containers). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z';
  } catch {
    return true;
  }
}

async function until(test: () => boolean, what: string, ms = 100_000): Promise<void> {
  for (const end = Date.now() + ms; !test();) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!built)('the launcher', () => {
  it('from the snapshot: the same output, exit codes and messages as without it', async () => {
    const off = { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' };
    const text = readFileSync(path.join(ROOT, SEED));
    const cases: [string[], Buffer | undefined][] = [
      [['--format', 'json', SEED], undefined],
      [['--format', 'csv', '--date', '2024-01-02'], text],
      [['--format', 'table', SEED, 'no-such-file.txt'], undefined],
      [['--types', 'nothing', SEED], undefined],
    ];
    const runs = await Promise.all(cases.map(([args, input]) => Promise.all([cliAsync(args, input), cliAsync(args, input, off)])));
    for (const [i, [a, b]] of runs.entries()) expect(a, cases[i]![0].join(' ')).toEqual(b);
  });

  it.runIf(process.platform === 'linux')('passes a signal through, and its child ends with it even on kill -9', async () => {
    // Both wait on standard input, from the snapshot: the line names the child process.
    const term = await started(BIN, [], DEBUG);
    const kill = await started(BIN, [], DEBUG);
    for (const { line } of [term, kill]) expect(line).toMatch(/one article, from the snapshot in .* \(process \d+\)$/);
    const [termChild, killChild] = [term, kill].map(({ line }) => Number(/process (\d+)\)$/.exec(line)![1]));
    expect(gone(killChild!)).toBe(false);

    term.proc.kill('SIGTERM');
    expect(await ended(term.proc)).toEqual({ code: null, signal: 'SIGTERM' });
    await until(() => gone(termChild!), 'the child of the launcher ended by SIGTERM');

    kill.proc.kill('SIGKILL'); // no launcher left to pass anything on: the child sees its pipe close
    expect(await ended(kill.proc)).toEqual({ code: null, signal: 'SIGKILL' });
    await until(() => gone(killChild!), 'the child of the launcher ended by kill -9', 10_000);
  });

  it('installed without a snapshot: builds one in the user\'s cache once, in the background, then starts from it', async () => {
    // An installed package: what `npm pack` ships (no blob), and its own dependencies.
    const pkg = mkdtempSync(path.join(tmpdir(), 'ae-installed-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'ae-cache-'));
    onTestFinished(() => { // a copy of dist/ and a 15 MiB blob
      rmSync(pkg, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    });
    cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true, filter: (f) => !/[\\/]startup\.(blob|json)$/.test(f) });
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const bin = path.join(pkg, 'bin', 'article-entities.js');
    const env = { ...DEBUG, XDG_CACHE_HOME: cache };
    const expected = (await cliAsync(['--format', 'json', SEED], undefined, { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' })).stdout;

    // Two first runs at once: one build.
    const [first, second] = await Promise.all([started(bin, [SEED], env), started(bin, [SEED], env)]);
    for (const run of [first, second]) {
      expect(await ended(run.proc)).toEqual({ code: 0, signal: null });
      expect(run.out()).toBe(expected);
    }
    expect([first.line, second.line]).toEqual(Array(2).fill(expect.stringMatching(/no snapshot .*building one in the background/)));
    const builds = [first.err(), second.err()].filter((e) => /building a snapshot in/.test(e));
    expect(builds).toHaveLength(1);
    const folder = /building a snapshot in (.*) \(process/.exec(builds[0]!)![1]!;
    expect(path.dirname(folder)).toBe(path.join(env.XDG_CACHE_HOME, 'article-entities'));

    await until(() => existsSync(path.join(folder, 'startup.json')) && !existsSync(path.join(folder, 'building.lock')), 'the build');
    const later = spawnSync(process.execPath, [bin, '--format', 'json', SEED], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(later.stderr).toMatch(/^article-entities: start-up: one article, from the snapshot in .*ae-cache-/);
    expect(later.stdout).toBe(expected);
  });
});
