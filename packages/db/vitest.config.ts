import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '@hgcs/vitest-config';

export default mergeConfig(
  baseConfig,
  defineConfig({ test: { globalSetup: ['./src/testing/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 } }),
);
