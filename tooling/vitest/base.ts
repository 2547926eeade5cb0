/** Shared vitest preset: node environment, v8 line coverage of src/, and a guard that we run on Node ≥ 24. */
import { defineConfig } from 'vitest/config';

export const baseConfig = defineConfig({
  test: {
    environment: 'node',
    // Generous: the whole suite runs in parallel on 2 cores; speed is measured in benchmarks, never in tests.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    coverage: { provider: 'v8', include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'], reporter: ['text-summary'] },
  },
});
