import { currentTotp } from '@hgcs/api';
import { getUser, listAudit, listUsers } from '@hgcs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, password, setupPassword, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('sign-in', () => {
  it('refuses a wrong password with a clear Vietnamese message', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'vanphong' });
    const f = await failure(s.client().auth.signIn.mutate({ username: 'vanphong', password: 'sai-mat-khau' }));
    expect(f).toMatchObject({ status: 401, domainCode: 'AUTH.SIGN_IN_REFUSED' });
    expect(f.message).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng\. Sau 5 lần sai liên tiếp, tài khoản tạm khóa/);
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    const f = await failure(s.client().auth.signIn.mutate({ username: 'khong-ton-tai', password: 'x' }));
    expect(f.domainCode).toBe('AUTH.SIGN_IN_REFUSED');
  });

  it('locks the account after five failures, even for the right password, with the same answer as a wrong one', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'bikhoa' });
    for (let i = 0; i < 5; i++) await failure(s.client().auth.signIn.mutate({ username: 'bikhoa', password: 'sai' }));
    const f = await failure(s.client().auth.signIn.mutate({ username: 'bikhoa', password }));
    expect(f).toMatchObject({ status: 401, domainCode: 'AUTH.SIGN_IN_REFUSED' });
  });

  it('signs in, answers "me" and signs out; the token then stops working', async () => {
    const { next } = await s.client().auth.signIn.mutate({ username: 'vanphong', password });
    expect(next).toBe('totp');
    const token = await s.signIn('vanphong');
    const me = await s.client(token).auth.me.query();
    expect(me).toMatchObject({ username: 'vanphong', role: 'office_staff', communeId: 24013, needsSetup: false });
    expect(me.today).toBe('2027-03-15'); // the API's clock (the harness's testNow), Vietnam's date: the console's "today"
    expect(me).not.toHaveProperty('tokenHash');
    await s.client(token).auth.signOut.mutate();
    expect((await failure(s.client(token).auth.me.query())).domainCode).toBe('AUTH.UNAUTHENTICATED');
  });

  it('never writes a password or a token into the logs', async () => {
    const token = await s.signIn('vanphong');
    const all = s.logs.join('\n');
    expect(all).toContain('"path":"/trpc/auth.signIn"');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
  });
});

describe('the first administrator', () => {
  it('must replace the setup password and enrol TOTP, then gives a code at every sign-in', async () => {
    const adminName = (await listUsers(s.db, 24013, s.clock.now())).find((u) => u.role === 'admin')!.username;
    const first = await s.client().auth.signIn.mutate({ username: adminName, password: setupPassword });
    expect(first.next).toBe('setup');
    const admin = s.client(first.token);
    expect((await failure(admin.audit.list.query({}))).domainCode).toBe('AUTH.SETUP_REQUIRED');

    await admin.auth.changePassword.mutate({ currentPassword: setupPassword, newPassword: password });
    const { secret, uri, qrSvg } = await admin.auth.beginTotp.mutate();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toContain('<svg');
    expect((await failure(admin.auth.confirmTotp.mutate({ code: '000000' }))).domainCode).toBe('AUTH.TOTP_INVALID');
    // a wrong first code keeps the pending secret: the console shows the same QR again, given the secret it showed
    expect(await admin.auth.pendingTotp.mutate({ secret })).toEqual({ secret, uri, qrSvg });
    expect(
      (await failure(admin.auth.pendingTotp.mutate({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }))).domainCode,
    ).toBe('AUTH.NO_PENDING_ENROLMENT');
    const { recoveryCodes } = await admin.auth.confirmTotp.mutate({
      code: currentTotp(adminName, secret, s.clock.now()),
    });
    expect((await failure(admin.auth.pendingTotp.mutate({ secret }))).domainCode).toBe('AUTH.NO_PENDING_ENROLMENT');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await admin.audit.list.query({})).length).toBeGreaterThan(0);
    s.clock.advance(30_000);

    const again = await s.client().auth.signIn.mutate({ username: adminName, password });
    expect(again.next).toBe('totp');
    const pending = s.client(again.token);
    expect((await failure(pending.audit.list.query({}))).domainCode).toBe('AUTH.TOTP_REQUIRED');
    await pending.auth.verifyTotp.mutate({ code: currentTotp(adminName, secret, s.clock.now()) });
    const actions = (await pending.audit.list.query({ limit: 200 })).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.password_changed',
        'auth.totp_enabled',
        'auth.totp_verified',
        'user.create_first_admin',
      ]),
    );
  });

  it('keeps the password as an argon2id hash', async () => {
    const audit = await listAudit(s.db, systemScope(24013), { limit: 500 });
    const adminId = audit.find((a) => a.action === 'user.create_first_admin')!.objectId;
    expect((await getUser(s.db, 24013, adminId))!.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
