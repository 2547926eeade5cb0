import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedCommune, withAudit } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, smallSeed());
  for (let i = 0; i < 5; i++)
    await withAudit(t.db, { communeId: 99001, userId: null, requestId: `r-${i}` }, (_tx, audit) =>
      audit({ action: 'x.test', objectType: 'x', objectId: String(i) }),
    );
});
afterAll(() => t.close());

const cli = fileURLToPath(new URL('../src/cli/audit-verify.ts', import.meta.url));
const verify = () =>
  spawnSync(process.execPath, [cli], { env: { ...process.env, DATABASE_URL: t.url }, encoding: 'utf8' });

it('prints OK with the number of rows, then names the row the owner changed and exits 1', async () => {
  const ok = verify();
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain('OK');
  expect(ok.stdout).toContain('6 dòng');
  const { rows } = await t.pool.query(`select id from audit_log order by id offset 3 limit 1`);
  const id = Number(rows[0].id);
  await t.owner.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(sql`update audit_log set request_id = 'forged' where id = ${id}`);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
  const broken = verify();
  expect(broken.status).toBe(1);
  expect(broken.stdout).toContain(`id ${id} `);
});
