/**
 * The second factor of a signed-in session: a TOTP code or one recovery code (security.md ANM-05). Each attempt
 * first counts as a failure toward the same lock-out as wrong passwords (one statement, `reserveSignInAttempt`),
 * so codes cannot be guessed; a locked account is refused even with the right code. A code is accepted only for a
 * step newer than the account's last used one (no replay, also across sessions); a recovery code is removed as it
 * is accepted. Failures are audited (`auth.totp_failed`, `auth.recovery_code_failed`).
 */
import {
  completeSecondFactor,
  consumeRecoveryCode,
  consumeTotpStep,
  lockedUntilOf,
  notifySessionsChanged,
  reserveSignInAttempt,
  withAudit,
} from '@hgcs/db';
import { DomainError, lockoutTable, type SecondFactorInput } from '@hgcs/domain';
import type { Context, SessionUser } from '../context.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { openSecret } from './secret-box.ts';
import { sessionCacheFor } from './session-cache.ts';
import { matchTotpStep } from './totp.ts';

const lockTable = lockoutTable();

/** Reserves one attempt for the session's user; throws AUTH.LOCKED (with the seconds left) when locked. */
export async function reserveAttempt(ctx: Context & { user: SessionUser }) {
  const user = await reserveSignInAttempt(ctx.db, { id: ctx.user.userId }, ctx.now, lockTable);
  if (user) return user;
  const until = await lockedUntilOf(ctx.db, ctx.user.userId);
  await withAudit(
    ctx.db,
    { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId },
    (_tx, audit) => audit({ action: 'auth.second_factor_locked', objectType: 'user', objectId: ctx.user.userId }),
  );
  if (until && until > ctx.now)
    throw new DomainError('AUTH.LOCKED', { seconds: Math.ceil((until.getTime() - ctx.now.getTime()) / 1000) });
  throw new DomainError('AUTH.UNAUTHENTICATED');
}

/** Gives this session its second factor, or throws AUTH.TOTP_INVALID / AUTH.RECOVERY_CODE_INVALID / AUTH.LOCKED. */
export async function verifySecondFactor(
  ctx: Context & { user: SessionUser },
  input: SecondFactorInput,
): Promise<{ ok: true }> {
  const user = await reserveAttempt(ctx);
  const failure = { failures: user.failedSignIns, locked: user.lockedUntil !== null };
  const accepted = await withAudit(
    ctx.db,
    { communeId: user.communeId, userId: user.id, requestId: ctx.requestId },
    async (tx, audit) => {
      if ('code' in input) {
        const secret = user.totpEnabled && user.totpSecret ? openSecret(ctx.secretKey, user.totpSecret, user.id) : null;
        const step = secret ? matchTotpStep(secret, input.code, ctx.now, user.totpLastStep) : null;
        if (step === null || !(await consumeTotpStep(tx, user.id, step))) {
          await audit({ action: 'auth.totp_failed', objectType: 'user', objectId: user.id, after: failure });
          return false;
        }
        await audit({ action: 'auth.totp_verified', objectType: 'user', objectId: user.id });
      } else {
        const left = await consumeRecoveryCode(tx, user.id, hashRecoveryCode(input.recoveryCode));
        if (left === null) {
          await audit({ action: 'auth.recovery_code_failed', objectType: 'user', objectId: user.id, after: failure });
          return false;
        }
        await audit({ action: 'auth.recovery_code_used', objectType: 'user', objectId: user.id, after: { left } });
      }
      await completeSecondFactor(tx, ctx.user.tokenHash);
      await notifySessionsChanged(tx, user.id);
      return true;
    },
  );
  if (!accepted) throw new DomainError('code' in input ? 'AUTH.TOTP_INVALID' : 'AUTH.RECOVERY_CODE_INVALID');
  sessionCacheFor(ctx.db).forgetUser(user.id);
  return { ok: true };
}
