/**
 * Issue 7 point 5 (ANM-02, ANM-06): idle and absolute limits, my sessions (listed, ended one by one or all but
 * this one), a password change ends the other sessions, and a revocation reaches another API process's session
 * cache on the very next call (two app instances on one database); expired sessions are deleted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, failure, password, startServer } from './harness.ts';

const minutes = (n: number) => n * 60_000;
let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer({ now: new Date('2026-11-02T03:00:00Z') });
});
afterAll(() => s.close());
beforeEach(() => s?.clock.advance(minutes(16)));

const sessionRows = async (userId: string) =>
  (await s.owner.pool.query('select 1 from sessions where user_id = $1', [userId])).rowCount;

describe('limits', () => {
  it('ends a staff session after 15 idle minutes, not while it is used, and deletes it', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'ngoi-yen' });
    const me = s.client(await s.signIn('ngoi-yen'));
    for (let i = 0; i < 3; i++) {
      s.clock.advance(minutes(14));
      expect((await me.auth.me.query()).username).toBe('ngoi-yen');
    }
    s.clock.advance(minutes(15));
    expect((await failure(me.auth.me.query())).status).toBe(401);
    expect(await sessionRows(user.id)).toBe(0);
  });

  it('ends an administrator session after 5 idle minutes', async () => {
    await createUser(s.db, { role: 'admin', username: 'quan-tri-ngoi' });
    const admin = s.client(await s.signIn('quan-tri-ngoi'));
    s.clock.advance(minutes(4));
    expect((await admin.user.list.query()).length).toBeGreaterThan(0);
    s.clock.advance(minutes(5));
    expect((await failure(admin.user.list.query())).status).toBe(401);
  });

  it('ends any session 10 hours after sign-in, even in use', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'ca-ngay' });
    const me = s.client(await s.signIn('ca-ngay'));
    for (let i = 0; i < 59; i++) {
      s.clock.advance(minutes(10));
      await me.auth.me.query();
    }
    s.clock.advance(minutes(10));
    expect((await failure(me.auth.me.query())).status).toBe(401);
  });

  it('deletes expired and idle sessions of everyone at the next sign-in', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'bo-quen' });
    await s.signIn('bo-quen');
    s.clock.advance(minutes(20));
    expect(await sessionRows(user.id)).toBe(1);
    await createUser(s.db, { role: 'office_staff', username: 'nguoi-khac' });
    await s.signIn('nguoi-khac');
    expect(await sessionRows(user.id)).toBe(0);
  });
});

describe('my sessions', () => {
  it('lists my sessions without tokens, ends one, then all the others', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'nhieu-may' });
    const tokens = [await s.signIn('nhieu-may'), await s.signIn('nhieu-may'), await s.signIn('nhieu-may')];
    const me = s.client(tokens[0]);
    const list = await me.auth.sessions.query();
    expect(list).toHaveLength(3);
    expect(list.filter((x) => x.current)).toHaveLength(1);
    for (const x of list)
      expect(Object.keys(x).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'lastSeenAt', 'publicId']);
    const text = JSON.stringify(list);
    for (const t of tokens) expect(text).not.toContain(t);
    const other = list.find((x) => !x.current)!;
    await me.auth.endSession.mutate({ sessionId: other.publicId });
    expect(await me.auth.sessions.query()).toHaveLength(2);
    await me.auth.endOtherSessions.mutate();
    expect(await me.auth.sessions.query()).toHaveLength(1);
    for (const t of tokens.slice(1)) expect((await failure(s.client(t).auth.me.query())).status).toBe(401);
    expect(
      (await failure(me.auth.endSession.mutate({ sessionId: '00000000-0000-4000-8000-000000000000' }))).domainCode,
    ).toBe('RESOURCE.NOT_FOUND');
  });

  it('ends every other session when the password changes, and keeps this one', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'doi-mat-khau' });
    const [here, there] = [await s.signIn('doi-mat-khau'), await s.signIn('doi-mat-khau')];
    await s
      .client(here)
      .auth.changePassword.mutate({ currentPassword: password, newPassword: 'mot-cau-mat-khau-moi-rat-dai' });
    expect((await failure(s.client(there).auth.me.query())).status).toBe(401);
    expect((await s.client(here).auth.me.query()).username).toBe('doi-mat-khau');
  });
});

describe('across processes', () => {
  it('gives a disabled user 401 in another API instance on the next call, although its session was cached there', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'hai-may-chu' });
    await createUser(s.db, { role: 'admin', username: 'quan-tri-tat' });
    const other = await s.secondInstance();
    const token = await s.signIn('hai-may-chu', other.url);
    for (let i = 0; i < 3; i++) expect((await other.client(token).plan.get.query()).groups.length).toBeGreaterThan(0); // cached in the other instance
    const admin = s.client(await s.signIn('quan-tri-tat'));
    await admin.user.disable.mutate({ userId: user.id });
    // The other instance hears the revocation when PostgreSQL delivers the commit's notice, milliseconds after the
    // writer's answer; from then on every call is 401 (the cached session is never trusted past the notice).
    await expect
      .poll(async () => (await failure(other.client(token).plan.get.query()).catch(() => ({ status: 200 }))).status, {
        timeout: 5000,
        interval: 20,
      })
      .toBe(401);
    expect((await failure(other.client(token).plan.get.query())).status).toBe(401);
    expect(await sessionRows(user.id)).toBe(0);
    await admin.user.enable.mutate({ userId: user.id });
    const again = await s.signIn('hai-may-chu', other.url);
    expect((await other.client(again).auth.me.query()).username).toBe('hai-may-chu');
    await s
      .client(again)
      .auth.changePassword.mutate({ currentPassword: password, newPassword: 'trau-vang-an-co-non-ben-suoi' }); // (one with the username in it would be refused)
    expect((await other.client(again).auth.me.query()).username).toBe('hai-may-chu'); // this session stays
  });
});
