/**
 * The headers that tell the API who the console's client is (for its rate limits): the client's address and the
 * key shared with the API (HGCS_INTERNAL_KEY, else `<data dir>/internal.key`, which the API creates at its first
 * start). The file is read when first needed and again until it exists; without a key the address is not sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HGCS_DATA_DIR, HGCS_INTERNAL_KEY } from '$app/env/private';

let key: string | null = HGCS_INTERNAL_KEY;

function internalKey(): string | null {
  if (key || !HGCS_DATA_DIR) return key;
  try {
    key = readFileSync(join(HGCS_DATA_DIR, 'internal.key'), 'utf8').trim() || null;
  } catch {
    key = null;
  }
  return key;
}

/** `x-hgcs-client` and `x-hgcs-internal-key` for a request on behalf of `client`, or nothing without a key. */
export function clientHeaders(client: string | null): Record<string, string> {
  const secret = internalKey();
  return secret && client ? { 'x-hgcs-client': client, 'x-hgcs-internal-key': secret } : {};
}
