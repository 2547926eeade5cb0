/**
 * Signs a user in with username and password: refuses a locked account, counts failures with growing lock-outs
 * (domain `lockoutSeconds`), and on success opens a session whose second factor is still due when the account
 * has TOTP. Every outcome is audited; a failure's count is committed before the error is thrown.
 */
import { clearFailedSignIns, findUserByUsername, insertSession, recordFailedSignIn, withAudit, type Db } from '@hgcs/db';
import { DomainError, lockoutSeconds, rolesRequiringTotp, type SignInInput } from '@hgcs/domain';
import { dummyHash, verifyPassword } from './password.ts';
import { hashToken, newToken } from './token.ts';

export const sessionHours = 8;

export type SignInResult = { token: string; expiresAt: string; next: 'totp' | 'setup' | 'ready' };

/** Checks the credentials and opens a session. Throws AUTH.INVALID_CREDENTIALS or AUTH.LOCKED. */
export async function signIn(db: Db, input: SignInInput, { now, requestId }: { now: Date; requestId: string }): Promise<SignInResult> {
  const user = await findUserByUsername(db, input.username);
  if (!user || !user.active) {
    await verifyPassword(await dummyHash, input.password);
    throw new DomainError('AUTH.INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new DomainError('AUTH.LOCKED', { seconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000) });
  }
  const actor = { communeId: user.communeId, userId: user.id, requestId };
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await withAudit(db, actor, async (tx, audit) => {
      const failures = await recordFailedSignIn(tx, user.id, (n) => (lockoutSeconds(n) ? new Date(now.getTime() + lockoutSeconds(n) * 1000) : null));
      await audit({ action: 'auth.sign_in_failed', objectType: 'user', objectId: user.id, after: { failures } });
    });
    throw new DomainError('AUTH.INVALID_CREDENTIALS');
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  await withAudit(db, actor, async (tx, audit) => {
    await clearFailedSignIns(tx, user.id);
    await insertSession(tx, { id: hashToken(token), communeId: user.communeId, userId: user.id, secondFactorDone: !user.totpEnabled, expiresAt });
    await audit({ action: 'auth.sign_in', objectType: 'user', objectId: user.id });
  });
  const needsSetup = user.mustChangePassword || (rolesRequiringTotp.includes(user.role) && !user.totpEnabled);
  return { token, expiresAt: expiresAt.toISOString(), next: user.totpEnabled ? 'totp' : needsSetup ? 'setup' : 'ready' };
}
