import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Task, TaskOptions, TaskResult } from './task.js';

// Loaded when a pool starts, not with this module: the CLI's start-up snapshot (src/startup/build-snapshot.mjs) holds
// this module, and Node 20 starts no worker from a snapshot that loaded node:worker_threads while it was built.
const require = createRequire(import.meta.url);

/** Runs tasks somewhere and resolves with their results. */
export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/**
 * Runs tasks on this thread: for a few articles, where starting workers costs more than it saves. The NLP modules
 * load on first use, so a batch run on workers never loads them on the main thread as well.
 */
export function inlineRunner(options: TaskOptions): Runner {
  let loaded: Promise<typeof import('./task.js')> | undefined;
  // A big article runs on a worker of its own: should its extraction still run out of memory, only that article
  // fails (the main thread would take the whole run down with it).
  let isolated: Runner | undefined;
  return {
    run: async (task) => {
      if (await isHeavy(task)) return (isolated ??= workerRunner(1, options, HEAVY_HEAP_MB)).run(task);
      return (await (loaded ??= import('./task.js'))).runTask(task, options);
    },
    close: async () => { await isolated?.close(); },
  };
}

/** An article over this many characters (or bytes, for a file) is big enough to be worth its own worker. */
export const HEAVY_INPUT = 1 << 20;
// The big article's worker heap (MiB). Its live data is small (the text, the result so far, one piece's parse), but
// an unbounded heap lets each piece's garbage pile up before V8 collects it: 2 MiB took 370 MiB, 8 MiB 500 MiB, and a
// 384 MiB cap still let a 16 MiB article reach 572 MiB.
const HEAVY_HEAP_MB = 256;

async function isHeavy(task: Task): Promise<boolean> {
  if (task.kind === 'text') return task.text.length > HEAVY_INPUT;
  try {
    return (await stat(task.path)).size > HEAVY_INPUT;
  } catch {
    return false; // the read reports it
  }
}

interface Pending {
  seq: number;
  task: Task;
  resolve: (r: TaskResult) => void;
}

/**
 * At most `size` worker threads, started as tasks come, each given one task at a time. A worker that dies (out of memory, a crash in
 * native code) fails only the task it held, and is replaced.
 */
export function workerRunner(size: number, options: TaskOptions, defaultHeapMb = 0): Runner {
  const url = new URL('./worker.js', import.meta.url);
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let seq = 0;
  let closing = false;
  const dead = new WeakSet<Worker>();
  // A cap on each worker's heap (MiB), for a machine with little memory: past it, that worker's article fails.
  const heapMb = Number(process.env.ARTICLE_ENTITIES_WORKER_HEAP_MB) || defaultHeapMb;

  const spawn = (): void => {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(url, { workerData: options, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
    worker.on('message', (m: { seq: number; result: TaskResult }) => {
      const p = busy.get(worker);
      busy.delete(worker);
      if (p && p.seq === m.seq) p.resolve(m.result);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => fail(worker, err.message));
    worker.on('exit', (code) => { if (!closing) fail(worker, `worker stopped (exit code ${code})`); });
    idle.push(worker);
  };
  const fail = (worker: Worker, reason: string): void => {
    if (dead.has(worker)) return; // 'error' is followed by 'exit': handle the death once
    dead.add(worker);
    const p = busy.get(worker);
    busy.delete(worker);
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
    if (p) p.resolve({ ok: false, error: `${p.task.kind === 'file' ? p.task.path : p.task.source}: extraction failed: ${reason}` });
    void worker.terminate();
    if (!closing) dispatch();
  };
  const dispatch = (): void => {
    // Workers start as work arrives, up to `size`: one JSON line never starts 32 of them.
    while (queue.length > idle.length && idle.length + busy.size < size) spawn();
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const p = queue.shift()!;
      busy.set(worker, p);
      worker.postMessage({ seq: p.seq, task: p.task });
    }
  };
  return {
    run: (task) => new Promise<TaskResult>((resolve) => {
      queue.push({ seq: seq++, task, resolve });
      dispatch();
    }),
    close: async () => {
      closing = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}

/**
 * Runs tasks with at most `window` in flight and yields results in input order: memory stays bounded whatever the
 * batch size, and output order never depends on which worker finished first. A result is yielded as soon as it and
 * every result before it are done, while later inputs are still being read: a stream (`tail -f feed.jsonl |`) gets
 * each line's result without waiting for more lines. An item without a task (an input that could not be read)
 * passes through in its place as a failure.
 */
export async function* runOrdered<T extends { task: Task | null; error?: string }>(
  items: AsyncIterable<T> | Iterable<T>,
  runner: Runner,
  window: number,
): AsyncGenerator<[T, TaskResult]> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const inFlight: { item: T; result?: TaskResult; done: Promise<void> }[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let ended = false;
  try {
    for (;;) {
      while (inFlight[0]?.result) {
        const head = inFlight.shift()!;
        yield [head.item, head.result!];
      }
      if (ended && !inFlight.length) return;
      if (ended || inFlight.length >= window) {
        await inFlight[0]!.done;
        continue;
      }
      next ??= source.next();
      // Whichever comes first: the next input, or the oldest result (which may be written at once).
      const got = await Promise.race([next, ...(inFlight.length ? [inFlight[0]!.done.then(() => null)] : [])]);
      if (got === null) continue;
      next = null;
      if (got.done) { ended = true; continue; }
      const item = got.value;
      const entry: (typeof inFlight)[number] = { item, done: Promise.resolve() };
      const outcome = item.task ? runner.run(item.task)
        : Promise.resolve<TaskResult>({ ok: false, error: item.error ?? 'unreadable input' });
      entry.done = outcome.then((r) => { entry.result = r; });
      inFlight.push(entry);
    }
  } finally {
    // Not awaited: a read still pending (a quiet stdin) would hold the caller until the next line came.
    if (!ended) source.return?.()?.catch(() => {});
  }
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}
