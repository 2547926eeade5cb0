import { defineConfig } from 'vitest/config';

// Browser suites: one real PostgreSQL for the run, the built apps as real processes, Chromium from Debian.
export default defineConfig({
  test: { include: ['test/**/*.e2e.test.ts'], globalSetup: ['@hgcs/db/testing/global-setup'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
