/**
 * Where evidence files live: outside any web root, under `<dir>/<commune>/<random id>`, named by a random key
 * (never the user's file name). The API host gives the directory; tests give a temporary one.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type EvidenceStore = { put: (key: string, bytes: Uint8Array) => Promise<void>; get: (key: string) => Promise<Uint8Array> };

/** A store on the local disk; writes are flushed before the database row that points at them is committed. */
export function diskEvidenceStore(dir: string): EvidenceStore {
  const pathOf = (key: string) => {
    if (!/^\d{5}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad evidence key');
    return join(dir, key);
  };
  return {
    put: async (key, bytes) => {
      await mkdir(join(dir, key.split('/')[0]!), { recursive: true, mode: 0o700 });
      await writeFile(pathOf(key), bytes, { mode: 0o600, flush: true });
    },
    get: (key) => readFile(pathOf(key)),
  };
}
