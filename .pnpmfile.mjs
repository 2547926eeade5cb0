/**
 * pnpm hooks. `beforePacking` shapes the manifest of a packed tarball (today only `@hgcs/domain` is packed, see
 * packages/domain/README.md): no devDependencies (the monorepo's tooling must not leak) and no scripts (they
 * only make sense in the workspace); runtime dependencies pinned by the catalog become caret ranges, so an outside
 * project can share its own zod/yaml of the same major version. The lockfile records this file's checksum: after
 * editing it, run `pnpm install` and commit pnpm-lock.yaml, or `pnpm install --frozen-lockfile` refuses to run.
 */
const exact = /^\d+\.\d+\.\d+$/;

/** @param {Record<string, any>} pkg */
function beforePacking(pkg) {
  delete pkg.devDependencies;
  delete pkg.scripts;
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (exact.test(range)) pkg.dependencies[name] = `^${range}`;
  }
  return pkg;
}

export const hooks = { beforePacking };
