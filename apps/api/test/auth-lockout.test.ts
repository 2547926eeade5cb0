/**
 * Issue 7 point 4 (ANM-03): the lock-out holds under parallel guesses — the failure count and the lock change in
 * one statement before the password is checked — grows 15 min → 1 h → 12 h, answers unknown, wrong, disabled and
 * locked alike, and another administrator can lift it (audited).
 */
import { getUser, listAudit } from '@hgcs/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, failure, password, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

const start = new Date('2026-11-02T01:00:00Z');
const minutes = (n: number) => n * 60_000;
let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer({ now: start });
});
afterAll(() => s.close());
// Each test starts after the sign-in rate limiter's 15-minute window (RC-01), so only the lock-out answers.
beforeEach(() => s?.clock.advance(minutes(16)));

const attempt = (username: string, pw: string) => s.client().auth.signIn.mutate({ username, password: pw });
const failedChecks = async (userId: string) =>
  (await listAudit(s.db, systemScope(24013), { limit: 1000 })).filter(
    (a) => a.action === 'auth.sign_in_failed' && a.objectId === userId,
  ).length;
const sessionsOf = async (userId: string) =>
  (await s.owner.pool.query('select 1 from sessions where user_id = $1', [userId])).rowCount;

describe('lock-out under parallel attempts', () => {
  it('checks exactly five of 40 parallel wrong passwords, and lets none of 30 parallel right ones in while locked', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'song-song' });
    const wrong = await Promise.all(
      Array.from({ length: 40 }, () => failure(attempt('song-song', 'doan-sai-mat-khau'))),
    );
    expect(wrong.every((f) => f.domainCode === 'AUTH.SIGN_IN_REFUSED' || f.domainCode === 'RATE.LIMITED')).toBe(true);
    expect(await failedChecks(user.id)).toBe(5);
    const locked = await getUser(s.db, 24013, user.id);
    expect(locked).toMatchObject({ failedSignIns: 5, lockedUntil: new Date(s.clock.now().getTime() + minutes(15)) });

    // After the first lock (and the rate limiter's 15-minute window), five more failures lock for an hour.
    s.clock.advance(minutes(16));
    for (let i = 0; i < 5; i++) await failure(attempt('song-song', 'doan-sai-lan-hai'));
    const second = await getUser(s.db, 24013, user.id);
    expect(second!.lockedUntil).toEqual(new Date(s.clock.now().getTime() + minutes(60)));

    s.clock.advance(minutes(16)); // the rate limiter's window is over; the lock is not
    const right = await Promise.all(Array.from({ length: 30 }, () => failure(attempt('song-song', password))));
    expect(right.every((f) => f.domainCode === 'AUTH.SIGN_IN_REFUSED' || f.domainCode === 'RATE.LIMITED')).toBe(true);
    expect(right.filter((f) => f.domainCode === 'AUTH.SIGN_IN_REFUSED').length).toBeGreaterThanOrEqual(10);
    expect(await sessionsOf(user.id)).toBe(0);
    expect(await failedChecks(user.id)).toBe(10); // the locked attempts were refused before any password check
    expect(
      (await listAudit(s.db, systemScope(24013), { limit: 1000 })).some(
        (a) => a.action === 'auth.sign_in_locked' && a.objectId === user.id,
      ),
    ).toBe(true);
  });
});

describe('one answer for every refusal', () => {
  it('answers an unknown user, a wrong password, a disabled and a locked account the same way', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'giong-nhau' });
    const disabled = await createUser(s.db, { role: 'office_staff', username: 'da-tat' });
    await s.owner.pool.query('update users set active = false where id = $1', [disabled.id]);
    const answers = [
      await failure(attempt('khong-co-ai', 'mot-mat-khau-bat-ky')),
      await failure(attempt('giong-nhau', 'mot-mat-khau-bat-ky')),
      await failure(attempt('da-tat', password)),
      await failure(attempt('song-song', password)),
    ];
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ status: 401, domainCode: 'AUTH.SIGN_IN_REFUSED' });
  });
});

describe('unlocking', () => {
  it('lets another administrator lift a lock, audited; the owner then signs in', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'mo-khoa' });
    await createUser(s.db, { role: 'admin', username: 'quan-tri-hai' });
    for (let i = 0; i < 5; i++) await failure(attempt('mo-khoa', 'sai-roi-sai-roi'));
    expect((await failure(attempt('mo-khoa', password))).domainCode).toBe('AUTH.SIGN_IN_REFUSED');
    const admin = s.client(await s.signIn('quan-tri-hai'));
    expect((await admin.user.list.query()).find((u) => u.id === user.id)!.lockedUntil).not.toBeNull();
    await admin.user.unlock.mutate({ userId: user.id });
    expect(await getUser(s.db, 24013, user.id)).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    const [row] = await listAudit(s.db, systemScope(24013), { limit: 1 });
    expect(row).toMatchObject({ action: 'user.unlock', objectId: user.id });
    expect(await s.signIn('mo-khoa')).toBeTruthy();
  });
  it('lists a lock only while it is in force at the API’s clock', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'het-khoa' });
    await createUser(s.db, { role: 'admin', username: 'quan-tri-ba' });
    for (let i = 0; i < 5; i++) await failure(attempt('het-khoa', 'sai-roi-sai-roi'));
    const shown = async () => {
      const admin = s.client(await s.signIn('quan-tri-ba'));
      return (await admin.user.list.query()).find((u) => u.id === user.id)!.lockedUntil;
    };
    expect(await shown()).not.toBeNull();
    s.clock.advance(minutes(16));
    expect(await shown()).toBeNull();
    expect(await getUser(s.db, 24013, user.id)).toMatchObject({ lockedUntil: expect.any(Date) });
  });
});

describe('growth', () => {
  it('grows the third lock to 12 hours', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'ba-lan' });
    const locks: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) await failure(attempt('ba-lan', 'van-sai-mat-khau'));
      const row = await getUser(s.db, 24013, user.id);
      locks.push((row!.lockedUntil!.getTime() - s.clock.now().getTime()) / 60_000);
      s.clock.set(new Date(row!.lockedUntil!.getTime() + minutes(16)));
    }
    expect(locks).toEqual([15, 60, 720]);
  });
});
