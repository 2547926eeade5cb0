/**
 * Issue 7.15 (ANM-04): a new password that is common, repetitive or made of the commune's, the product's or the
 * person's words is refused — when a user changes theirs and when an administrator creates an account — and
 * nothing changes: no attempt is counted, the old password still works.
 */
import { getUser, listAudit } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, password, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer({ now: new Date('2027-03-15T02:00:00Z') });
  await createUser(s.db, { role: 'office_staff', username: 'vanphong', agencyCode: 'office' });
  await createUser(s.db, { role: 'admin', username: 'quantri', agencyCode: 'office' });
});
afterAll(() => s.close());

describe('guessable passwords', () => {
  it.each(['aaaaaaaaaaaa', '            ', 'hoagiaipoto1', 'password1234', 'vanphong2027!'])(
    'refuses %j as a new password, counting and changing nothing',
    async (weak) => {
      const token = await s.signIn('vanphong');
      const before = await getUser(s.db, 24013, (await s.client(token).auth.me.query()).userId);
      const f = await failure(
        s.client(token).auth.changePassword.mutate({ currentPassword: password, newPassword: weak }),
      );
      expect(f).toMatchObject({ status: 400, domainCode: 'AUTH.GUESSABLE_PASSWORD' });
      const after = await getUser(s.db, 24013, before!.id);
      expect(after!.passwordHash).toBe(before!.passwordHash);
      expect(after!.failedSignIns).toBe(before!.failedSignIns);
    },
  );

  it('accepts a long phrase of unrelated words', async () => {
    const token = await s.signIn('vanphong');
    await s
      .client(token)
      .auth.changePassword.mutate({ currentPassword: password, newPassword: 'Trâu vàng ăn cỏ non bên suối' });
    expect((await failure(s.client().auth.signIn.mutate({ username: 'vanphong', password }))).domainCode).toBe(
      'AUTH.SIGN_IN_REFUSED',
    );
  });

  it('refuses a guessable first password when an administrator creates an account, and creates nothing', async () => {
    const token = await s.signIn('quantri');
    const before = (await listAudit(s.db, systemScope(24013), { limit: 1000 })).filter(
      (a) => a.action === 'user.create',
    ).length;
    const f = await failure(
      s.client(token).user.create.mutate({
        username: 'kinhte',
        displayName: 'Trần Văn Kinh',
        role: 'budget_officer',
        agencyCode: 'economy',
        password: 'tranvankinh1',
      }),
    );
    expect(f.domainCode).toBe('AUTH.GUESSABLE_PASSWORD');
    expect(
      (await listAudit(s.db, systemScope(24013), { limit: 1000 })).filter((a) => a.action === 'user.create').length,
    ).toBe(before);
  });
});
