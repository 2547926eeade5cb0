import { defineConfig } from 'vitest/config';

// Browser suites: one real PostgreSQL for the run, the built apps as real processes, Chromium from Debian.
// Timeouts are sized for a loaded 2-core machine (the whole `pnpm test` runs beside them); speed is a benchmark's job.
export default defineConfig({
  test: { include: ['test/**/*.e2e.test.ts'], globalSetup: ['@hgcs/db/testing/global-setup'], testTimeout: 240_000, hookTimeout: 180_000, fileParallelism: false },
});
