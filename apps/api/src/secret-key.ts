/**
 * The 256-bit key that seals TOTP secrets at rest (AES-256-GCM, packages/api/src/auth/secret-box.ts), kept
 * outside the database and its backups: HGCS_SECRET_KEY (base64 of 32 bytes) in production, else the file
 * `<data dir>/secret.key`, created at first start (mode 0600, written to a temporary file and linked into place so
 * processes starting together agree on one key). A key of the wrong size, or a key file others can read, stops the
 * start with one clear sentence. Losing the key means every user enrols their authenticator again.
 */
import { stat } from 'node:fs/promises';
import { ensureKeyFile } from './key-file.ts';

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

function decode(text: string, where: string): Uint8Array {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length !== 32)
    throw new SecretKeyError(
      `${where} must be the base64 of exactly 32 random bytes (e.g. \`openssl rand -base64 32\`); it decodes to ${bytes.length}.`,
    );
  return new Uint8Array(bytes);
}

/** Returns the secret key from the environment, or from its file in the data directory (created when missing). */
export async function loadSecretKey({
  dataDir,
  fromEnv,
}: {
  dataDir: string;
  fromEnv: string | undefined;
}): Promise<Uint8Array> {
  if (fromEnv) return decode(fromEnv, 'HGCS_SECRET_KEY');
  const { file, text } = await ensureKeyFile(dataDir, 'secret.key', (bytes) => `${bytes.toString('base64')}\n`);
  if (((await stat(file)).mode & 0o077) !== 0)
    throw new SecretKeyError(`${file} can be read by other users; run \`chmod 600 ${file}\` and start again.`);
  return decode(text, file);
}
