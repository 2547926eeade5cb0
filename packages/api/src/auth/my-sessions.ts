/**
 * A user's own sessions (security.md AU-02, ANM-02): list them (created, last seen, this one marked — never a
 * token), end one, end all the others, or sign out. Every ending is audited and heard by every process.
 */
import {
  deleteSession,
  deleteSessionByPublicId,
  deleteUserSessions,
  listUserSessions,
  notifySessionsChanged,
  withAudit,
  type Tx,
} from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import type { Context, SessionUser } from '../context.ts';
import { sessionCacheFor } from './session-cache.ts';

type SessionContext = Context & { user: SessionUser };

/** My live sessions, newest first. */
export function mySessions(ctx: SessionContext) {
  return listUserSessions(ctx.db, ctx.user.communeId, ctx.user.userId, ctx.user.tokenHash, ctx.now);
}

/** Ends one of my sessions by its public id (RESOURCE.NOT_FOUND when not mine). */
export function endMySession(ctx: SessionContext, sessionId: string) {
  return endSessions(ctx, 'auth.session_ended', async (tx) => {
    if (!(await deleteSessionByPublicId(tx, ctx.user.communeId, ctx.user.userId, sessionId)))
      throw new DomainError('RESOURCE.NOT_FOUND');
    return 1;
  });
}

/** Ends all my sessions but this one. */
export function endMyOtherSessions(ctx: SessionContext) {
  return endSessions(ctx, 'auth.other_sessions_ended', (tx) =>
    deleteUserSessions(tx, ctx.user.communeId, ctx.user.userId, ctx.user.tokenHash),
  );
}

/** Ends this session. */
export function signOut(ctx: SessionContext) {
  return endSessions(ctx, 'auth.sign_out', async (tx) => {
    await deleteSession(tx, ctx.user.tokenHash);
    return 1;
  });
}

async function endSessions(ctx: SessionContext, action: string, end: (tx: Tx) => Promise<number>) {
  const ended = await withAudit(
    ctx.db,
    { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId },
    async (tx, audit) => {
      const n = await end(tx);
      await notifySessionsChanged(tx, ctx.user.userId);
      await audit({ action, objectType: 'user', objectId: ctx.user.userId, after: { sessionsEnded: n } });
      return n;
    },
  );
  sessionCacheFor(ctx.db).forgetUser(ctx.user.userId);
  return { ok: true as const, sessionsEnded: ended };
}
