/**
 * An administrator gives an account of the commune a new one-time setup password (a user who forgot theirs): it is
 * returned once, never stored in clear nor logged; the user must replace it at the next sign-in; every session of
 * the account ends and a lock-out is lifted. Not on one's own account (use "Tài khoản" to change it).
 */
import { deleteUserSessions, notifySessionsChanged, setSetupPassword, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { sessionCacheFor } from '../auth/session-cache.ts';
import { setupPassword } from '../commune/setup-password.ts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function resetPassword(ctx: ScopedContext, userId: string): Promise<{ setupPassword: string }> {
  if (userId === ctx.user.userId) throw new DomainError('USER.NOT_ON_SELF');
  const password = setupPassword();
  const hash = await hashPassword(password);
  await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await setSetupPassword(tx, ctx.scope.communeId, userId, hash))) throw new DomainError('RESOURCE.NOT_FOUND');
    const ended = await deleteUserSessions(tx, ctx.scope.communeId, userId);
    await notifySessionsChanged(tx, userId);
    await audit({
      action: 'user.reset_password',
      objectType: 'user',
      objectId: userId,
      after: { mustChangePassword: true, sessionsEnded: ended },
    });
  });
  sessionCacheFor(ctx.db).forgetUser(userId);
  return { setupPassword: password };
}
