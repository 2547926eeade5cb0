/**
 * The 256-bit key that seals TOTP secrets at rest (AES-256-GCM, packages/api/src/auth/secret-box.ts), kept
 * outside the database and its backups: HGCS_SECRET_KEY (base64 of 32 bytes) in production, else the file
 * `<data dir>/secret.key`, created at first start (mode 0600, written to a temporary file and linked into place so
 * processes starting together agree on one key). A key of the wrong size, or a key file others can read, stops the
 * start with one clear sentence. Losing the key means every user enrols their authenticator again.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

function decode(text: string, where: string): Uint8Array {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length !== 32) throw new SecretKeyError(`${where} must be the base64 of exactly 32 random bytes (e.g. \`openssl rand -base64 32\`); it decodes to ${bytes.length}.`);
  return new Uint8Array(bytes);
}

/** Returns the secret key from the environment, or from its file in the data directory (created when missing). */
export async function loadSecretKey({ dataDir, fromEnv }: { dataDir: string; fromEnv: string | undefined }): Promise<Uint8Array> {
  if (fromEnv) return decode(fromEnv, 'HGCS_SECRET_KEY');
  const file = join(dataDir, 'secret.key');
  const existing = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
  if (existing === null) {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flush: true });
    try {
      await link(temporary, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await unlink(temporary);
    }
  }
  if (((await stat(file)).mode & 0o077) !== 0) throw new SecretKeyError(`${file} can be read by other users; run \`chmod 600 ${file}\` and start again.`);
  return decode(await readFile(file, 'utf8'), file);
}
