/**
 * `pnpm commune:add` end to end: the real command, spawned, against a real embedded PostgreSQL in a temporary data
 * directory — started by the command itself when nothing runs, and shared with a running product (this test holds
 * the server open the way the API does) when something does.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  getCommune,
  listAgencies,
  listVillages,
  openDatabase,
  getPlanTree,
  listWorkItems,
  type OpenDatabase,
} from '@hgcs/db';
import { poToPlan, systemScope } from '@hgcs/domain';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const poToFile = readFileSync(join(root, 'packages/domain/src/plan/plans/po-to.plan.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'hgcs-commune-add-'));
chmodSync(work, 0o755); // run as root, PostgreSQL's own user must reach the data here (else it is kept in /var/lib/hgcs)
const dataDir = join(work, 'data');
const planFor = (code: string) => {
  const path = join(work, `${code}.plan.yaml`);
  writeFileSync(path, poToFile.replace('communeCode: "24013"', `communeCode: "${code}"`));
  return path;
};

/** Runs `pnpm commune:add …` from the repository root; never throws. */
async function communeAdd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, HGCS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)('pnpm', ['--silent', 'commune:add', ...args], {
      cwd: root,
      env,
      timeout: 150_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
const identity = (code: string, name: string) => ['--code', code, '--name', name, '--province', 'Tỉnh Gia Lai'];

let product: OpenDatabase | undefined;
afterAll(async () => {
  await product?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('pnpm commune:add', () => {
  it('refuses bad input with a clear message and the line of a file problem, before touching any database', async () => {
    const path = planFor('24014');
    const lines = readFileSync(path, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('leadAgency: economy'));
    writeFileSync(
      join(work, 'bad.plan.yaml'),
      lines.map((l, i) => (i === at ? l.replace('economy', 'kinh_te') : l)).join('\n'),
    );
    const bad = await communeAdd(
      ...identity('24014', 'Xã Ia Phí'),
      '--province-code',
      '52',
      '--plan',
      join(work, 'bad.plan.yaml'),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`dòng ${at + 1}: plan.groups[`);
    expect(bad.stderr).toContain('Cơ quan "kinh_te" không có trong danh sách');
    const code = await communeAdd(
      '--code',
      '2401',
      '--name',
      'Xã Ia Phí',
      '--province',
      'Tỉnh Gia Lai',
      '--province-code',
      '52',
      '--plan',
      path,
    );
    expect(code).toMatchObject({ code: 1, stderr: expect.stringContaining('--code: Mã xã gồm 5 chữ số') });
    const other = await communeAdd(...identity('24015', 'Xã Ia Phí'), '--province-code', '52', '--plan', path);
    expect(other).toMatchObject({ code: 1, stderr: expect.stringContaining('đang thêm xã 24015') });
    expect(await communeAdd('--code', '24014')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Thiếu --name, --province, --plan'),
    });
  }, 200_000);

  it('adds a commune when the product is not running, prints its unique admin once, and is idempotent', async () => {
    const first = await communeAdd(
      ...identity('24014', 'Xã Ia Phí'),
      '--province-code',
      '52',
      '--plan',
      planFor('24014'),
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Tên đăng nhập / username: admin.24014');
    expect(first.stdout).toMatch(
      /temporary password, first sign-in only: [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}\n/,
    );

    // Now "the product" runs: this process starts the embedded server and keeps it, as the API does.
    product = await openDatabase({ dataDir: join(dataDir, 'postgres') });
    const db = product.db;
    expect(await getCommune(db, 24014)).toMatchObject({
      name: 'Xã Ia Phí',
      provinceCode: '52',
      provinceName: 'Tỉnh Gia Lai',
    });
    expect((await listAgencies(db, systemScope(24014))).map((a) => a.code).sort()).toEqual([
      'court_region_12',
      'culture_society',
      'economy',
      'fatherland_front',
      'office',
      'police',
      'procuracy_region_12',
    ]);
    expect((await getPlanTree(db, systemScope(24014)))!.groups).toHaveLength(poToPlan.groups.length);
    expect((await listWorkItems(db, systemScope(24014), { year: 2026 })).length).toBeGreaterThan(0);
    const [admin] = (
      await product.pool.query('select username, role, must_change_password from users where commune_id = 24014')
    ).rows;
    expect(admin).toEqual({ username: 'admin.24014', role: 'admin', must_change_password: true });

    const again = await communeAdd(
      ...identity('24014', 'Xã Khác Tên'),
      '--province-code',
      '52',
      '--plan',
      planFor('24014'),
    );
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('đã có; không thay đổi gì') });
    expect(again.stdout).not.toContain('password');
    expect((await getCommune(db, 24014))!.name).toBe('Xã Ia Phí');
  }, 300_000);

  it('adds a commune through the running server, with a villages file and the province code it already knows', async () => {
    const villages = join(work, 'villages.yaml');
    writeFileSync(villages, '- name: Làng Plei Ơi\n- name: Thôn 3\n  ethnicMinorityArea: false\n  households: 120\n');
    const added = await communeAdd(
      ...identity('24015', 'Xã Ia Ly'),
      '--plan',
      planFor('24015'),
      '--villages',
      villages,
    );
    expect(added.stderr).toBe('');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('admin.24015') });
    expect(await getCommune(product!.db, 24015)).toMatchObject({ provinceCode: '52' });
    expect((await listVillages(product!.db, systemScope(24015))).map((v) => v.name)).toEqual([
      'Làng Plei Ơi',
      'Thôn 3',
    ]);
    const before = (await product!.pool.query('select count(*)::int as n from communes')).rows[0];
    const badVillages = join(work, 'bad-villages.yaml');
    writeFileSync(badVillages, '- name: Làng Plei Ơi\n- name: L\n');
    const bad = await communeAdd(
      ...identity('24016', 'Xã Ia Tô'),
      '--plan',
      planFor('24016'),
      '--villages',
      badVillages,
    );
    expect(bad).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('dòng 2: [1].name — Tên thôn/làng quá ngắn'),
    });
    expect((await product!.pool.query('select count(*)::int as n from communes')).rows[0]).toEqual(before);
  }, 300_000);
});
