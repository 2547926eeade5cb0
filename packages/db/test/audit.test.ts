import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAudit, listVillages, schema, seedCommune, withAudit } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';
import { systemScope } from '@hgcs/domain';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, smallSeed());
});
afterAll(() => t.close());

const actor = { communeId: 99001, userId: null, requestId: 'req-1' };

it('writes the audit row in the mutation’s own transaction', async () => {
  await withAudit(t.db, actor, async (tx, audit) => {
    await tx.insert(schema.villages).values({ communeId: 99001, name: 'Làng B' });
    await audit({ action: 'village.create', objectType: 'village', objectId: 'Làng B', after: { name: 'Làng B' } });
  });
  const [row] = await listAudit(t.db, systemScope(99001), { limit: 1 });
  expect(row).toMatchObject({ action: 'village.create', requestId: 'req-1', after: { name: '[changed]' } });
});

it('loses both the change and its audit row when the mutation fails', async () => {
  const before = (await listAudit(t.db, systemScope(99001), { limit: 100 })).length;
  await expect(
    withAudit(t.db, actor, async (tx, audit) => {
      await tx.insert(schema.villages).values({ communeId: 99001, name: 'Làng C' });
      await audit({ action: 'village.create', objectType: 'village', objectId: 'Làng C' });
      await tx.execute(sql`select 1/0`);
    }),
  ).rejects.toThrow();
  expect((await listVillages(t.db, systemScope(99001))).map((v) => v.name)).not.toContain('Làng C');
  expect(await listAudit(t.db, systemScope(99001), { limit: 100 })).toHaveLength(before);
});

it('refuses to change, delete or truncate an audit row even for the owner, whose triggers say so', async () => {
  const owner = t.owner.db;
  await expect(owner.execute(sql`update audit_log set action = 'x'`)).rejects.toMatchObject({
    cause: { message: 'audit_log is append-only' },
  });
  await expect(owner.execute(sql`delete from audit_log`)).rejects.toMatchObject({
    cause: { message: 'audit_log is append-only' },
  });
  await expect(owner.execute(sql`truncate audit_log`)).rejects.toMatchObject({
    cause: { message: 'audit_log is append-only' },
  });
});

it('keeps personal values out of the row: private fields by name only, ids and enums as they are', async () => {
  await withAudit(t.db, actor, async (_tx, audit) => {
    await audit({
      action: 'work_item.update',
      objectType: 'work_item',
      objectId: 'w-1',
      before: {
        status: 'in_progress',
        progress: 10,
        notes: 'Bà Nguyễn Thị Hoa',
        responsible: 'Ông A',
        dueDate: '2026-05-01',
      },
      after: { status: 'done', progress: 100, notes: 'Ông Trần Văn Bình', responsible: 'Ông A', dueDate: '2026-05-01' },
    });
  });
  const [row] = await listAudit(t.db, systemScope(99001), { limit: 1 });
  expect(row!.before).toEqual({ status: 'in_progress', progress: 10, dueDate: '2026-05-01' });
  expect(row!.after).toEqual({ status: 'done', progress: 100, notes: '[changed]', dueDate: '2026-05-01' });
  expect(JSON.stringify(row)).not.toMatch(/Hoa|Bình|Ông A/);
});
