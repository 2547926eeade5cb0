/**
 * Proof that the person at a signed-in session is the account's owner, before its second factor is replaced
 * (ASVS 6.5): the current password AND a current code (or an unused recovery code). The attempt counts toward
 * the lock-out like a sign-in; a good proof uses up the code's step (or the recovery code) and is audited.
 */
import { consumeRecoveryCode, consumeTotpStep, withAudit } from '@hgcs/db';
import { DomainError, type BeginTotpInput } from '@hgcs/domain';
import type { Context, SessionUser } from '../context.ts';
import { verifyPassword } from './password.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { openSecret } from './secret-box.ts';
import { matchTotpStep } from './totp.ts';
import { reserveAttempt } from './verify-second-factor.ts';

/** Throws AUTH.PROOF_REQUIRED, AUTH.INVALID_CREDENTIALS, AUTH.TOTP_INVALID, AUTH.RECOVERY_CODE_INVALID or AUTH.LOCKED unless proven. */
export async function proveIdentity(ctx: Context & { user: SessionUser }, proof: BeginTotpInput): Promise<void> {
  const { currentPassword, code, recoveryCode } = proof;
  if (!currentPassword || (!code && !recoveryCode)) throw new DomainError('AUTH.PROOF_REQUIRED');
  const user = await reserveAttempt(ctx);
  const passwordOk = await verifyPassword(user.passwordHash, currentPassword);
  const refusal = await withAudit(
    ctx.db,
    { communeId: user.communeId, userId: user.id, requestId: ctx.requestId },
    async (tx, audit) => {
      const fail = async (reason: 'password' | 'code' | 'recovery_code') => {
        await audit({
          action: 'auth.identity_proof_failed',
          objectType: 'user',
          objectId: user.id,
          after: { reason, failures: user.failedSignIns },
        });
        return reason;
      };
      if (!passwordOk) return fail('password');
      if (code) {
        const secret = user.totpSecret ? openSecret(ctx.secretKey, user.totpSecret, user.id) : null;
        const step = secret ? matchTotpStep(secret, code, ctx.now, user.totpLastStep) : null;
        if (step === null || !(await consumeTotpStep(tx, user.id, step))) return fail('code');
      } else if ((await consumeRecoveryCode(tx, user.id, hashRecoveryCode(recoveryCode!))) === null) {
        return fail('recovery_code');
      }
      await audit({
        action: 'auth.identity_proven',
        objectType: 'user',
        objectId: user.id,
        after: { with: code ? 'code' : 'recovery_code' },
      });
      return null;
    },
  );
  if (refusal === 'password') throw new DomainError('AUTH.INVALID_CREDENTIALS');
  if (refusal === 'code') throw new DomainError('AUTH.TOTP_INVALID');
  if (refusal === 'recovery_code') throw new DomainError('AUTH.RECOVERY_CODE_INVALID');
}
