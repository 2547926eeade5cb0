import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../src/migrate.ts';
import { seedCommune, verifyAuditChain, withAudit } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

const open: TestDatabase[] = [];
/** A fresh database with two communes and `rows` audit rows written by many writers at once. */
async function chainedDatabase(rows = 40): Promise<TestDatabase> {
  const t = await createTestDatabase();
  open.push(t);
  await seedCommune(t.db, smallSeed('99001'));
  await seedCommune(t.db, smallSeed('99002'));
  await Promise.all(
    Array.from({ length: rows }, (_, i) =>
      withAudit(t.db, { communeId: i % 2 ? 99001 : 99002, userId: null, requestId: `r-${i}` }, async (_tx, audit) => {
        await audit({ action: 'x.test', objectType: 'x', objectId: String(i), after: { progress: i } });
        await audit({ action: 'x.test2', objectType: 'x', objectId: String(i), after: { progress: i + 1 } });
      }),
    ),
  );
  return t;
}
afterAll(async () => {
  for (const t of open) await t.close();
});

/** Runs `statement` as the owner with the append-only trigger off, as an attacker with the owner's rights could. */
async function tamper(t: TestDatabase, statement: ReturnType<typeof sql>) {
  await t.owner.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

describe('the audit hash chain', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await chainedDatabase();
  });

  it('stays one unbroken chain per commune under 40 concurrent writers', async () => {
    const report = await verifyAuditChain(t.pool);
    expect(report).toEqual({ ok: true, count: 82 });
    const { rows } = await t.pool.query(
      `select commune_id, count(*)::int as n, count(distinct prev_hash)::int as links from audit_log group by commune_id order by commune_id`,
    );
    expect(rows).toEqual([
      { commune_id: 99001, n: 41, links: 41 },
      { commune_id: 99002, n: 41, links: 41 },
    ]);
  });

  it('ignores a hash the writer supplies: the database computes it', async () => {
    await t.pool.query(
      `insert into audit_log (commune_id, action, object_type, object_id, request_id, prev_hash, hash) values (99001, 'x', 'x', '1', 'r', 'forged', 'forged')`,
    );
    const { rows } = await t.pool.query(`select hash from audit_log order by id desc limit 1`);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(t.pool)).toMatchObject({ ok: true });
  });

  it('refuses an audit row written in a REPEATABLE READ transaction (it could fork the chain)', async () => {
    await expect(
      t.db.transaction(
        (tx) =>
          tx.execute(
            sql`insert into audit_log (commune_id, action, object_type, object_id, request_id, prev_hash, hash) values (99001, 'x', 'x', '1', 'r', '', '')`,
          ),
        { isolationLevel: 'repeatable read' },
      ),
    ).rejects.toMatchObject({ cause: { message: 'audit_log rows must be written in READ COMMITTED transactions' } });
  });
});

describe('the verifier', () => {
  it('names exactly the row whose content the owner changed', async () => {
    const t = await chainedDatabase(10);
    const { rows } = await t.pool.query(
      `select id from audit_log where commune_id = 99002 order by id offset 4 limit 1`,
    );
    const id = Number(rows[0].id);
    await tamper(t, sql`update audit_log set after = '{"progress": 99}' where id = ${id}`);
    expect(await verifyAuditChain(t.pool)).toMatchObject({ ok: false, brokenId: id, reason: 'hash' });
  });

  it('names the row after one the owner removed', async () => {
    const t = await chainedDatabase(10);
    const { rows } = await t.pool.query(
      `select id from audit_log where commune_id = 99001 order by id offset 3 limit 2`,
    );
    await tamper(t, sql`delete from audit_log where id = ${Number(rows[0].id)}`);
    expect(await verifyAuditChain(t.pool)).toMatchObject({ ok: false, brokenId: Number(rows[1].id), reason: 'link' });
  });

  it('names a row whose hash was recomputed after a change (the next row no longer links to it)', async () => {
    const t = await chainedDatabase(10);
    const { rows } = await t.pool.query(
      `select id from audit_log where commune_id = 99001 order by id offset 2 limit 2`,
    );
    const [id, next] = rows.map((r) => Number(r.id));
    await tamper(
      t,
      sql`update audit_log set action = 'x.forged', hash = audit_log_hash(prev_hash, id, commune_id, actor_user_id, 'x.forged', object_type, object_id, before, after, request_id, at) where id = ${id!}`,
    );
    expect(await verifyAuditChain(t.pool)).toMatchObject({ ok: false, brokenId: next, reason: 'link' });
  });
});

it('gives the rows written before the chain existed a valid chain when migrating', async () => {
  const name = `t_backfill_${randomBytes(6).toString('hex')}`;
  const adminUrl = inject('hgcsPgAdminUrl');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  // the migrations as they were before this one
  const old = mkdtempSync(join(tmpdir(), 'hgcs-migrations-'));
  cpSync(migrationsFolder, old, { recursive: true });
  const journal = JSON.parse(readFileSync(join(old, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0003');
  writeFileSync(join(old, 'meta/_journal.json'), JSON.stringify(journal));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(drizzle(client), { migrationsFolder: old });
    await client.query(
      `insert into communes (id, name, province_code, province_name) values (99001, 'A', '52', 'G'), (99002, 'B', '52', 'G')`,
    );
    for (let i = 0; i < 7; i++) {
      await client.query(
        `insert into audit_log (commune_id, action, object_type, object_id, after, request_id) values ($1, 'x.old', 'x', $2, $3, 'r')`,
        [i % 2 ? 99001 : 99002, String(i), { progress: i }],
      );
    }
    await migrateDatabase(url);
    expect(await verifyAuditChain(client)).toEqual({ ok: true, count: 7 });
    await client.query(
      `insert into audit_log (commune_id, action, object_type, object_id, request_id) values (99001, 'x.new', 'x', '8', 'r')`,
    );
    expect(await verifyAuditChain(client)).toEqual({ ok: true, count: 8 });
  } finally {
    await client.end();
    rmSync(old, { recursive: true, force: true });
  }
});
