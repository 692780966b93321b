import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  batchOf, cacheFolder, MIN_FILES_FOR_WORKERS, planStartup, stampStatus, workerCount,
  type Facts, type PathKind, type Runtime, type Stamp,
} from '../src/startup/plan.js';
import { runTask, type Task } from '../src/batch/task.js';
import { BATCH_HEAP, BIG_ARTICLE_HEAP, resourceLimits, workerHeap } from '../src/batch/heap.js';

// The launcher's decisions (src/startup/plan.ts) on made-up file systems; test/launcher.test.ts runs the real one.

const kinds: Record<string, PathKind> = { 'a.txt': 'file', 'b.txt': 'file', 'news': 'directory' };
const kindOf = (p: string): PathKind => kinds[p] ?? (/^f\d+\.txt$/.test(p) ? 'file' : 'missing');
const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}.txt`);

describe('which runs are batches', () => {
  it.each<[string, string[], number, boolean, RegExp]>([
    ['one file', ['a.txt'], 2, false, /^one article$/],
    ['standard input', [], 2, false, /^one article$/],
    ['standard input with options', ['--format', 'json', '--date', '2024-01-02', '-'], 2, false, /^one article$/],
    ['a folder', ['news'], 2, true, /the folder news/],
    ['a glob', ['news/*.txt'], 2, true, /the glob news\/\*\.txt/],
    ['JSON Lines input: the main thread, as mapper mode runs', ['--jsonl-input', 'a.txt'], 2, false, /JSON Lines input on the main thread/],
    ['JSON Lines input with -j 2: workers', ['--jsonl-input', '-j', '2'], 2, true, /JSON Lines input on 2 worker threads/],
    ['a few files: the main thread', files(MIN_FILES_FOR_WORKERS - 1), 2, false, /7 files on the main thread/],
    ['enough files for workers', files(MIN_FILES_FOR_WORKERS), 2, true, /8 files on 2 worker threads/],
    ['enough files on one CPU: no workers', files(MIN_FILES_FOR_WORKERS), 1, false, /main thread/],
    ['--jobs asks for workers', ['-j', '2', 'a.txt', 'b.txt'], 1, true, /2 files on 2 worker threads/],
    ['--jobs=2 and -j2 alike', ['--jobs=2', 'a.txt', '-j2', 'b.txt'], 1, true, /2 worker threads/],
    ['-j 1 keeps many files on the main thread', ['-j', '1', ...files(9)], 2, false, /main thread/],
    ['a missing file or an option value counts for nothing', ['--types', 'people', 'missing.txt', 'a.txt'], 2, false, /^one article$/],
    ['after --, a word starting with a dash is an input', ['--', '-j', 'a.txt'], 1, false, /^one article$/],
  ])('%s', (_, args, cpus, batch, reason) => {
    const v = batchOf(args, kindOf, cpus);
    expect(v.batch).toBe(batch);
    expect(v.reason).toMatch(reason);
  });

  it('shares its threshold with the CLI: the first file count that starts workers is the batch threshold', () => {
    const first = [1, 2, 4, 7, 8, 9, 100].find((n) => workerCount({ files: n, jsonl: false, jobs: 4, jobsGiven: false }) > 1);
    expect(first).toBe(MIN_FILES_FOR_WORKERS);
    expect(workerCount({ files: 100, jsonl: false, jobs: 4, jobsGiven: false })).toBe(4);
    expect(workerCount({ files: 3, jsonl: false, jobs: 8, jobsGiven: true })).toBe(3);
    expect(workerCount({ files: 0, jsonl: true, jobs: 8, jobsGiven: false })).toBe(1); // mapper mode: one copy per core
    expect(workerCount({ files: 0, jsonl: true, jobs: 3, jobsGiven: true })).toBe(3);
  });
});

const here: Runtime = { node: 'v22.1.0', arch: 'x64', platform: 'linux', execPath: '/usr/bin/node', nodeOptions: '', root: '/pkg' };
const stamp = (change: Partial<Stamp> = {}): Stamp => ({ ...here, inputs: { '/pkg/dist/cli/main.js': 10, '/pkg/dist/snapshot/startup.blob': 20 }, ...change });
const mtimes: Record<string, number> = { '/pkg/dist/cli/main.js': 10, '/pkg/dist/snapshot/startup.blob': 20 };
const mtimeOf = (p: string): number | undefined => mtimes[p];

describe('whether a snapshot is current', () => {
  it('is when this Node built it here from the files as they are', () => {
    expect(stampStatus(stamp(), here, mtimeOf)).toEqual({ current: true });
  });

  it.each<[string, unknown, RegExp]>([
    ['none built', undefined, /none built/],
    ['an unreadable stamp', null, /unreadable/],
    ['a stamp without inputs', { ...here }, /unreadable/],
    ['another Node', stamp({ node: 'v20.0.0' }), /another node/],
    ['another binary of the same version', stamp({ execPath: '/opt/node' }), /another execPath/],
    ['other NODE_OPTIONS (V8 flags a blob is checked against)', stamp({ nodeOptions: '--max-old-space-size=100' }), /another nodeOptions/],
    ['a package moved after the build (the blob holds its paths)', stamp({ root: '/elsewhere' }), /another folder/],
    ['a file rebuilt since', stamp({ inputs: { '/pkg/dist/cli/main.js': 9 } }), /main\.js changed since/],
    ['a file gone (the blob deleted)', stamp({ inputs: { '/pkg/dist/gone.js': 1 } }), /gone\.js is missing/],
  ])('is not with %s', (_, s, reason) => {
    const status = stampStatus(s, here, mtimeOf);
    expect(status.current).toBe(false);
    expect(!status.current && status.reason).toMatch(reason);
  });
});

describe('the cache folder', () => {
  it('is keyed by package version, Node version and architecture, under XDG_CACHE_HOME or ~/.cache', () => {
    const dir = cacheFolder({ XDG_CACHE_HOME: '/xdg' }, '/home/ana', '0.1.0', here)!;
    expect(path.dirname(dir)).toBe('/xdg/article-entities');
    expect(path.basename(dir)).toMatch(/^0\.1\.0-v22\.1\.0-x64-[0-9a-f]{8}$/);
    expect(path.dirname(cacheFolder({}, '/home/ana', '0.1.0', here)!)).toBe('/home/ana/.cache/article-entities');
    expect(path.dirname(cacheFolder({ XDG_CACHE_HOME: 'relative' }, '/home/ana', '0.1.0', here)!)).toBe('/home/ana/.cache/article-entities');
    expect(cacheFolder({}, '', '0.1.0', here)).toBeNull();
  });

  it('is another for another install or another Node binary of the same version, so that they never fight', () => {
    const a = cacheFolder({}, '/h', '0.1.0', here);
    expect(cacheFolder({}, '/h', '0.1.0', { ...here, root: '/other/pkg' })).not.toBe(a);
    expect(cacheFolder({}, '/h', '0.1.0', { ...here, execPath: '/opt/node' })).not.toBe(a);
    expect(cacheFolder({}, '/h', '0.1.0', { ...here })).toBe(a);
  });
});

describe('the start-up plan', () => {
  const local = '/pkg/dist/snapshot';
  const cache = '/cache/ae';
  const facts = (json: Record<string, unknown>, change: Partial<Facts> = {}): Facts => ({
    args: ['a.txt'], execArgv: [], env: {}, cpus: 2, here, local, cache, kindOf,
    mtimeOf: (p) => mtimes[p] ?? (p === `${local}/bundle.cjs` || p === `${cache}/startup.blob` ? 5 : undefined),
    readJson: (p) => json[p], ...change,
  });
  const cached = stamp({ inputs: { '/pkg/dist/cli/main.js': 10, [`${cache}/startup.blob`]: 5 } });

  it('starts one article from the clone\'s snapshot first, then from the cached one', () => {
    expect(planStartup(facts({ [`${local}/startup.json`]: stamp(), [`${cache}/startup.json`]: cached })))
      .toMatchObject({ run: 'snapshot', blob: `${local}/startup.blob` });
    expect(planStartup(facts({ [`${cache}/startup.json`]: cached }))).toMatchObject({ run: 'snapshot', blob: `${cache}/startup.blob` });
  });

  it('with no current snapshot runs here and builds one into the cache; not again where building failed', () => {
    expect(planStartup(facts({}))).toEqual({ run: 'here', build: cache, reason: expect.stringMatching(/building one in the background/) });
    const failed = { [`${cache}/failed.json`]: { ...stamp({ inputs: { '/pkg/dist/cli/main.js': 10 } }), reason: 'x' } };
    expect(planStartup(facts(failed))).toMatchObject({ run: 'here', build: null, reason: expect.stringMatching(/failed/) });
    const rebuilt = { [`${cache}/failed.json`]: { ...stamp({ inputs: { '/pkg/dist/cli/main.js': 3 } }), reason: 'x' } };
    expect(planStartup(facts(rebuilt))).toMatchObject({ build: cache });
    expect(planStartup(facts({}, { mtimeOf }))).toMatchObject({ build: null, reason: expect.stringMatching(/no bundle/) });
    expect(planStartup(facts({}, { cache: null }))).toMatchObject({ build: null, reason: expect.stringMatching(/no cache folder/) });
  });

  it.each<[string, Partial<Facts>, RegExp]>([
    ['a batch', { args: ['news'] }, /folder news/],
    ['ARTICLE_ENTITIES_NO_SNAPSHOT', { env: { ARTICLE_ENTITIES_NO_SNAPSHOT: '1' } }, /ARTICLE_ENTITIES_NO_SNAPSHOT/],
    ['node given options', { execArgv: ['--inspect'] }, /--inspect/],
  ])('runs %s here, building nothing, even with a current snapshot', (_, change, reason) => {
    expect(planStartup(facts({ [`${local}/startup.json`]: stamp() }, change))).toEqual({ run: 'here', build: null, reason: expect.stringMatching(reason) });
  });
});

describe('batch workers\' heaps', () => {
  it('caps a batch worker\'s old generation, and sends a long article to a worker whose heap is bigger', () => {
    expect(workerHeap(BATCH_HEAP, {})).toEqual(BATCH_HEAP);
    expect(resourceLimits(workerHeap(BATCH_HEAP, {})))
      .toEqual({ maxOldGenerationSizeMb: BATCH_HEAP.oldMb, maxYoungGenerationSizeMb: BATCH_HEAP.youngMb });
    expect(BIG_ARTICLE_HEAP.oldMb).toBeGreaterThan(BATCH_HEAP.oldMb);
    expect(BIG_ARTICLE_HEAP).toMatchObject({ maxChars: Infinity, lastResort: true }); // the last resort takes any length
  });

  it('ARTICLE_ENTITIES_WORKER_HEAP_MB caps every worker, the big article\'s too; nonsense is ignored', () => {
    const env = { ARTICLE_ENTITIES_WORKER_HEAP_MB: '16' };
    expect(workerHeap(BATCH_HEAP, env).oldMb).toBe(16);
    expect(workerHeap(BIG_ARTICLE_HEAP, env)).toEqual({ ...BIG_ARTICLE_HEAP, oldMb: 16 });
    for (const v of ['', '0', '-3', 'lots']) expect(workerHeap(BATCH_HEAP, { ARTICLE_ENTITIES_WORKER_HEAP_MB: v })).toEqual(BATCH_HEAP);
  });

  it('sets only the caps it has', () => {
    expect(resourceLimits({ oldMb: 0, youngMb: 0, maxChars: 1, lastResort: false })).toEqual({});
    expect(resourceLimits({ oldMb: 0, youngMb: 8, maxChars: 1, lastResort: false })).toEqual({ maxYoungGenerationSizeMb: 8 });
  });
});

describe('a batch worker\'s pool', () => {
  // The built pool: its workers load dist/batch/worker.js (npm test builds first; see test/robust.test.ts).
  const pool = async (): Promise<typeof import('../src/batch/pool.js')> => (await import('../dist/batch/pool.js' as string)) as never;
  const options = { types: ['countries'] as const };
  const task: Task = { kind: 'text', source: 'memo', text: 'Officials from Japan and Kenya met in Lima on Monday.' };

  it('runs an article too long for its workers on the big article\'s worker, with the same result', async () => {
    const runner = (await pool()).workerRunner(1, options, { oldMb: 0, youngMb: 0, maxChars: 10, lastResort: false });
    const got = await runner.run(task);
    await runner.close();
    expect(got).toEqual(await runTask(task, options));
  });

  it('runs the tasks of a worker that died (here: out of memory at once) again on the big article\'s worker', async () => {
    const runner = (await pool()).workerRunner(1, options, { oldMb: 4, youngMb: 0, maxChars: Infinity, lastResort: false });
    const got = await Promise.all([runner.run(task), runner.run({ ...task, source: 'memo 2' })]);
    await runner.close();
    expect(got).toEqual([await runTask(task, options), await runTask({ ...task, source: 'memo 2' }, options)]);
  });
});
