import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, fixture, ROOT } from './helpers.js';

// bin/article-entities.js starts the CLI from dist/startup/startup.blob (a V8 start-up snapshot) only when
// dist/startup/startup.json says this very Node built it, there, from the files now in dist/; otherwise it loads
// the CLI the normal way. These tests run copies of the launcher beside a dist/ whose startup/ they make up.

const SEED = fixture('seoul-trilateral.txt');
const STARTUP = path.join(ROOT, 'dist', 'startup');
const built = existsSync(path.join(STARTUP, 'startup.json'));

interface Stamp {
  node: string;
  arch: string;
  platform: string;
  execPath: string;
  nodeOptions: string;
  dir: string;
  inputs: Record<string, number>;
}

/** A folder with bin/ (a copy of the launcher) and dist/ (links to the real build) and an empty dist/startup/. */
function layout(): { bin: string; startup: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ae-launcher-'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(BIN, path.join(dir, 'bin', 'article-entities.js'));
  mkdirSync(path.join(dir, 'dist'));
  for (const entry of readdirSync(path.join(ROOT, 'dist'))) {
    if (entry !== 'startup') symlinkSync(path.join(ROOT, 'dist', entry), path.join(dir, 'dist', entry));
  }
  const startup = path.join(dir, 'dist', 'startup');
  mkdirSync(startup);
  return { bin: path.join(dir, 'bin', 'article-entities.js'), startup };
}

/** A stamp that matches this Node and this layout (what build-snapshot.mjs writes), with `change` applied. */
function writeStamp(startup: string, change: Partial<Stamp> = {}): void {
  const inputs: Record<string, number> = {};
  for (const file of ['../cli/main.js', '../extract.js', 'startup.blob']) inputs[file] = statSync(path.join(startup, file)).mtimeMs;
  const stamp: Stamp = { node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath, nodeOptions: process.env.NODE_OPTIONS ?? '', dir: startup + path.sep, inputs, ...change };
  writeFileSync(path.join(startup, 'startup.json'), JSON.stringify(stamp));
}

/** A file that is no snapshot: Node refuses to start from it, so a run that succeeds did not use it. */
function writeBadBlob(startup: string): void {
  writeFileSync(path.join(startup, 'startup.blob'), 'not a snapshot');
}

function run(bin: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the launcher', () => {
  const expected = cli(['--format', 'json', SEED], undefined, { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' });

  it('uses the blob when the stamp matches (a bad blob then fails: the check is not a no-op)', () => {
    const { bin, startup } = layout();
    writeBadBlob(startup);
    writeStamp(startup);
    expect(run(bin, [SEED]).status).not.toBe(0);
  });

  it('runs a batch (a folder, JSON Lines, a glob, --summary) the normal way, where the main thread stays lean', () => {
    const { bin, startup } = layout();
    writeBadBlob(startup);
    writeStamp(startup);
    const folder = path.dirname(SEED);
    for (const args of [[path.join(folder, 'articles')], ['--jsonl-input', path.join(folder, 'articles.jsonl')],
      [path.join(folder, 'articles', '*.txt')], ['--summary', SEED]]) {
      expect(run(bin, ['--format', 'json', ...args]).status, args.join(' ')).toBe(0);
    }
  });

  it('falls back silently to loading the CLI when the blob was built by another Node', () => {
    const { bin, startup } = layout();
    writeBadBlob(startup);
    writeStamp(startup, { node: 'v0.0.0' });
    expect(run(bin, ['--format', 'json', SEED])).toEqual(expected);
  });

  it('falls back when the blob is missing, when dist/startup is empty, and when the build is newer than the blob', () => {
    const missing = layout();
    writeBadBlob(missing.startup);
    writeStamp(missing.startup);
    rmSync(path.join(missing.startup, 'startup.blob'));
    expect(run(missing.bin, ['--format', 'json', SEED])).toEqual(expected);

    const empty = layout();
    expect(run(empty.bin, ['--format', 'json', SEED])).toEqual(expected);

    const stale = layout();
    writeBadBlob(stale.startup);
    writeStamp(stale.startup, { inputs: { '../cli/main.js': 1, 'startup.blob': statSync(path.join(stale.startup, 'startup.blob')).mtimeMs } });
    expect(run(stale.bin, ['--format', 'json', SEED])).toEqual(expected);
  });

  it('falls back when the folder was moved after the build, and when ARTICLE_ENTITIES_NO_SNAPSHOT is set', () => {
    const moved = layout();
    writeBadBlob(moved.startup);
    writeStamp(moved.startup, { dir: '/elsewhere/dist/startup/' });
    expect(run(moved.bin, ['--format', 'json', SEED])).toEqual(expected);

    const off = layout();
    writeBadBlob(off.startup);
    writeStamp(off.startup);
    const r = spawnSync(process.execPath, [off.bin, '--format', 'json', SEED], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARTICLE_ENTITIES_NO_SNAPSHOT: '1' } });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
  });

  it.skipIf(!built)('from the real snapshot: the same output, exit codes and messages as without it', () => {
    const off = { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' };
    const text = readFileSync(path.join(ROOT, SEED));
    for (const [args, input] of [
      [['--format', 'json', SEED], undefined],
      [['--format', 'csv', '--date', '2024-01-02'], text],
      [['--format', 'table', SEED, 'no-such-file.txt'], undefined],
      [['--types', 'nothing', SEED], undefined],
      [['--version'], undefined],
      [['--summary', '-j', '2', fixture('news'), fixture('articles')], undefined],
    ] as [string[], Buffer | undefined][]) {
      const a = cli(args, input);
      expect(a, args.join(' ')).toEqual(cli(args, input, off));
    }
  });

  it.skipIf(!built)('passes a signal through: the child ends, and so does the launcher, by the same signal', async () => {
    const child = spawn(process.execPath, [BIN], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] }); // waits on stdin
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
  });
});
