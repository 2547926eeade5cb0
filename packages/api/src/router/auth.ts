/** Sign-in, second factor, password change, sign-out and "who am I". */
import { completeSecondFactor, deleteSession, getUser, setPasswordHash, setTotp, withAudit } from '@hgcs/db';
import { changePasswordInputSchema, DomainError, permissionsOf, rolesRequiringTotp, signInInputSchema, totpCodeInputSchema } from '@hgcs/domain';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { forgetSession, forgetUser } from '../auth/session-cache.ts';
import { signIn } from '../auth/sign-in.ts';
import { checkTotp, newTotpSecret, totpEnrolment } from '../auth/totp.ts';
import { publicProcedure, pendingSessionProcedure, sessionProcedure } from '../procedures.ts';

export const authRouter = {
  /** Username + password → a bearer token and what is due next (TOTP code, setup, or nothing). */
  signIn: publicProcedure.input(signInInputSchema).mutation(({ ctx, input }) => signIn(ctx.db, input, ctx)),

  /** The signed-in user, the rights of their role and whether setup or a second factor is due. */
  me: pendingSessionProcedure.query(({ ctx }) => {
    const { tokenHash: _t, ...user } = ctx.user;
    return { ...user, permissions: permissionsOf(user.role), totpRequired: rolesRequiringTotp.includes(user.role) };
  }),

  /** Gives the TOTP code for this session. */
  verifyTotp: pendingSessionProcedure.input(totpCodeInputSchema).mutation(async ({ ctx, input }) => {
    const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
    if (!user?.totpSecret || !user.totpEnabled || !checkTotp(user.username, user.totpSecret, input.code, ctx.now)) throw new DomainError('AUTH.TOTP_INVALID');
    await withAudit(ctx.db, { communeId: user.communeId, userId: user.id, requestId: ctx.requestId }, async (tx, audit) => {
      await completeSecondFactor(tx, ctx.user.tokenHash);
      await audit({ action: 'auth.totp_verified', objectType: 'user', objectId: user.id });
    });
    forgetSession(ctx.user.tokenHash);
    return { ok: true as const };
  }),

  /** Replaces the password (the setup password must be replaced at first sign-in). */
  changePassword: sessionProcedure.input(changePasswordInputSchema).mutation(async ({ ctx, input }) => {
    const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw new DomainError('AUTH.INVALID_CREDENTIALS');
    const passwordHash = await hashPassword(input.newPassword);
    await withAudit(ctx.db, { communeId: user.communeId, userId: user.id, requestId: ctx.requestId }, async (tx, audit) => {
      await setPasswordHash(tx, user.communeId, user.id, passwordHash);
      await audit({ action: 'auth.password_changed', objectType: 'user', objectId: user.id });
    });
    forgetUser(user.id);
    return { ok: true as const };
  }),

  /** Starts TOTP enrolment: a new secret (not yet active) and its QR code. */
  beginTotp: sessionProcedure.mutation(async ({ ctx }) => {
    const secret = newTotpSecret();
    await withAudit(ctx.db, { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId }, async (tx, audit) => {
      await setTotp(tx, ctx.user.communeId, ctx.user.userId, secret, false);
      await audit({ action: 'auth.totp_enrolment_started', objectType: 'user', objectId: ctx.user.userId });
    });
    return { secret, ...(await totpEnrolment(ctx.user.username, secret)) };
  }),

  /** Confirms enrolment with a first code; from then on every sign-in needs a code. */
  confirmTotp: sessionProcedure.input(totpCodeInputSchema).mutation(async ({ ctx, input }) => {
    const user = await getUser(ctx.db, ctx.user.communeId, ctx.user.userId);
    if (!user?.totpSecret || user.totpEnabled || !checkTotp(user.username, user.totpSecret, input.code, ctx.now)) throw new DomainError('AUTH.TOTP_INVALID');
    await withAudit(ctx.db, { communeId: user.communeId, userId: user.id, requestId: ctx.requestId }, async (tx, audit) => {
      await setTotp(tx, user.communeId, user.id, user.totpSecret, true);
      await completeSecondFactor(tx, ctx.user.tokenHash);
      await audit({ action: 'auth.totp_enabled', objectType: 'user', objectId: user.id });
    });
    forgetUser(user.id);
    return { ok: true as const };
  }),

  /** Ends this session. */
  signOut: pendingSessionProcedure.mutation(async ({ ctx }) => {
    await withAudit(ctx.db, { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId }, async (tx, audit) => {
      await deleteSession(tx, ctx.user.tokenHash);
      await audit({ action: 'auth.sign_out', objectType: 'user', objectId: ctx.user.userId });
    });
    forgetSession(ctx.user.tokenHash);
    return { ok: true as const };
  }),
};
