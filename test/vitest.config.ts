import { defineConfig } from 'vitest/config';

// The CLI tests spawn the built program (compromise loads in each process), so they get generous time;
// speed is measured by `npm run bench`, never by test timeouts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
