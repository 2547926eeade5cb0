/**
 * Signs a user in with username and password (security.md ANM-03). The attempt is counted as a failure, and the
 * account locked when the count reaches a lock, in ONE statement before the password is checked — so 40 parallel
 * guesses get exactly as many checks as the lock-out allows, and a locked account is refused without a check.
 * Unknown, disabled and locked accounts take the same path as a wrong password (a dummy argon2 check) and get the
 * same answer, AUTH.SIGN_IN_REFUSED, whose text says that repeated failures lock the account (no enumeration).
 * A right password takes its attempt back; only a complete sign-in (with the code, when enrolled) clears the count.
 */
import {
  clearFailedSignIns,
  findUserByUsername,
  insertSession,
  reserveSignInAttempt,
  sweepSessions,
  undoSignInAttempt,
  withAudit,
  type Db,
} from '@hgcs/db';
import {
  DomainError,
  lockoutTable,
  roles,
  rolesRequiringTotp,
  sessionAbsoluteSeconds,
  sessionIdleSeconds,
  type Role,
  type SignInInput,
} from '@hgcs/domain';
import { dummyHash, verifyPassword } from './password.ts';
import { hashToken, newToken } from './token.ts';

export type SignInResult = { token: string; expiresAt: string; next: 'totp' | 'setup' | 'ready' };

const lockTable = lockoutTable();
const idleByRole = Object.fromEntries(roles.map((r) => [r, sessionIdleSeconds(r)])) as Record<Role, number>;

/** Checks the credentials and opens a session. Throws AUTH.SIGN_IN_REFUSED for every kind of refusal. */
export async function signIn(
  db: Db,
  input: SignInInput,
  { now, requestId }: { now: Date; requestId: string },
): Promise<SignInResult> {
  const user = await reserveSignInAttempt(db, { username: input.username }, now, lockTable);
  if (!user) {
    await verifyPassword(await dummyHash, input.password);
    await auditLockedAttempt(db, input.username, now, requestId);
    throw new DomainError('AUTH.SIGN_IN_REFUSED');
  }
  const actor = { communeId: user.communeId, userId: user.id, requestId };
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await withAudit(db, actor, (_tx, audit) =>
      audit({
        action: 'auth.sign_in_failed',
        objectType: 'user',
        objectId: user.id,
        after: { failures: user.failedSignIns, locked: user.lockedUntil !== null },
      }),
    );
    throw new DomainError('AUTH.SIGN_IN_REFUSED');
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionAbsoluteSeconds * 1000);
  await withAudit(db, actor, async (tx, audit) => {
    if (user.totpEnabled) await undoSignInAttempt(tx, user.id, user.lockedUntil);
    else await clearFailedSignIns(tx, user.id);
    await sweepSessions(tx, now, idleByRole);
    await insertSession(tx, {
      id: hashToken(token),
      communeId: user.communeId,
      userId: user.id,
      secondFactorDone: !user.totpEnabled,
      expiresAt,
      now,
    });
    await audit({
      action: 'auth.sign_in',
      objectType: 'user',
      objectId: user.id,
      after: { secondFactorDue: user.totpEnabled },
    });
  });
  const needsSetup = user.mustChangePassword || (rolesRequiringTotp.includes(user.role) && !user.totpEnabled);
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    next: user.totpEnabled ? 'totp' : needsSetup ? 'setup' : 'ready',
  };
}

/** An attempt on a locked account is audited (the answer stays the generic one). Unknown usernames leave no row. */
async function auditLockedAttempt(db: Db, username: string, now: Date, requestId: string) {
  const user = await findUserByUsername(db, username);
  if (!user?.active || !user.lockedUntil || user.lockedUntil <= now) return;
  await withAudit(db, { communeId: user.communeId, userId: user.id, requestId }, (_tx, audit) =>
    audit({ action: 'auth.sign_in_locked', objectType: 'user', objectId: user.id }),
  );
}
