/**
 * At start-up: seals any TOTP secret still stored as plain base32 (databases from before secrets were encrypted)
 * and checks that the configured key opens the sealed ones — a wrong key stops the start with a clear message
 * instead of failing every sign-in later.
 */
import { listTotpSecrets, rewriteTotpSecrets, type Db } from '@hgcs/db';
import { isSealed, openSecret, sealSecret } from './secret-box.ts';

/** Returns how many legacy secrets were sealed; throws SecretKeyMismatchError when the key is not the right one. */
export async function prepareTotpSecrets(db: Db, key: Uint8Array): Promise<{ sealed: number }> {
  let sealed = 0;
  for (const row of await listTotpSecrets(db)) {
    const fix = (v: string | null) =>
      v === null ? null : isSealed(v) ? (openSecret(key, v, row.id), v) : sealSecret(key, v, row.id);
    const next = { totpSecret: fix(row.totpSecret), totpPendingSecret: fix(row.totpPendingSecret) };
    if (next.totpSecret !== row.totpSecret || next.totpPendingSecret !== row.totpPendingSecret) {
      await rewriteTotpSecrets(db, row.id, next);
      sealed++;
    }
  }
  return { sealed };
}
