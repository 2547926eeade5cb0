/**
 * Issue 7.16: a sign-off committed while an edit is in flight must win. The sign-off's transaction (the same
 * queries as `progress.signYear`) is held open; an edit of that year started meanwhile waits for it, then is refused.
 */
import { getWorkItem, insertSignoff, listWorkItems, lockPlanYear, type Tx } from '@hgcs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
let token: string;
let chairmanId: string;

beforeAll(async () => {
  s = await startServer();
  await createUser(s.db, { username: 'vanphong', role: 'office_staff', agencyCode: 'office' });
  chairmanId = (await createUser(s.db, { username: 'chutich', role: 'chairman', agencyCode: 'office' })).id;
  token = await s.signIn('vanphong');
});
afterAll(() => s.close());

/** Resolves once some session waits for an advisory lock (the edit is blocked behind the sign-off). */
async function someoneWaitsForTheYear(): Promise<void> {
  for (;;) {
    const { rows } = await s.owner.pool.query<{ n: number }>(
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted",
    );
    if (rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('signing a year off while an item of that year is being edited', () => {
  it('makes the edit wait for the sign-off and then refuses it; the item is unchanged', async () => {
    const [item] = (await listWorkItems(s.db, systemScope(24013), { year: 2027 })).filter((i) => i.taskCode === '1');
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let signed!: () => void;
    const signedInTx = new Promise<void>((r) => (signed = r));
    const signoff = s.db.transaction(async (tx: Tx) => {
      await lockPlanYear(tx, 24013, item!.planId, 2027, 'exclusive');
      await insertSignoff(tx, { communeId: 24013, planId: item!.planId, year: 2027, signedBy: chairmanId });
      signed();
      await released;
    });
    await signedInTx;
    const edit = failure(
      s
        .client(token)
        .workItem.update.mutate({ id: item!.id, version: item!.version, progress: 60, status: 'in_progress' }),
    );
    const outcome = await Promise.race([
      someoneWaitsForTheYear().then(() => 'waiting' as const),
      edit.then(
        () => 'finished' as const,
        () => 'finished' as const,
      ),
    ]);
    release();
    await signoff;
    expect(outcome).toBe('waiting');
    expect((await edit).domainCode).toBe('WORK_ITEM.LOCKED');
    expect((await getWorkItem(s.db, systemScope(24013), item!.id))!.progress).toBe(item!.progress);
  });
});
