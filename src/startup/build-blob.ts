// Builds a V8 start-up snapshot (startup.blob, with startup.json saying who built it from what) from the bundle
// dist/snapshot/bundle.cjs, with nothing but Node: into the clone's dist/snapshot/ at `npm run build`
// (src/startup/build-snapshot.mjs, which makes the bundle with esbuild first), and into a user's cache folder on
// first use, where the launcher (launch.ts) runs this file in the background: `node build-blob.js <folder> <lock>`.
// The blob and its stamp appear by rename, whole or not at all, so a run never sees half a build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runtime } from './launch.js';
import type { Stamp } from './plan.js';

/** The built files a snapshot is made from: dist/'s scripts and word lists, the snapshot's own folder aside. */
export function distFiles(root: string): string[] {
  const dist = join(root, 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|json)$/.test(f) && !f.startsWith(`snapshot${sep}`))
    .sort()
    .map((f) => join(dist, f));
}

/** What bundle.json records: each built file's content hash, so that a bundle older than dist/ is never used. */
export function fingerprint(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of distFiles(root)) out[relative(root, file)] = createHash('sha1').update(readFileSync(file)).digest('hex');
  return out;
}

/** The stamp for the files as they are now (and the blob, when there is one). */
function stampOf(root: string, extra: string[]): Stamp {
  const inputs: Record<string, number> = {};
  for (const file of [...distFiles(root), join(root, 'dist', 'snapshot', 'bundle.cjs'), ...extra]) inputs[file] = statSync(file).mtimeMs;
  return { ...runtime(root), inputs };
}

function writeWhole(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function firstLines(text: string | undefined): string {
  // Node's warnings about built-in modules in a snapshot are no reason.
  const lines = (text ?? '').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('(node:') && !/^(It may|To request|\(Use)/.test(l));
  return lines.slice(0, 2).join(' ');
}

export type Outcome = { ok: true } | { ok: false; reason: string };

/** Builds <folder>/startup.blob and startup.json from the package at root, checked to start and to be current. */
export function buildBlob(root: string, folder: string): Outcome {
  const bundle = join(root, 'dist', 'snapshot', 'bundle.cjs');
  let recorded: unknown;
  try {
    recorded = JSON.parse(readFileSync(join(root, 'dist', 'snapshot', 'bundle.json'), 'utf8'));
  } catch {
    return { ok: false, reason: 'no bundle.json beside the bundle' };
  }
  if (JSON.stringify(recorded) !== JSON.stringify(fingerprint(root))) {
    return { ok: false, reason: 'the bundle is older than dist/ (run npm run build)' };
  }
  mkdirSync(folder, { recursive: true });
  const tmp = join(folder, `startup.blob.${process.pid}.tmp`);
  try {
    const built = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', bundle],
      { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (built.status !== 0) {
      const said = firstLines(built.stderr) || built.error?.message || `exit ${built.status ?? built.signal}`;
      return { ok: false, reason: `node --build-snapshot failed: ${said}` };
    }
    // It must start: Node refuses a blob it cannot load, and a bundle can misbehave only once deserialized.
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const env = { ...process.env };
    delete env.ARTICLE_ENTITIES_PARENT_FD;
    const tried = spawnSync(process.execPath, ['--snapshot-blob', tmp, join(root, 'bin', 'article-entities.js'), '--version'],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env });
    if (tried.status !== 0 || tried.stdout.trim() !== version) {
      const said = firstLines(tried.stderr || tried.stdout) || `exit ${tried.status ?? tried.signal}`;
      return { ok: false, reason: `the snapshot does not start: ${said}` };
    }
    const blob = join(folder, 'startup.blob');
    renameSync(tmp, blob);
    writeWhole(join(folder, 'startup.json'), JSON.stringify(stampOf(root, [blob]), null, 1) + '\n');
    rmSync(join(folder, 'failed.json'), { force: true });
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The background build: at low priority; a failure leaves failed.json, so that it is not tried again and again. */
function buildInBackground(folder: string, lock: string | undefined): void {
  const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');
  try {
    setPriority(10);
  } catch { /* not allowed: build at the normal priority */ }
  try {
    const outcome = buildBlob(root, folder);
    if (!outcome.ok) {
      writeWhole(join(folder, 'failed.json'), JSON.stringify({ ...stampOf(root, []), reason: outcome.reason }, null, 1) + '\n');
    }
  } catch { /* nowhere to say it: the launcher goes on loading the CLI the normal way */ } finally {
    if (lock) rmSync(lock, { force: true });
  }
}

if (process.argv[1] && process.argv[2] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  buildInBackground(process.argv[2], process.argv[3]);
}
