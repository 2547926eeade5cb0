/**
 * The secret the API shares with the console and kiosk servers, so it can believe the client address they pass
 * on: HGCS_INTERNAL_KEY when set, else `<data dir>/internal.key`, created at first start (256 random bits, mode
 * 0600). Creation is atomic (write a temporary file, then link it into place), so servers starting together
 * agree on one key.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Returns the internal key, creating its file when there is none. */
export async function loadInternalKey({ dataDir, fromEnv }: { dataDir: string; fromEnv: string | undefined }): Promise<string> {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'internal.key');
  const existing = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
  if (existing?.trim()) return existing.trim();
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, randomBytes(32).toString('base64url'), { mode: 0o600, flush: true });
  try {
    await link(temporary, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await unlink(temporary);
  }
  return (await readFile(file, 'utf8')).trim();
}
