/**
 * Helpers of packed-package.test.ts: pack `@hgcs/domain` the way a release would (`pnpm pack`, whose `prepack`
 * builds with tsdown), then install the tarball into a plain Node project outside the monorepo and run things there
 * with the same Node as the tests. pnpm installs zod and yaml from its store (the registry only when missing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The environment of a command run outside the monorepo: none of the workspace's npm_/pnpm_ variables. */
export function outsideEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key)));
}

/** `pnpm pack` into a fresh temp dir; returns the tarball's path. */
export function packDomain(): string {
  const dest = mkdtempSync(join(tmpdir(), 'hgcs-domain-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: packageDir, stdio: 'pipe' });
  const [tarball, ...others] = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  if (!tarball || others.length > 0) throw new Error(`expected one tarball in ${dest}`);
  return join(dest, tarball);
}

/** Every path in a tarball, without the `package/` prefix npm puts in front. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^package\//, ''))
    .sort();
}

/** A plain Node project (ESM, no workspace) in a fresh temp dir that depends on the tarball, installed with pnpm. */
export function installConsumer(tarball: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-domain-consumer-'));
  const manifest = {
    name: 'domain-consumer',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { '@hgcs/domain': `file:${tarball}` },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  execFileSync('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--reporter', 'append-only'], {
    cwd: dir,
    env: outsideEnv(),
    stdio: 'pipe',
  });
  return dir;
}

/** Runs a script with plain `node` (the tests' own Node binary) in `cwd`; throws with its stderr when it fails. */
export function runNode(cwd: string, args: string[]): string {
  return execFileSync(process.execPath, args, {
    cwd,
    env: outsideEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The names a bundled declaration file exports (`export { a, b as c, type D }` and `export declare …`). */
export function declaredExports(dts: string): Set<string> {
  const names = new Set<string>();
  for (const block of dts.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of block[1]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  for (const m of dts.matchAll(/^export\s+declare\s+(?:const|function|class|type|interface|enum)\s+([A-Za-z0-9_$]+)/gm))
    names.add(m[1]!);
  return names;
}
