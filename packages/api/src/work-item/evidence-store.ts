/**
 * Where evidence files live: outside any web root, under `<dir>/<commune>/<random id>`, named by a random key
 * (never the user's file name). A file is first written (and flushed) under a temporary name in the same folder,
 * then moved into place only once the database row that points at it has been committed; a rolled-back
 * transaction or a failed write leaves nothing behind. The API host gives the directory; tests give a temporary one.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@hgcs/domain';

/** A file written under a temporary name: `commit` moves it into place, `discard` removes it. */
export type StagedFile = { commit: () => Promise<void>; discard: () => Promise<void> };

export type EvidenceStore = {
  stage: (key: string, bytes: Uint8Array) => Promise<StagedFile>;
  get: (key: string) => Promise<Uint8Array>;
};

type WriteFile = (path: string, bytes: Uint8Array, options: { mode: number; flush: boolean }) => Promise<void>;

/**
 * A store on the local disk. `write` is for tests that simulate a full disk.
 * @example const staged = await store.stage(key, bytes); await commitRow(); await staged.commit();
 */
export function diskEvidenceStore(
  dir: string,
  { write = writeFile as WriteFile }: { write?: WriteFile } = {},
): EvidenceStore {
  const pathOf = (key: string) => {
    if (!/^\d{5}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad evidence key');
    return join(dir, key);
  };
  return {
    stage: async (key, bytes) => {
      const path = pathOf(key);
      const temporary = join(dir, key.split('/')[0]!, `.${randomUUID()}.part`);
      await mkdir(join(dir, key.split('/')[0]!), { recursive: true, mode: 0o700 });
      try {
        await write(temporary, bytes, { mode: 0o600, flush: true });
      } catch (error) {
        await rm(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOSPC' || code === 'EDQUOT') throw new DomainError('EVIDENCE.DISK_FULL');
        throw error;
      }
      return { commit: () => rename(temporary, path), discard: () => rm(temporary, { force: true }) };
    },
    get: (key) => readFile(pathOf(key)),
  };
}
