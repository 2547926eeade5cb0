/**
 * What an administrator does to another account of the same commune (permission `user.manage`; security.md
 * ANM-03, ANM-05, ANM-06): disable (its sessions end at once, in every process) and enable, unlock after a
 * lock-out, reset the second factor (the user enrols again; sessions end), end all its sessions. Each is audited;
 * a user of another commune is "not found"; an administrator cannot disable or reset their own account.
 */
import {
  clearSecondFactor,
  deleteUserSessions,
  notifySessionsChanged,
  setUserActive,
  unlockUser,
  withAudit,
  type Tx,
} from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { sessionCacheFor } from '../auth/session-cache.ts';

export type UserAction = 'disable' | 'enable' | 'unlock' | 'resetSecondFactor' | 'endSessions';

const steps: Record<
  UserAction,
  {
    action: string;
    notSelf: boolean;
    endSessions: boolean;
    change: (tx: Tx, communeId: number, id: string) => Promise<boolean>;
  }
> = {
  disable: {
    action: 'user.disable',
    notSelf: true,
    endSessions: true,
    change: (tx, c, id) => setUserActive(tx, c, id, false),
  },
  enable: {
    action: 'user.enable',
    notSelf: true,
    endSessions: false,
    change: (tx, c, id) => setUserActive(tx, c, id, true),
  },
  unlock: { action: 'user.unlock', notSelf: false, endSessions: false, change: unlockUser },
  resetSecondFactor: {
    action: 'user.reset_second_factor',
    notSelf: true,
    endSessions: true,
    change: clearSecondFactor,
  },
  endSessions: { action: 'user.end_sessions', notSelf: true, endSessions: true, change: async () => true },
};

/** Applies `what` to the user `userId` of the administrator's commune. */
export async function manageUser(
  ctx: ScopedContext,
  what: UserAction,
  userId: string,
): Promise<{ ok: true; sessionsEnded: number }> {
  const step = steps[what];
  if (step.notSelf && userId === ctx.user.userId) throw new DomainError('USER.NOT_ON_SELF');
  const { communeId } = ctx.scope;
  const sessionsEnded = await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await step.change(tx, communeId, userId))) throw new DomainError('RESOURCE.NOT_FOUND');
    const ended = step.endSessions ? await deleteUserSessions(tx, communeId, userId) : 0;
    await notifySessionsChanged(tx, userId);
    await audit({ action: step.action, objectType: 'user', objectId: userId, after: { sessionsEnded: ended } });
    return ended;
  });
  sessionCacheFor(ctx.db).forgetUser(userId);
  return { ok: true, sessionsEnded };
}
