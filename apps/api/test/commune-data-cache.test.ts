/**
 * Issue 9 point 5: the in-process caches of a commune's reference data (villages, agencies, plan tree) and of the
 * kiosk's public figures, on two API instances over one database. A write through either instance — or straight
 * into the database — is seen by the other on its next read once the commit's notice has reached it, milliseconds
 * later (LISTEN/NOTIFY from triggers; the writer forgets at once); a repeated read is a
 * cache hit; a dropped listener bypasses the cache. `progress.years` answers what `progress.tree` gives per year.
 */
import { communeDataCacheFor } from '@hgcs/api';
import { listWorkItems } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let b: Awaited<ReturnType<Awaited<ReturnType<typeof startServer>>['secondInstance']>>;
const tokens: Record<string, string> = {};
const year = 2027; // the harness clock's year
const statsA = () => communeDataCacheFor(s.db).stats();
const statsB = () => communeDataCacheFor(b.db).stats();
/** Waits (≤ 5 s) until `check` holds: the listener's connection comes and goes asynchronously. */
async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  s = await startServer();
  b = await s.secondInstance();
  await createUser(s.db, { username: 'vanphong', role: 'office_staff', agencyCode: 'office' });
  await createUser(s.db, { username: 'chutich', role: 'chairman', agencyCode: 'office' });
  tokens.a = await s.signIn('vanphong');
  tokens.b = await s.signIn('vanphong', b.url);
  tokens.chairman = await s.signIn('chutich');
  await until(() => statsA().listening && statsB().listening);
});
afterAll(() => s.close());

describe('reference data', () => {
  it('serves repeated reads from memory and sees a village added or renamed in the other instance on the next read', async () => {
    const names = async (client: ReturnType<typeof s.client>) =>
      (await client.commune.villages.query()).map((v) => v.name);
    const before = await names(b.client(tokens.b));
    const { hits } = statsB();
    expect(await names(b.client(tokens.b))).toEqual(before);
    expect(statsB().hits).toBe(hits + 1);
    expect(await names(s.client(tokens.a))).toEqual(before);

    // The other instance hears the commit's notice a few milliseconds after the writer's answer: its next read after that.
    let heard = statsB().notices;
    const { id } = await s
      .client(tokens.a)
      .village.create.mutate({ name: 'Làng Bộ Nhớ Đệm', ethnicMinorityArea: true, households: 42 });
    await until(() => statsB().notices > heard);
    expect(await names(b.client(tokens.b))).toContain('Làng Bộ Nhớ Đệm');
    heard = statsA().notices;
    await b.client(tokens.b).village.update.mutate({ id, name: 'Làng Đổi Tên' });
    await until(() => statsA().notices > heard);
    const inA = await names(s.client(tokens.a));
    expect(inA).toContain('Làng Đổi Tên');
    expect(inA).not.toContain('Làng Bộ Nhớ Đệm');
  });

  it('sees a change written straight into the database (plan task, agency) on the next read of both instances', async () => {
    const taskOne = async (client: ReturnType<typeof s.client>) =>
      (await client.plan.get.query()).groups.flatMap((g) => g.tasks).find((t) => t.code === '1')!;
    const original = (await taskOne(b.client(tokens.b))).content;
    await taskOne(b.client(tokens.b));
    await taskOne(s.client(tokens.a));
    const { hits } = statsB();
    await taskOne(b.client(tokens.b));
    expect(statsB().hits).toBe(hits + 1); // the plan as shown (tree and agency names), built once
    const heard = { a: statsA().notices, b: statsB().notices };
    await s.owner.pool.query(
      `update plan_tasks set content = content || ' (đã sửa)' where commune_id = 24013 and code = '1'`,
    );
    await s.owner.pool.query(
      `update agencies set name = 'Văn phòng đã đổi tên' where commune_id = 24013 and code = 'office'`,
    );
    await until(() => statsB().notices > heard.b && statsA().notices > heard.a);
    for (const client of [b.client(tokens.b), s.client(tokens.a)]) {
      const task = await taskOne(client);
      expect(task.content).toBe(`${original} (đã sửa)`);
      expect(task.leadAgency.name).toBe('Văn phòng đã đổi tên');
    }
  });

  it('bypasses the cache while its listener is down, and trusts it again once it listens', async () => {
    await b.client(tokens.b).commune.villages.query();
    await s.owner.pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN "hgcs_commune_data"'`,
    );
    await until(() => !statsB().listening || !statsA().listening);
    await s.owner.pool.query(
      `update villages set households = 4242 where commune_id = 24013 and name = 'Làng Đổi Tên'`,
    );
    const misses = statsB().misses;
    expect((await b.client(tokens.b).commune.villages.query()).find((v) => v.name === 'Làng Đổi Tên')?.households).toBe(
      4242,
    );
    if (!statsB().listening) expect(statsB().misses).toBe(misses); // read from the database, not counted as a cache load
    await until(() => statsA().listening && statsB().listening);
    await b.client(tokens.b).commune.villages.query();
    const { hits } = statsB();
    await b.client(tokens.b).commune.villages.query();
    expect(statsB().hits).toBe(hits + 1);
  });
});

describe('public progress', () => {
  it('caches the kiosk figures per commune and year, and forgets them on a work-item change or a sign-off in the other instance', async () => {
    const kioskB = b.client();
    const first = await kioskB.progress.public.query({ commune: '24013', year });
    const { hits, misses } = statsB();
    expect(await kioskB.progress.public.query({ commune: '24013', year })).toEqual(first);
    expect(statsB()).toMatchObject({ hits: hits + 1, misses });

    const items = await listWorkItems(s.db, systemScope(24013), { year });
    const item = items.find((i) => i.taskCode === '1')!;
    const heard = statsB().notices;
    await s
      .client(tokens.a)
      .workItem.update.mutate({ id: item.id, version: item.version, status: 'done', progress: 100 });
    await until(() => statsB().notices > heard);
    const after = await kioskB.progress.public.query({ commune: '24013', year });
    expect(after.counts.done).toBe(first.counts.done + 1);
    expect(after.groups.flatMap((g) => g.done).map((d) => d.taskCode)).toContain('1');

    await kioskB.progress.public.query({ commune: '24013', year: 2025 });
    const { misses: before, notices } = statsB();
    await s.client(tokens.chairman).progress.signYear.mutate({ year: 2025 });
    await until(() => statsB().notices > notices);
    await kioskB.progress.public.query({ commune: '24013', year: 2025 });
    expect(statsB().misses).toBe(before + 1);
  });

  it('answers an unknown commune with not found, and keeps answering it so', async () => {
    for (let i = 0; i < 2; i++) await expect(b.client().progress.public.query({ commune: '99999' })).rejects.toThrow();
  });
});

describe("a province's communes", () => {
  it("keeps a province user's communes in memory, and sees a commune added straight into the database on the next read", async () => {
    await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp.bonho' });
    const officer = b.client(await s.signIn('stp.bonho', b.url));
    const codes = async () => (await officer.province.communes.query({})).communes.map((c) => c.code);
    expect(await codes()).toEqual(['24013']);
    const { hits, misses } = statsB();
    expect(await codes()).toEqual(['24013']);
    // The request's scope and the page are both made of the cached list: the second read loads nothing.
    expect(statsB()).toMatchObject({ hits: hits + 2, misses });

    const heard = statsB().notices;
    await seedOtherCommune(s.db, '24016'); // not through the API: only the communes trigger's `*` tells instance B
    await until(() => statsB().notices > heard);
    expect(await codes()).toEqual(['24013', '24016']);
  });
});

describe('signed-in progress figures', () => {
  it('caches the progress tree and the reminders of the day, and forgets them on a work-item change in the other instance', async () => {
    await new Promise((r) => setTimeout(r, 300)); // the previous test's notices land first (a late one drops a load it overtakes)
    const treeB = () => b.client(tokens.b).progress.tree.query({ year });
    const first = await treeB();
    const reminders = await b.client(tokens.b).workItem.reminders.query();
    const { hits } = statsB();
    expect(await treeB()).toEqual(first);
    expect(await b.client(tokens.b).workItem.reminders.query()).toEqual(reminders);
    expect(statsB().hits).toBe(hits + 2);

    const item = (await listWorkItems(s.db, systemScope(24013), { year, leadAgencyCode: 'office' })).find(
      (i) => i.status === 'not_started',
    )!;
    const heard = statsB().notices;
    await s
      .client(tokens.a)
      .workItem.update.mutate({ id: item.id, version: item.version, status: 'done', progress: 100 });
    await until(() => statsB().notices > heard);
    expect((await treeB()).counts.done).toBe(first.counts.done + 1);
  });
});

describe('progress.years', () => {
  it('gives every year of the plan what progress.tree gives for it, with its sign-off and reopenings', async () => {
    const chairman = s.client(tokens.chairman);
    const years = await chairman.progress.years.query();
    const all = await chairman.progress.tree.query({});
    expect(years.map((y) => y.year)).toEqual(all.years);
    for (const y of years) {
      const tree = await chairman.progress.tree.query({ year: y.year });
      expect({ progress: y.progress, counts: y.counts }).toEqual({ progress: tree.progress, counts: tree.counts });
      expect(y.signoff).toEqual(all.signoffs.find((x) => x.year === y.year) ?? null);
      expect(y.reopenings).toEqual(all.reopenings.filter((r) => r.year === y.year));
    }
    expect(years.find((y) => y.year === 2025)!.signoff).not.toBeNull();
    // Signable: a year that has begun by the API's clock (2027) and is not signed; never a future or a signed year.
    expect(years.map((y) => [y.year, y.canSign])).toEqual([
      [2025, false],
      [2026, !years[1]!.signoff],
      [2027, !years[2]!.signoff],
      [2028, false],
      [2029, false],
      [2030, false],
    ]);
    expect(years.find((y) => y.year === 2027)!.counts.done).toBeGreaterThan(0);
  });
});
