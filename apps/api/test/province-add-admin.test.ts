/**
 * `pnpm province:add-admin` end to end: the real command, spawned, against a real PostgreSQL (DATABASE_URL): it
 * creates the province's first administrator once (username and one-time setup password printed), refuses bad input
 * with a clear message, and an unknown province unless it is named.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bootstrap } from '@hgcs/api';
import { findUserByUsername, getProvince } from '@hgcs/db';
import { createTestDatabase, type TestDatabase } from '@hgcs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await bootstrap(t.db, { setupPasswordOverride: 'setup-pass-for-tests-1' });
});
afterAll(() => t.close());

async function provinceAddAdmin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: t.url, MIGRATION_DATABASE_URL: t.owner.url };
  try {
    const { stdout, stderr } = await promisify(execFile)('pnpm', ['--silent', 'province:add-admin', ...args], {
      cwd: root,
      env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// Each case spawns the real command (pnpm, then node) two or three times: seconds each on a loaded machine.
describe('pnpm province:add-admin', { timeout: 180_000 }, () => {
  it('refuses bad input and an unknown province with one clear message, writing nothing', async () => {
    expect(await provinceAddAdmin()).toMatchObject({ code: 1, stderr: expect.stringContaining('Thiếu --province') });
    expect(await provinceAddAdmin('--province', '5')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Mã tỉnh gồm 2 chữ số'),
    });
    expect(await provinceAddAdmin('--province', '99')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Chưa có tỉnh mã 99'),
    });
    expect(await findUserByUsername(t.db, 'admin.tinh99')).toBeUndefined();
  });
  it('creates the province administrator of a known province once, printing the setup password once', async () => {
    const first = await provinceAddAdmin('--province', '52');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Tỉnh Gia Lai');
    expect(first.stdout).toContain('admin.tinh52');
    const password = /temporary password, first sign-in only: (\S+)/.exec(first.stdout)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await findUserByUsername(t.db, 'admin.tinh52')).toMatchObject({
      role: 'province_admin',
      communeId: null,
      provinceCode: '52',
      mustChangePassword: true,
      totpEnabled: false,
    });
    const again = await provinceAddAdmin('--province', '52');
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('đã có; không thay đổi gì') });
    expect(again.stdout).not.toContain(password!);
  });
  it('creates a new province from its name', async () => {
    expect((await provinceAddAdmin('--province', '54', '--name', 'Tỉnh Phú Yên')).code).toBe(0);
    expect(await getProvince(t.db, '54')).toEqual({ code: '54', name: 'Tỉnh Phú Yên' });
    expect(await findUserByUsername(t.db, 'admin.tinh54')).toMatchObject({
      role: 'province_admin',
      provinceCode: '54',
    });
  });
});
