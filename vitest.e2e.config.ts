import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the BUILT extension (`npm run build` first) in Debian's Chromium.
 * One browser for all tests, run one file at a time: the machine is small and the tests
 * share the extension's state on purpose (settings written by one are read by the next).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
