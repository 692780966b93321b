import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Task, type TaskOptions } from './task.js';

// A batch worker: receives {seq, task}, answers {seq, result}. The options, and the longest article it takes (its
// heap is capped: src/batch/heap.ts), are fixed for the worker's life.
const { options, maxChars } = workerData as { options: TaskOptions; maxChars: number | null };
parentPort?.on('message', (message: { seq: number; task: Task }) => {
  void runTask(message.task, options, maxChars ?? Infinity).then((result) => parentPort?.postMessage({ seq: message.seq, result }));
});
