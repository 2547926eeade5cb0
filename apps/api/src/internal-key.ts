/**
 * The secret the API shares with the console and kiosk servers, so it can believe the client address they pass
 * on: HGCS_INTERNAL_KEY when set, else `<data dir>/internal.key`, created at first start (256 random bits, mode
 * 0600). Creation is atomic (write a temporary file, then link it into place), so servers starting together
 * agree on one key.
 */
import { ensureKeyFile } from './key-file.ts';

/** Returns the internal key, creating its file when there is none. */
export async function loadInternalKey({
  dataDir,
  fromEnv,
}: {
  dataDir: string;
  fromEnv: string | undefined;
}): Promise<string> {
  if (fromEnv) return fromEnv;
  return (await ensureKeyFile(dataDir, 'internal.key', (bytes) => bytes.toString('base64url'))).text.trim();
}
