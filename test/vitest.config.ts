import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

// The CLI tests spawn the built program (compromise loads in each process), so they get generous time;
// speed is measured by `npm run bench`, never by test timeouts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A file of CLI tests mostly waits on the processes it starts, so files run side by side on every CPU (vitest's
    // default keeps one CPU free: on two, it runs the files one after another).
    maxWorkers: Math.max(2, availableParallelism()),
    // One module graph per worker, not per file: each file would otherwise load compromise and its lexicon again
    // (about a second of CPU each). No test changes module state or mocks a module.
    isolate: false,
    // The built CLI that tests run in-process (helpers.ts, cliHere) loads as Node loads it for bin/, not through
    // vitest's transform: the code a user runs, and about a second of CPU less per worker.
    server: { deps: { external: [new RegExp(`^${DIST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
