/**
 * The console's users page over real HTTP (issue 10, point 10): an administrator creates an account without choosing
 * its password (a one-time setup password is returned once), scopes a team leader to a team of the commune, resets a
 * password (the old one stops working, sessions end, the new one must be changed), and sees each account's last
 * sign-in. Not on one's own account; another commune's account is "not found".
 */
import { insertTeam, listVillages } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, password, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let admin: ReturnType<typeof s.client>;
let adminId: string;
let teamId: string;
let otherTeamId: string;
beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  const [village] = await listVillages(s.db, systemScope(24013));
  teamId = (await insertTeam(s.db, systemScope(24013), { villageId: village!.id, name: 'Tổ hòa giải số 1' })).id;
  const [otherVillage] = await listVillages(s.db, systemScope(24014));
  otherTeamId = (await insertTeam(s.db, systemScope(24014), { villageId: otherVillage!.id, name: 'Tổ xã khác' })).id;
  adminId = (await createUser(s.db, { role: 'admin', username: 'quan-tri' })).id;
  admin = s.client(await s.signIn('quan-tri'));
});
afterAll(() => s.close());

describe('users in the console', () => {
  it('creates a team leader scoped to a team with a one-time setup password that must be changed', async () => {
    const made = await admin.user.invite.mutate({
      username: 'to-truong-moi',
      displayName: 'Tổ trưởng Mới',
      role: 'team_leader',
      teamId,
    });
    expect(made.setupPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const signedIn = await s.client().auth.signIn.mutate({ username: 'to-truong-moi', password: made.setupPassword });
    expect(signedIn.token).toBeTruthy();
    const me = await s.client(signedIn.token).auth.me.query();
    expect(me).toMatchObject({ mustChangePassword: true });
    const account = (await admin.user.accounts.query()).find((a) => a.username === 'to-truong-moi')!;
    expect(account).toMatchObject({ role: 'team_leader', teamId, villageId: null });
    expect(s.logs.join('')).not.toContain(made.setupPassword);
  });
  it('refuses a team of another commune, a team for a role that has none, and a taken username', async () => {
    expect(
      await failure(
        admin.user.invite.mutate({
          username: 'la-1',
          displayName: 'Người Lạ',
          role: 'team_leader',
          teamId: otherTeamId,
        }),
      ),
    ).toMatchObject({ status: 404 });
    const wrongRole = await failure(
      admin.user.invite.mutate({ username: 'la-2', displayName: 'Người Lạ', role: 'office_staff', teamId }),
    );
    expect(wrongRole).toMatchObject({ status: 400 });
    expect(Object.keys(wrongRole.fields)).toEqual(['teamId']);
    expect(wrongRole.message).toContain('Chỉ tổ trưởng tổ hòa giải mới gắn với một tổ');
    expect(
      await failure(
        admin.user.invite.mutate({ username: 'to-truong-moi', displayName: 'Trùng', role: 'office_staff' }),
      ),
    ).toMatchObject({ status: 409 });
  });
  it('resets a password: the old one fails, sessions end, the new one is a setup password', async () => {
    const { id } = await createUser(s.db, { role: 'office_staff', username: 'van-phong' });
    const token = await s.signIn('van-phong');
    const { setupPassword } = await admin.user.resetPassword.mutate({ userId: id });
    expect(await failure(s.client(token).auth.me.query())).toMatchObject({ status: 401 });
    expect(await failure(s.client().auth.signIn.mutate({ username: 'van-phong', password }))).toMatchObject({
      status: 401,
    });
    const again = await s.client().auth.signIn.mutate({ username: 'van-phong', password: setupPassword });
    expect(again.token).toBeTruthy();
  });
  it('refuses to reset one’s own password or another commune’s account', async () => {
    expect(await failure(admin.user.resetPassword.mutate({ userId: adminId }))).toMatchObject({
      status: 403,
      domainCode: 'USER.NOT_ON_SELF',
    });
    const { id } = await createUser(s.db, { communeId: 24014, role: 'office_staff', username: 'khac' });
    expect(await failure(admin.user.resetPassword.mutate({ userId: id }))).toMatchObject({ status: 404 });
  });
  it('shows each account’s last sign-in, none for one that never signed in', async () => {
    await createUser(s.db, { role: 'office_staff', username: 'chua-dang-nhap' });
    const accounts = await admin.user.accounts.query();
    expect(accounts.find((a) => a.username === 'chua-dang-nhap')!.lastSignInAt).toBeNull();
    const mine = accounts.find((a) => a.username === 'quan-tri')!;
    expect(new Date(mine.lastSignInAt!).getTime()).toBeLessThanOrEqual(s.clock.now().getTime());
    expect(mine.lastSignInAt).not.toBeNull();
  });
});
