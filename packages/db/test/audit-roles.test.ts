import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, seedCommune, withAudit } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';
import { systemScope } from '@hgcs/domain';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, smallSeed());
});
afterAll(() => t.close());

describe('the app role (the product’s pool and every test’s default connection)', () => {
  it('is a login role without superuser, and is not the owner of the tables', async () => {
    const { rows } = await t.pool
      .query(`select current_user as me, r.rolsuper, r.rolcreaterole, r.rolcreatedb, c.relowner::regrole::text as owner
      from pg_roles r, pg_class c where r.rolname = current_user and c.relname = 'audit_log'`);
    expect(rows[0]).toMatchObject({ me: 'hgcs_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    expect(rows[0].owner).not.toBe('hgcs_app');
  });

  it('may add to and read the audit log', async () => {
    await withAudit(t.db, { communeId: 99001, userId: null, requestId: 'r-roles' }, (_tx, audit) =>
      audit({ action: 'x.test', objectType: 'x', objectId: '1' }),
    );
    expect((await listAudit(t.db, systemScope(99001), { limit: 1 }))[0]).toMatchObject({ action: 'x.test' });
  });

  it.each([
    ['UPDATE', sql`update audit_log set action = 'x'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
    ['DISABLE TRIGGER', sql`alter table audit_log disable trigger audit_log_append_only`],
    ['DISABLE TRIGGER ALL', sql`alter table audit_log disable trigger all`],
    ['DROP TRIGGER', sql`drop trigger audit_log_chain on audit_log`],
    ['session_replication_role', sql`set session_replication_role = replica`],
  ])('is refused %s on audit_log', async (_what, statement) => {
    await expect(t.db.execute(statement)).rejects.toMatchObject({ cause: { code: '42501' } });
  });

  it('cannot create tables (no DDL)', async () => {
    await expect(t.db.execute(sql`create table evil (id int)`)).rejects.toMatchObject({ cause: { code: '42501' } });
  });

  it('runs with a 5 s statement timeout and an idle-in-transaction limit (RC-01)', async () => {
    const { rows } = await t.pool.query(
      `select current_setting('statement_timeout') as st, current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(rows[0]).toEqual({ st: '5s', idle: '15s' });
    await expect(t.pool.query('select pg_sleep(6)')).rejects.toMatchObject({ code: '57014' });
  });
});
