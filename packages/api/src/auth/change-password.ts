/**
 * Replaces the signed-in user's password after checking the current one (the check counts toward the lock-out
 * like a sign-in) and refusing a guessable new one (password-policy.ts) before anything is counted or changed. Every OTHER session of the user ends at once, in every process (ASVS 7.4.3; issue 7 point 5).
 */
import { clearFailedSignIns, deleteUserSessions, notifySessionsChanged, setPasswordHash, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import type { Context, SessionUser } from '../context.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { assertPasswordAllowed } from './password-policy.ts';
import { sessionCacheFor } from './session-cache.ts';
import { reserveAttempt } from './verify-second-factor.ts';

/** Throws AUTH.INVALID_CREDENTIALS (counted) when the current password is wrong. */
export async function changePassword(
  ctx: Context & { user: SessionUser },
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true; sessionsEnded: number }> {
  assertPasswordAllowed(input.newPassword, ctx.user);
  const user = await reserveAttempt(ctx);
  const actor = { communeId: user.communeId, userId: user.id, requestId: ctx.requestId };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await withAudit(ctx.db, actor, (_tx, audit) =>
      audit({
        action: 'auth.password_change_failed',
        objectType: 'user',
        objectId: user.id,
        after: { failures: user.failedSignIns },
      }),
    );
    throw new DomainError('AUTH.INVALID_CREDENTIALS');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsEnded = await withAudit(ctx.db, actor, async (tx, audit) => {
    await clearFailedSignIns(tx, user.id);
    await setPasswordHash(tx, user.communeId, user.id, passwordHash);
    const ended = await deleteUserSessions(tx, user.communeId, user.id, ctx.user.tokenHash);
    await notifySessionsChanged(tx, user.id);
    await audit({
      action: 'auth.password_changed',
      objectType: 'user',
      objectId: user.id,
      after: { sessionsEnded: ended },
    });
    return ended;
  });
  sessionCacheFor(ctx.db).forgetUser(user.id);
  return { ok: true, sessionsEnded };
}
