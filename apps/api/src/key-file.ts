/**
 * A key kept in a file of the data directory, created at first start: 256 random bits written to a temporary file
 * (mode 0600) and linked into place, so processes starting together agree on one key. Used for the secret key
 * (secret-key.ts) and the internal key (internal-key.ts).
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file's text, after creating it with `encode(32 random bytes)` when it did not exist. Returns its path too. */
export async function ensureKeyFile(
  dataDir: string,
  name: string,
  encode: (bytes: Buffer) => string,
): Promise<{ file: string; text: string }> {
  const file = join(dataDir, name);
  const existing = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) =>
    e.code === 'ENOENT' ? null : Promise.reject(e),
  );
  if (existing?.trim()) return { file, text: existing };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, encode(randomBytes(32)), { mode: 0o600, flush: true });
  try {
    await link(temporary, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await unlink(temporary);
  }
  return { file, text: await readFile(file, 'utf8') };
}
