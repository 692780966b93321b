import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { BATCH_HEAP, BIG_ARTICLE_HEAP, resourceLimits, workerHeap, type WorkerHeap } from './heap.js';
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
      if (await isHeavy(task)) return (isolated ??= workerRunner(1, options, BIG_ARTICLE_HEAP)).run(task);
      return (await (loaded ??= import('./task.js'))).runTask(task, options);
    },
    close: async () => { await isolated?.close(); },
  };
}

/** An article over this many characters (or bytes, for a file) is big enough to be worth its own worker. */
export const HEAVY_INPUT = 1 << 20;

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

/** Tasks a worker holds at once: its next article is already there when it finishes one, however busy this thread. */
const DEPTH = 2;

/**
 * At most `size` worker threads, started as tasks come, each holding up to DEPTH tasks, with the heap `heap`
 * (src/batch/heap.ts). A task too big for that heap, and every task a dying worker held (out of memory, a crash in
 * native code), runs again on a worker of its own with the big article's heap; where it fails again (or this is
 * that worker), only that task fails. A dead worker is replaced.
 */
export function workerRunner(size: number, options: TaskOptions, heap: WorkerHeap = BATCH_HEAP): Runner {
  const url = new URL('./worker.js', import.meta.url);
  const limits = workerHeap(heap, process.env);
  const held = new Map<Worker, Map<number, Pending>>();
  const queue: Pending[] = [];
  let seq = 0;
  let closing = false;
  let big: Runner | undefined;
  const dead = new WeakSet<Worker>();

  const elsewhere = (p: Pending, reason: string): void => {
    if (limits.lastResort || closing) {
      p.resolve({ ok: false, error: `${p.task.kind === 'file' ? p.task.path : p.task.source}: extraction failed: ${reason}` });
      return;
    }
    void (big ??= workerRunner(1, options, BIG_ARTICLE_HEAP)).run(p.task).then(p.resolve);
  };
  const spawn = (): void => {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(url, { workerData: { options, maxChars: limits.maxChars }, resourceLimits: resourceLimits(limits) });
    held.set(worker, new Map());
    worker.on('message', (m: { seq: number; result: TaskResult }) => {
      const mine = held.get(worker);
      const p = mine?.get(m.seq);
      mine?.delete(m.seq);
      if (p) {
        if (!m.result.ok && m.result.tooBig) elsewhere(p, m.result.error);
        else p.resolve(m.result);
      }
      dispatch();
    });
    worker.on('error', (err) => fail(worker, err.message));
    worker.on('exit', (code) => { if (!closing) fail(worker, `worker stopped (exit code ${code})`); });
  };
  const fail = (worker: Worker, reason: string): void => {
    if (dead.has(worker)) return; // 'error' is followed by 'exit': handle the death once
    dead.add(worker);
    const mine = held.get(worker);
    held.delete(worker);
    for (const p of mine?.values() ?? []) elsewhere(p, reason);
    void worker.terminate();
    if (!closing) dispatch();
  };
  const dispatch = (): void => {
    for (;;) {
      if (!queue.length) return;
      let least: Worker | undefined;
      let fewest = DEPTH;
      for (const [w, mine] of held) if (mine.size < fewest) { least = w; fewest = mine.size; }
      // Workers start as work arrives, up to `size`: one JSON line never starts 32 of them.
      if ((!least || fewest > 0) && held.size < size) { spawn(); continue; }
      if (!least) return;
      const p = queue.shift()!;
      held.get(least)!.set(p.seq, p);
      least.postMessage({ seq: p.seq, task: p.task });
    }
  };
  return {
    run: (task) => new Promise<TaskResult>((resolve) => {
      queue.push({ seq: seq++, task, resolve });
      dispatch();
    }),
    close: async () => {
      closing = true;
      await Promise.all([...held.keys()].map((w) => w.terminate()));
      await big?.close();
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
