// The start-up decisions of bin/article-entities.js, as pure functions of what the launcher saw: whether this run
// is a batch, whether a start-up snapshot is current, where a user's snapshot is cached, and so what to do. The
// launcher (launch.ts) gathers the facts and carries the plan out; the CLI shares the batch threshold.
import { join } from 'node:path';

/** From this many files on, a batch runs on worker threads (each loads the NLP lexicon, about half a second). */
export const MIN_FILES_FOR_WORKERS = 8;

export interface JobsInput {
  /** Files named or found (not standard input, not JSON Lines records). */
  files: number;
  jsonl: boolean;
  /** --jobs, or its default (the number of CPUs). */
  jobs: number;
  jobsGiven: boolean;
}

/**
 * How many worker threads a run uses. A handful of files runs on the main thread, where starting workers costs
 * more than it saves; JSON Lines input (mapper mode) runs on one thread, since a batch engine runs one copy per core
 * side by side (issue 15); an explicit --jobs is obeyed.
 */
export function workerCount({ files, jsonl, jobs, jobsGiven }: JobsInput): number {
  if (jsonl) return jobsGiven ? jobs : 1;
  return jobsGiven || files >= MIN_FILES_FOR_WORKERS ? Math.max(1, Math.min(jobs, files)) : 1;
}

export type PathKind = 'file' | 'directory' | 'missing';

export interface Verdict {
  batch: boolean;
  reason: string;
}

const JOBS = /^(?:-j|--jobs)(?:=?(.+))?$/;

/**
 * Whether a command line is a batch: a run whose time is the extraction's, on worker threads, so that it gains
 * nothing from the start-up snapshot, whose main thread would hold compromise beside the workers'. A folder or a
 * glob (of unknown size, resolved later by the CLI) counts as one; JSON Lines input only with -j above 1.
 * Arguments are read loosely: a word that is not an existing file (an option's value, a missing file) counts for
 * nothing, as the CLI itself will say.
 */
export function batchOf(args: readonly string[], kindOf: (path: string) => PathKind, cpus: number): Verdict {
  let files = 0;
  let jobs: number | undefined;
  let inputsOnly = false;
  let jsonl = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!inputsOnly && a.startsWith('-') && a !== '-') {
      if (a === '--') inputsOnly = true;
      else if (a === '--jsonl-input') jsonl = true;
      const j = JOBS.exec(a);
      if (j) jobs = Number(j[1] ?? args[++i]);
      continue;
    }
    if (/[*?[{]/.test(a)) return { batch: true, reason: `a batch (the glob ${a})` };
    const kind = kindOf(a);
    if (kind === 'directory') return { batch: true, reason: `a batch (the folder ${a})` };
    if (kind === 'file') files++;
  }
  const given = jobs !== undefined && Number.isInteger(jobs) && jobs > 0;
  const workers = workerCount({ files, jsonl, jobs: given ? jobs! : cpus, jobsGiven: given });
  // Mapper mode runs on the main thread unless -j says otherwise: each copy under an engine (Hadoop, Spark, GNU
  // parallel) then starts from the snapshot, where its start-up is paid once per task.
  if (jsonl) {
    return workers > 1
      ? { batch: true, reason: `a batch (JSON Lines input on ${workers} worker threads)` }
      : { batch: false, reason: 'JSON Lines input on the main thread' };
  }
  return workers > 1
    ? { batch: true, reason: `a batch (${files} files on ${workers} worker threads)` }
    : { batch: false, reason: files > 1 ? `${files} files on the main thread` : 'one article' };
}

/** What a snapshot must match: Node refuses a blob made by another binary or with other V8 flags. */
export interface Runtime {
  node: string;
  arch: string;
  platform: string;
  execPath: string;
  nodeOptions: string;
  /** The package folder, whose absolute paths the snapshot holds. */
  root: string;
}

/**
 * startup.json beside a blob (written by build-blob.ts): who built it, from which package, and the modification
 * times of the files it was made from (the blob and its bundle among them). failed.json has the same shape.
 */
export interface Stamp extends Runtime {
  inputs: Record<string, number>;
}

export type Status = { current: true } | { current: false; reason: string };

/** Whether a stamp describes a build by this very Node, of this package, from the files as they are now. */
export function stampStatus(stamp: unknown, here: Runtime, mtimeOf: (path: string) => number | undefined): Status {
  if (stamp === undefined) return { current: false, reason: 'none built' };
  const s = stamp as Partial<Stamp> | null;
  if (!s || typeof s !== 'object' || !s.inputs || typeof s.inputs !== 'object') {
    return { current: false, reason: 'its stamp is unreadable' };
  }
  for (const key of ['node', 'arch', 'platform', 'execPath', 'nodeOptions', 'root'] as const) {
    if (s[key] !== here[key]) return { current: false, reason: `built for another ${key === 'root' ? 'folder' : key}` };
  }
  for (const [file, mtimeMs] of Object.entries(s.inputs)) {
    const now = mtimeOf(file);
    if (now === undefined) return { current: false, reason: `${file} is missing` };
    if (now !== mtimeMs) return { current: false, reason: `${file} changed since` };
  }
  return { current: true };
}

/** A short stable hash, so that two installs (or two Node binaries) of one version never share a cache folder. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The per-user folder for a snapshot of this package built by this Node: under $XDG_CACHE_HOME (or ~/.cache;
 * %LOCALAPPDATA% on Windows), `article-entities/<package version>-<node version>-<arch>-<hash of folder and binary>`.
 * Null when there is no such place to be had.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, home: string, version: string, here: Runtime): string | null {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && xdg.startsWith('/') ? xdg
    : here.platform === 'win32' ? env.LOCALAPPDATA ?? null
      : home ? join(home, '.cache') : null;
  if (!base) return null;
  return join(base, 'article-entities', `${version}-${here.node}-${here.arch}-${fnv1a(`${here.root}\0${here.execPath}`)}`);
}

/** What the launcher saw (the functions read the file system; tests give their own). */
export interface Facts {
  /** The command line after the script's path. */
  args: readonly string[];
  execArgv: readonly string[];
  env: NodeJS.ProcessEnv;
  cpus: number;
  here: Runtime;
  /** dist/snapshot/ of this package: the bundle, and the blob `npm run build` makes in a clone. */
  local: string;
  /** The per-user cache folder (cacheFolder), or null. */
  cache: string | null;
  kindOf: (path: string) => PathKind;
  mtimeOf: (path: string) => number | undefined;
  /** A JSON file's value; undefined when it cannot be read, null when it is no JSON. */
  readJson: (path: string) => unknown;
}

export type Plan =
  | { run: 'snapshot'; blob: string; reason: string }
  /** Load the CLI in this process; `build`: the cache folder to build a snapshot into, in the background. */
  | { run: 'here'; reason: string; build: string | null };

/**
 * A single article starts from a current snapshot: the one `npm run build` made in a clone, else this user's
 * cached one. Without either, it runs here, and asks for a cached one to be built in the background (unless that
 * failed before for these very files: failed.json says why). Everything else runs here.
 */
export function planStartup(f: Facts): Plan {
  const here = (reason: string, build: string | null = null): Plan => ({ run: 'here', reason, build });
  if (f.env.ARTICLE_ENTITIES_NO_SNAPSHOT) return here('ARTICLE_ENTITIES_NO_SNAPSHOT is set');
  if (f.execArgv.length) return here(`node was given options (${f.execArgv.join(' ')})`);
  const verdict = batchOf(f.args, f.kindOf, f.cpus);
  if (verdict.batch) return here(verdict.reason);
  const local = stampStatus(f.readJson(join(f.local, 'startup.json')), f.here, f.mtimeOf);
  const from = (folder: string): Plan =>
    ({ run: 'snapshot', blob: join(folder, 'startup.blob'), reason: `${verdict.reason}, from the snapshot in ${folder}` });
  if (local.current) return from(f.local);
  if (!f.cache) return here(`${verdict.reason}; no snapshot in ${f.local} (${local.reason}) and no cache folder (no home folder)`);
  const cached = stampStatus(f.readJson(join(f.cache, 'startup.json')), f.here, f.mtimeOf);
  if (cached.current) return from(f.cache);
  const none = `${verdict.reason}; no snapshot (${f.local}: ${local.reason}; ${f.cache}: ${cached.reason})`;
  if (f.mtimeOf(join(f.local, 'bundle.cjs')) === undefined) return here(`${none}, and no bundle to build one from`);
  const failed = stampStatus(f.readJson(join(f.cache, 'failed.json')), f.here, f.mtimeOf);
  if (failed.current) return here(`${none}; building one failed for these files (${join(f.cache, 'failed.json')} says why)`);
  return here(`${none}; building one in the background`, f.cache);
}
