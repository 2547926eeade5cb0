import { expect, it } from 'vitest';

// toolchain.md: a bin shim called directly runs the machine's Node 20; every command must go through pnpm (Node 24).
it('runs on Node 24 or newer', () => {
  const major = Number(process.versions.node.split('.')[0]);
  expect(major).toBeGreaterThanOrEqual(24);
});
