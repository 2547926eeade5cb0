import { defineConfig } from 'vitest/config';

// Browser suites: one real PostgreSQL for the run, the built apps as real processes, Chromium from Debian.
// Timeouts are sized for a loaded 2-core machine (the whole `pnpm test` runs beside them); speed is a benchmark's job.
// expect.poll waits as long as one browser step (its default, 1 s, failed adding a commune on a loaded machine).
// No `bail`: a failing test never stops the others; users sign in inside the tests that need them (lazy-session.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['@hgcs/db/testing/global-setup'],
    testTimeout: 240_000,
    hookTimeout: 360_000,
    fileParallelism: false,
    expect: { poll: { timeout: 90_000, interval: 250 } },
  },
});
