import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'hgcs-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('connects the product as the app role, with its password kept beside the data (0600), on every start', async () => {
  for (let start = 0; start < 2; start++) {
    const database = await openDatabase({ dataDir: dir });
    try {
      const { rows } = await database.pool.query(
        `select current_user as me, rolsuper from pg_roles where rolname = current_user`,
      );
      expect(rows[0]).toEqual({ me: 'hgcs_app', rolsuper: false });
      expect(new URL(database.url).username).toBe('hgcs_app');
      await expect(database.pool.query('truncate audit_log')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await database.close();
    }
  }
  expect(statSync(join(dir, 'app-password')).mode & 0o777).toBe(0o600);
}, 180_000);
