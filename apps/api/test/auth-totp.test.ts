/**
 * Issue 7 points 2, 3 and 6 (ANM-05): wrong codes count toward the lock-out and are audited; a code works once,
 * across sessions; re-enrolment needs the password and a code (or a recovery code); recovery codes are single-use
 * and stored hashed; a password-only session reaches only me / verifyTotp / signOut.
 */
import { currentTotp } from '@hgcs/api';
import { getUser, listAudit } from '@hgcs/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, failure, password, startServer, testTotpSecret } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer({ now: new Date('2026-11-02T02:00:00Z') });
});
afterAll(() => s.close());
beforeEach(() => s?.clock.advance(16 * 60_000)); // past the sign-in rate limiter's window

const pendingSession = async (username: string) => {
  const { token, next } = await s.client().auth.signIn.mutate({ username, password });
  expect(next).toBe('totp');
  return s.client(token);
};
const codeAt = (username: string, at: Date) => currentTotp(username, testTotpSecret, at);
const audited = async (action: string, userId: string) =>
  (await listAudit(s.db, systemScope(24013), { limit: 2000 })).filter(
    (a) => a.action === action && a.objectId === userId,
  ).length;

describe('guessing codes', () => {
  it('locks after five wrong codes of 300, audits them, and then refuses the right code', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'doan-ma' });
    const pending = await pendingSession('doan-ma');
    const right = codeAt('doan-ma', s.clock.now());
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => failure(pending.auth.verifyTotp.mutate({ code: wrong }))),
    );
    expect(answers.filter((a) => a.domainCode === 'AUTH.TOTP_INVALID')).toHaveLength(5);
    expect(answers.filter((a) => a.domainCode === 'AUTH.LOCKED')).toHaveLength(295);
    expect(await audited('auth.totp_failed', user.id)).toBe(5);
    const refused = await failure(pending.auth.verifyTotp.mutate({ code: right }));
    expect(refused).toMatchObject({ status: 429, domainCode: 'AUTH.LOCKED' });
    expect(refused).toMatchObject({ domainCode: 'AUTH.LOCKED', params: { seconds: expect.any(Number) } });
    expect(refused.message).toMatch(/thử lại sau \d+ giây/);
    expect((await pending.auth.me.query()).secondFactorPending).toBe(true);
    // The wrong codes count toward the same lock as passwords: the password is refused too while locked.
    expect((await failure(s.client().auth.signIn.mutate({ username: 'doan-ma', password }))).domainCode).toBe(
      'AUTH.SIGN_IN_REFUSED',
    );
  });
});

describe('single use', () => {
  it('refuses a code already used, also on a second session, and accepts the previous step only when newer', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'phat-lai' });
    const stepStart = new Date(Math.ceil(s.clock.now().getTime() / 30_000) * 30_000 + 1_000);
    s.clock.set(stepStart);
    const first = await pendingSession('phat-lai');
    const code = codeAt('phat-lai', stepStart);
    await first.auth.verifyTotp.mutate({ code });
    const second = await pendingSession('phat-lai');
    expect((await failure(second.auth.verifyTotp.mutate({ code }))).domainCode).toBe('AUTH.TOTP_INVALID');
    s.clock.advance(30_000); // the used code is now the previous step's: still refused
    expect((await failure(second.auth.verifyTotp.mutate({ code }))).domainCode).toBe('AUTH.TOTP_INVALID');
    await second.auth.verifyTotp.mutate({ code: codeAt('phat-lai', s.clock.now()) });

    await createUser(s.db, { role: 'office_staff', username: 'lech-gio' });
    const late = await pendingSession('lech-gio');
    await late.auth.verifyTotp.mutate({ code: codeAt('lech-gio', new Date(s.clock.now().getTime() - 30_000)) }); // one step of drift
    const older = await pendingSession('lech-gio');
    expect(
      (
        await failure(
          older.auth.verifyTotp.mutate({ code: codeAt('lech-gio', new Date(s.clock.now().getTime() - 60_000)) }),
        )
      ).domainCode,
    ).toBe('AUTH.TOTP_INVALID');
  });
});

describe('re-enrolment and recovery codes', () => {
  it('needs the password and a current code; the old factor works until the new one is confirmed', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'doi-may' });
    const me = s.client(await s.signIn('doi-may'));
    expect((await failure(me.auth.beginTotp.mutate())).domainCode).toBe('AUTH.PROOF_REQUIRED');
    expect(
      (await failure(me.auth.beginTotp.mutate({ currentPassword: 'khong-phai-mat-khau', code: s.code('doi-may') })))
        .domainCode,
    ).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await failure(me.auth.beginTotp.mutate({ currentPassword: password, code: '123456' }))).domainCode).toBe(
      'AUTH.TOTP_INVALID',
    );
    expect((await getUser(s.db, 24013, user.id))!.totpPendingSecret).toBeNull();
    const { secret } = await me.auth.beginTotp.mutate({ currentPassword: password, code: s.code('doi-may') });
    expect(await s.signIn('doi-may')).toBeTruthy(); // the old authenticator still signs in
    const { recoveryCodes } = await me.auth.confirmTotp.mutate({ code: currentTotp('doi-may', secret, s.clock.now()) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await getUser(s.db, 24013, user.id);
    expect(stored!.recoveryCodeHashes).toHaveLength(10);
    for (const c of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(c.replaceAll('-', ''));
    expect(await audited('auth.totp_enabled', user.id)).toBe(1);

    // A recovery code signs in once instead of a code, and is then used up.
    s.clock.advance(30_000);
    const pending = await pendingSession('doi-may');
    await pending.auth.verifyTotp.mutate({ recoveryCode: recoveryCodes[0]!.toUpperCase() });
    expect((await pending.auth.me.query()).secondFactorPending).toBe(false);
    const again = await pendingSession('doi-may');
    expect((await failure(again.auth.verifyTotp.mutate({ recoveryCode: recoveryCodes[0]! }))).domainCode).toBe(
      'AUTH.RECOVERY_CODE_INVALID',
    );
    expect((await getUser(s.db, 24013, user.id))!.recoveryCodeHashes).toHaveLength(9);
    expect(await audited('auth.recovery_code_used', user.id)).toBe(1);
    expect(await audited('auth.recovery_code_failed', user.id)).toBe(1);
  });

  it('accepts a recovery code as proof for re-enrolment', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'mat-may' });
    const me = s.client(await s.signIn('mat-may'));
    const { secret } = await me.auth.beginTotp.mutate({ currentPassword: password, code: s.code('mat-may') });
    const { recoveryCodes } = await me.auth.confirmTotp.mutate({ code: currentTotp('mat-may', secret, s.clock.now()) });
    await me.auth.beginTotp.mutate({ currentPassword: password, recoveryCode: recoveryCodes[3]! });
    expect(
      (await failure(me.auth.beginTotp.mutate({ currentPassword: password, recoveryCode: recoveryCodes[3]! })))
        .domainCode,
    ).toBe('AUTH.RECOVERY_CODE_INVALID');
  });
});

describe('a password-only session', () => {
  it('reaches only me, verifyTotp and signOut', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'nua-chung' });
    const pending = await pendingSession('nua-chung');
    expect((await pending.auth.me.query()).secondFactorPending).toBe(true);
    const calls = [
      () => pending.auth.sessions.query(),
      () => pending.auth.endOtherSessions.mutate(),
      () => pending.auth.beginTotp.mutate(),
      () => pending.plan.get.query(),
      () => pending.auth.changePassword.mutate({ currentPassword: password, newPassword: 'mot-mat-khau-moi-rat-dai' }),
    ];
    for (const call of calls)
      expect(await failure(call())).toMatchObject({ status: 401, domainCode: 'AUTH.TOTP_REQUIRED' });
    await pending.auth.signOut.mutate();
    expect((await failure(pending.auth.me.query())).domainCode).toBe('AUTH.UNAUTHENTICATED');
  });
});
