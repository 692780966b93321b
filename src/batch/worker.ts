import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Task, type TaskOptions } from './task.js';

// A batch worker: receives {seq, task}, answers {seq, result}. The options are fixed for the worker's life.
const options = workerData as TaskOptions;
parentPort?.on('message', (message: { seq: number; task: Task }) => {
  void runTask(message.task, options).then((result) => parentPort?.postMessage({ seq: message.seq, result }));
});
