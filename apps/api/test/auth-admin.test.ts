/**
 * Issue 7 points 3, 5 and 11: an administrator disables, enables, resets the second factor of and ends the sessions
 * of another user of the same commune (audited); TOTP secrets are sealed at rest under a key outside the
 * database, and a wrong key fails clearly.
 */
import { prepareTotpSecrets, SecretKeyMismatchError } from '@hgcs/api';
import { listAudit } from '@hgcs/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createUser,
  failure,
  password,
  seedOtherCommune,
  startServer,
  testSecretKey,
  testTotpSecret,
} from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
let admin: ReturnType<typeof s.client>;
beforeAll(async () => {
  s = await startServer({ now: new Date('2026-11-02T04:00:00Z') });
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'admin', username: 'quan-tri' });
  admin = s.client(await s.signIn('quan-tri'));
});
afterAll(() => s.close());
beforeEach(async () => {
  s.clock.advance(4 * 60_000); // keep the administrator's session inside its 5-minute idle limit
  await admin.auth.me.query();
});

const lastAudit = async () => (await listAudit(s.db, systemScope(24013), { limit: 1 }))[0];

describe('account administration', () => {
  it('disables a user (sessions end, sign-in refused) and enables them again, audited', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'bi-tat' });
    const token = await s.signIn('bi-tat');
    await admin.user.disable.mutate({ userId: user.id });
    expect(await lastAudit()).toMatchObject({ action: 'user.disable', objectId: user.id });
    expect((await failure(s.client(token).auth.me.query())).status).toBe(401);
    expect((await failure(s.client().auth.signIn.mutate({ username: 'bi-tat', password }))).domainCode).toBe(
      'AUTH.SIGN_IN_REFUSED',
    );
    expect((await admin.user.list.query()).find((u) => u.id === user.id)).toMatchObject({ active: false, sessions: 0 });
    await admin.user.enable.mutate({ userId: user.id });
    expect(await lastAudit()).toMatchObject({ action: 'user.enable', objectId: user.id });
    expect(await s.signIn('bi-tat')).toBeTruthy();
  });

  it('resets a lost second factor: sessions end and the user enrols again at next sign-in', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'mat-dien-thoai' });
    const token = await s.signIn('mat-dien-thoai');
    await admin.user.resetSecondFactor.mutate({ userId: user.id });
    expect(await lastAudit()).toMatchObject({ action: 'user.reset_second_factor', objectId: user.id });
    expect((await failure(s.client(token).auth.me.query())).status).toBe(401);
    const again = await s.client().auth.signIn.mutate({ username: 'mat-dien-thoai', password });
    expect(again.next).toBe('setup');
    expect((await failure(s.client(again.token).plan.get.query())).domainCode).toBe('AUTH.SETUP_REQUIRED');
  });

  it('ends all of a user’s sessions', async () => {
    const user = await createUser(s.db, { role: 'office_staff', username: 'ket-thuc' });
    const tokens = [await s.signIn('ket-thuc'), await s.signIn('ket-thuc')];
    const { sessionsEnded } = await admin.user.endSessions.mutate({ userId: user.id });
    expect(sessionsEnded).toBe(2);
    for (const t of tokens) expect((await failure(s.client(t).auth.me.query())).status).toBe(401);
  });

  it('refuses users of another commune, its own account, and non-administrators', async () => {
    const stranger = await createUser(s.db, { communeId: 24014, role: 'office_staff', username: 'xa-khac' });
    expect((await failure(admin.user.disable.mutate({ userId: stranger.id }))).domainCode).toBe('RESOURCE.NOT_FOUND');
    expect((await admin.user.list.query()).map((u) => u.username)).not.toContain('xa-khac');
    const me = (await admin.auth.me.query()).userId;
    expect((await failure(admin.user.disable.mutate({ userId: me }))).domainCode).toBe('USER.NOT_ON_SELF');
    await createUser(s.db, { role: 'office_staff', username: 'nhan-vien' });
    const staff = s.client(await s.signIn('nhan-vien'));
    expect((await failure(staff.user.unlock.mutate({ userId: stranger.id }))).domainCode).toBe('AUTH.FORBIDDEN');
  });
});

describe('secrets at rest', () => {
  it('keeps no base32 TOTP secret in the database, only AES-256-GCM sealed values', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'bi-mat' });
    const me = s.client(await s.signIn('bi-mat'));
    const { secret } = await me.auth.beginTotp.mutate({ currentPassword: password, code: s.code('bi-mat') });
    const { rows } = await s.owner.pool.query<{ totp_secret: string | null; totp_pending_secret: string | null }>(
      'select totp_secret, totp_pending_secret from users',
    );
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(testTotpSecret);
    expect(raw).not.toContain(secret);
    for (const r of rows)
      for (const v of [r.totp_secret, r.totp_pending_secret])
        if (v) expect(v).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
  });

  it('fails clearly with a wrong key, and seals a legacy plain secret at start', async () => {
    const wrongKey = new Uint8Array(32).fill(7);
    await expect(prepareTotpSecrets(s.db, wrongKey)).rejects.toThrow(SecretKeyMismatchError);
    await expect(prepareTotpSecrets(s.db, wrongKey)).rejects.toThrow(/not the key it was sealed with/);
    const legacy = await createUser(s.db, { role: 'office_staff', username: 'cu-ky', totp: false });
    await s.owner.pool.query('update users set totp_secret = $1, totp_enabled = true where id = $2', [
      testTotpSecret,
      legacy.id,
    ]);
    expect(await prepareTotpSecrets(s.db, testSecretKey)).toEqual({ sealed: 1 });
    const { rows } = await s.owner.pool.query<{ totp_secret: string }>('select totp_secret from users where id = $1', [
      legacy.id,
    ]);
    expect(rows[0]!.totp_secret).toMatch(/^v1\./);
    expect(await s.signIn('cu-ky')).toBeTruthy();
  });
});
