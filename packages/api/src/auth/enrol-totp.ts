/**
 * Enrolling an authenticator app (security.md ANM-05; ASVS 6.5). `beginTotp` keeps a new secret aside (sealed)
 * — when one is already active, only after proof (password and a current code or a recovery code) — and the
 * active one keeps working until `confirmTotp` accepts a first code of the new one. Confirming makes 10 recovery
 * codes, returned once and stored hashed; re-enrolling ends the account's other sessions.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  activatePendingTotp,
  completeSecondFactor,
  deleteUserSessions,
  getUser,
  notifySessionsChanged,
  setPendingTotp,
  withAudit,
} from '@hgcs/db';
import { DomainError, type BeginTotpInput } from '@hgcs/domain';
import type { Context, SessionUser } from '../context.ts';
import { proveIdentity } from './prove-identity.ts';
import { newRecoveryCodes } from './recovery-codes.ts';
import { openSecret, sealSecret } from './secret-box.ts';
import { sessionCacheFor } from './session-cache.ts';
import { matchTotpStep, newTotpSecret, totpEnrolment } from './totp.ts';
import { reserveAttempt } from './verify-second-factor.ts';

type SessionContext = Context & { user: SessionUser };

/** A new secret and its QR code; the secret is kept pending (sealed) until confirmed. */
export async function beginTotp(ctx: SessionContext, proof: BeginTotpInput) {
  const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
  if (!user) throw new DomainError('AUTH.UNAUTHENTICATED');
  if (user.totpEnabled) await proveIdentity(ctx, proof);
  const secret = newTotpSecret();
  await withAudit(
    ctx.db,
    { communeId: user.communeId, userId: user.id, requestId: ctx.requestId },
    async (tx, audit) => {
      await setPendingTotp(tx, user.communeId, user.id, sealSecret(ctx.secretKey, secret, user.id));
      await audit({
        action: 'auth.totp_enrolment_started',
        objectType: 'user',
        objectId: user.id,
        after: { replacing: user.totpEnabled },
      });
    },
  );
  return { secret, ...(await totpEnrolment(user.username, secret)) };
}

/**
 * The QR code of the pending secret again, after a wrong first code: the console sends back the secret it was shown
 * (it never learns it otherwise), and gets its QR only when that is still the pending one — so no new secret is
 * made and nothing is revealed to a caller who did not already have it. `AUTH.NO_PENDING_ENROLMENT` otherwise.
 */
export async function pendingTotp(ctx: SessionContext, secret: string) {
  const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
  if (!user?.totpPendingSecret) throw new DomainError('AUTH.NO_PENDING_ENROLMENT');
  const pending = Buffer.from(openSecret(ctx.secretKey, user.totpPendingSecret, user.id));
  const given = Buffer.from(secret);
  if (pending.length !== given.length || !timingSafeEqual(pending, given))
    throw new DomainError('AUTH.NO_PENDING_ENROLMENT');
  return { secret, ...(await totpEnrolment(user.username, secret)) };
}

/** Confirms the pending secret with a first code; returns the 10 recovery codes (shown once, never again). */
export async function confirmTotp(ctx: SessionContext, code: string): Promise<{ recoveryCodes: string[] }> {
  const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
  if (!user?.totpPendingSecret) throw new DomainError('AUTH.NO_PENDING_ENROLMENT');
  const attempt = await reserveAttempt(ctx);
  const pending = user.totpPendingSecret;
  const step = matchTotpStep(openSecret(ctx.secretKey, pending, user.id), code, ctx.now, null);
  const { codes, hashes } = newRecoveryCodes();
  const done = await withAudit(
    ctx.db,
    { communeId: user.communeId, userId: user.id, requestId: ctx.requestId },
    async (tx, audit) => {
      if (
        step === null ||
        !(await activatePendingTotp(tx, user.communeId, user.id, { pending, step, recoveryCodeHashes: hashes }))
      ) {
        await audit({
          action: 'auth.totp_failed',
          objectType: 'user',
          objectId: user.id,
          after: { failures: attempt.failedSignIns, enrolment: true },
        });
        return false;
      }
      const ended = user.totpEnabled ? await deleteUserSessions(tx, user.communeId, user.id, ctx.user.tokenHash) : 0;
      await completeSecondFactor(tx, ctx.user.tokenHash);
      await notifySessionsChanged(tx, user.id);
      await audit({
        action: 'auth.totp_enabled',
        objectType: 'user',
        objectId: user.id,
        after: { recoveryCodes: hashes.length, replaced: user.totpEnabled, sessionsEnded: ended },
      });
      return true;
    },
  );
  if (!done) throw new DomainError('AUTH.TOTP_INVALID');
  sessionCacheFor(ctx.db).forgetUser(user.id);
  return { recoveryCodes: codes };
}
