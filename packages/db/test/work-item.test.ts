import { expandPlan, poToAgencies, poToCommune, poToPlan, poToVillages, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensurePlanWorkItems,
  getPlanTree,
  insertOnDemandItem,
  insertSignoff,
  reopenSignedYear,
  listReopenings,
  isYearSigned,
  listWorkItems,
  seedCommune,
  updateWorkItem,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

let t: TestDatabase;
let planId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, { commune: poToCommune, villages: poToVillages, agencies: poToAgencies, plan: poToPlan });
  planId = (await getPlanTree(t.db, systemScope(24013)))!.id;
});
afterAll(() => t.close());

describe('work items', () => {
  it('are generated at seed for every dated occurrence of the plan, 2025–2030', async () => {
    const expected = expandPlan(poToPlan, { fromYear: 2025, toYear: 2030 }).filter((o) => o.kind === 'scheduled');
    const items = await listWorkItems(t.db, systemScope(24013));
    expect(items).toHaveLength(expected.length);
    expect(items.filter((i) => i.taskCode === '2.2').map((i) => i.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(items.filter((i) => i.taskCode === '8a' && i.partKey === 'final_review').map((i) => i.year)).toEqual([2030]);
  });
  it('are not generated twice', async () => {
    const again = expandPlan(poToPlan, { fromYear: 2025, toYear: 2030 }).flatMap((o) =>
      o.kind === 'scheduled' ? [{ taskCode: o.taskCode, partKey: o.partKey, year: o.year!, dueDate: o.dueDate! }] : [],
    );
    expect(await ensurePlanWorkItems(t.db, systemScope(24013), planId, again)).toBe(0);
  });
  it('refuse a stale update (optimistic lock) and an update from another commune', async () => {
    const [item] = await listWorkItems(t.db, systemScope(24013), { year: 2026 });
    const first = await updateWorkItem(t.db, systemScope(24013), item!.id, 1, { status: 'in_progress', progress: 40 });
    expect(first).toMatchObject({ before: { version: 1 }, after: { version: 2, progress: 40 } });
    expect(await updateWorkItem(t.db, systemScope(24013), item!.id, 1, { progress: 90 })).toBe('conflict');
    expect(await updateWorkItem(t.db, systemScope(24014), item!.id, 2, { progress: 90 })).toBe('not_found');
  });
  it('refuse a cancelled item without a reason, and progress outside 0–100', async () => {
    const [item] = await listWorkItems(t.db, systemScope(24013), { year: 2027 });
    await expect(updateWorkItem(t.db, systemScope(24013), item!.id, 1, { status: 'cancelled' })).rejects.toThrow();
    await expect(updateWorkItem(t.db, systemScope(24013), item!.id, 1, { progress: 101 })).rejects.toThrow();
  });
  it('create one item per recorded request, even when the request is retried', async () => {
    const task = (await getPlanTree(t.db, systemScope(24013)))!.groups
      .flatMap((g) => g.tasks)
      .find((x) => x.code === '4a')!;
    const item = {
      communeId: 24013,
      planId,
      taskId: task.id,
      partKey: null,
      year: 2026,
      dueDate: '2026-12-15',
      origin: 'request' as const,
      requestedBy: 'Sở Tư pháp',
      requestedOn: '2026-11-20',
      requestReason: 'Góp ý dự thảo Luật',
      clientKey: 'k-1',
    };
    const a = await insertOnDemandItem(t.db, item);
    const b = await insertOnDemandItem(t.db, item);
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
  });
  it('sign a year once and reopen it', async () => {
    expect(
      await insertSignoff(t.db, {
        communeId: 24013,
        planId,
        year: 2025,
        signedBy: '00000000-0000-4000-8000-000000000000',
      }),
    ).toBe(true);
    expect(
      await insertSignoff(t.db, {
        communeId: 24013,
        planId,
        year: 2025,
        signedBy: '00000000-0000-4000-8000-000000000000',
      }),
    ).toBe(false);
    expect(await isYearSigned(t.db, systemScope(24013), planId, 2025)).toBe(true);
    const reopening = {
      planId,
      year: 2025,
      reason: 'Bổ sung minh chứng',
      reopenedBy: '00000000-0000-4000-8000-000000000000',
    };
    expect(await reopenSignedYear(t.db, systemScope(24013), reopening)).toEqual(expect.any(String));
    expect(await isYearSigned(t.db, systemScope(24013), planId, 2025)).toBe(false);
    expect(await reopenSignedYear(t.db, systemScope(24013), reopening)).toBeNull();
    expect((await listReopenings(t.db, systemScope(24013), planId)).map((r) => [r.year, r.reason])).toEqual([
      [2025, 'Bổ sung minh chứng'],
    ]);
  });
});
