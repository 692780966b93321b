// How big a batch worker's heap may grow, and which articles are too big for it: pure decisions, read by pool.ts.

/**
 * A worker's V8 heap caps in MiB (0: V8's own default), the longest article (characters) it takes, and whether it
 * is the last resort: a task that fails on it fails, where on another it runs again on the big article's worker.
 */
export interface WorkerHeap {
  oldMb: number;
  youngMb: number;
  maxChars: number;
  lastResort: boolean;
}

/**
 * A batch worker: the lexicon and the warmed-up code take about 20 MiB of old generation, and an ordinary article
 * (a few KiB) adds little that lives; but uncapped, V8 lets garbage pile up in both generations. Peak RSS of the
 * whole process over 3,000 articles with -j 2: uncapped 326 MiB; old generation capped at 64 MiB, 212 MiB at the
 * same CPU; with the young generation at 24 / 16 / 8 MiB, 200 / 192 / 174 MiB. Over 10,000 articles: uncapped 361
 * MiB, young at 16 MiB 201 MiB, at 12 MiB 176 MiB. A smaller young generation is collected more often: more CPU
 * (about 15-20% over 10,000 articles, in runs on a loaded machine). An article above maxChars goes to the big
 * article's worker (a 250 KiB one runs within these caps).
 */
export const BATCH_HEAP: WorkerHeap = { oldMb: 64, youngMb: 12, maxChars: 256 * 1024, lastResort: false };

/**
 * The big article's worker: its live data is small (the text, the result so far, one piece's parse), but an
 * unbounded heap lets each piece's garbage pile up before V8 collects it: 2 MiB took 370 MiB, 8 MiB 500 MiB, and a
 * 384 MiB cap still let a 16 MiB article reach 572 MiB.
 */
export const BIG_ARTICLE_HEAP: WorkerHeap = { oldMb: 256, youngMb: 0, maxChars: Infinity, lastResort: true };

/**
 * The heap a worker gets: `ARTICLE_ENTITIES_WORKER_HEAP_MB` (for a machine with little memory) caps the old
 * generation of every worker, the big article's included; past it, that worker's article fails.
 */
export function workerHeap(base: WorkerHeap, env: NodeJS.ProcessEnv): WorkerHeap {
  const mb = Number(env.ARTICLE_ENTITIES_WORKER_HEAP_MB);
  return Number.isFinite(mb) && mb > 0 ? { ...base, oldMb: mb } : base;
}

/** Worker options' resourceLimits for a heap (only the caps that are set). */
export function resourceLimits(heap: WorkerHeap): { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number } {
  return {
    ...(heap.oldMb > 0 ? { maxOldGenerationSizeMb: heap.oldMb } : {}),
    ...(heap.youngMb > 0 ? { maxYoungGenerationSizeMb: heap.youngMb } : {}),
  };
}
