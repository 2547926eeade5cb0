/**
 * Secrets at rest (TOTP secrets): AES-256-GCM from node:crypto under a 256-bit key kept outside the database
 * (the host loads it: a key file in the data directory or HGCS_SECRET_KEY). A sealed value reads
 * `v1.<iv>.<tag>.<ciphertext>` (base64url; 96-bit random IV, 128-bit tag); the user id is bound in as
 * additional data, so a sealed secret copied onto another account does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const prefix = 'v1.';

/** The key is not the one the secret was sealed with (or the value was altered): the host's configuration is wrong. */
export class SecretKeyMismatchError extends Error {
  constructor() {
    super(
      'A stored TOTP secret cannot be decrypted: the secret key (HGCS_SECRET_KEY or <data dir>/secret.key) is not the key it was sealed with. Restore the original key; do not generate a new one.',
    );
    this.name = 'SecretKeyMismatchError';
  }
}

/** True when a stored value is sealed (not a legacy plain base32 secret). */
export function isSealed(value: string): boolean {
  return value.startsWith(prefix);
}

/** Seals `plain` for the record `context` (the user id). */
export function sealSecret(key: Uint8Array, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return prefix + [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** Opens a sealed value; throws SecretKeyMismatchError when the key or the context does not match. */
export function openSecret(key: Uint8Array, sealed: string, context: string): string {
  const [iv, tag, body] = sealed
    .slice(prefix.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  if (!isSealed(sealed) || !iv || !tag || !body || iv.length !== 12 || tag.length !== 16)
    throw new SecretKeyMismatchError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyMismatchError();
  }
}
