import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretKey } from '../src/secret-key.ts';

describe('the secret key', () => {
  it('is created once in the data directory with mode 0600 and read back the same', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'hgcs-key-')), 'data');
    const [a, b] = await Promise.all([
      loadSecretKey({ dataDir, fromEnv: undefined }),
      loadSecretKey({ dataDir, fromEnv: undefined }),
    ]);
    expect(a).toHaveLength(32);
    expect(Buffer.from(b)).toEqual(Buffer.from(a));
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await loadSecretKey({ dataDir, fromEnv: undefined }))).toEqual(Buffer.from(a));
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim()).toBe(Buffer.from(a).toString('base64'));
  });
  it('comes from HGCS_SECRET_KEY when set, and refuses a key of the wrong size with a clear sentence', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(Buffer.from(await loadSecretKey({ dataDir: '/nonexistent', fromEnv: key }))).toEqual(Buffer.alloc(32, 7));
    await expect(loadSecretKey({ dataDir: '/nonexistent', fromEnv: 'c2hvcnQ=' })).rejects.toThrow(
      /HGCS_SECRET_KEY must be the base64 of exactly 32 random bytes/,
    );
  });
  it('refuses a key file other users can read', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hgcs-key-'));
    writeFileSync(join(dataDir, 'secret.key'), Buffer.alloc(32, 1).toString('base64'));
    chmodSync(join(dataDir, 'secret.key'), 0o644);
    await expect(loadSecretKey({ dataDir, fromEnv: undefined })).rejects.toThrow(/chmod 600/);
  });
});
