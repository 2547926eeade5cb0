import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '@hgcs/vitest-config';

export default mergeConfig(
  baseConfig,
  defineConfig({ test: { globalSetup: ['@hgcs/db/testing/global-setup'], testTimeout: 60_000, hookTimeout: 120_000 } }),
);
