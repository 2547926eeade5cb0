/**
 * Builds the packed library: `src/index.ts` → `dist/index.js` (ESM, with a self-contained source map) and
 * `dist/index.d.ts` (the declarations bundled into one file), and the examples → `examples/dist/*.js`, which import
 * the package by its own name so they run unchanged from an installed tarball. Inside the monorepo nothing uses
 * `dist/`: packages import the TypeScript source (`exports` → `src/index.ts`) and `publishConfig` points the packed
 * manifest at `dist/` (README, "Use it in your project"). zod and yaml stay external: they are dependencies.
 */
import { defineConfig, type UserConfig } from 'tsdown';

const shared = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  fixedExtension: false,
  clean: true,
  failOnWarn: true,
  logLevel: 'warn',
  checks: { bundlerTimings: false },
} satisfies UserConfig;

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, outDir: 'dist', dts: true, sourcemap: true },
  {
    ...shared,
    entry: ['examples/*.ts', '!examples/*.test.ts'],
    outDir: 'examples/dist',
    dts: false,
    // The examples use the package as an outside project does: never bundle it into them.
    deps: { neverBundle: ['@hgcs/domain'] },
  },
]);
