/**
 * Sign-in, second factor, password change, my sessions, sign-out and "who am I". A password-only session (second
 * factor still due) reaches only `me`, `verifyTotp` and `signOut`; setup (`changePassword`, `beginTotp`,
 * `confirmTotp`) needs the second factor when one is enrolled; my sessions need a fully set-up account.
 */
import {
  beginTotpInputSchema,
  changePasswordInputSchema,
  permissionsOf,
  rolesRequiringTotp,
  secondFactorInputSchema,
  sessionIdInputSchema,
  signInInputSchema,
  todayInVietnam,
  totpCodeInputSchema,
  totpSecretInputSchema,
} from '@hgcs/domain';
import { changePassword } from './change-password.ts';
import { beginTotp, confirmTotp, pendingTotp } from './enrol-totp.ts';
import { endMyOtherSessions, endMySession, mySessions, signOut } from './my-sessions.ts';
import { signIn } from './sign-in.ts';
import { verifySecondFactor } from './verify-second-factor.ts';
import {
  accountProcedure,
  limitSignIn,
  publicProcedure,
  pendingSessionProcedure,
  sessionProcedure,
} from '../procedures.ts';

export const authRouter = {
  /** Username + password → a bearer token and what is due next (TOTP code, setup, or nothing). */
  signIn: publicProcedure
    .input(signInInputSchema)
    .use(limitSignIn)
    .mutation(({ ctx, input }) => signIn(ctx.db, input, ctx)),

  /**
   * The signed-in user, the rights of their role, whether setup or a second factor is due, and today's date in
   * Vietnam by the API's clock (the console never reads its own clock for a rule).
   */
  me: pendingSessionProcedure.query(({ ctx }) => {
    const { tokenHash: _t, ...user } = ctx.user;
    return {
      ...user,
      permissions: permissionsOf(user.role),
      totpRequired: rolesRequiringTotp.includes(user.role),
      today: todayInVietnam(ctx.now),
    };
  }),

  /** Gives this session its second factor: the authenticator's code, or one recovery code (used up). */
  verifyTotp: pendingSessionProcedure
    .input(secondFactorInputSchema)
    .mutation(({ ctx, input }) => verifySecondFactor(ctx, input)),

  /** Replaces the password; every other session of the user ends. */
  changePassword: sessionProcedure
    .input(changePasswordInputSchema)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  /** Starts enrolling an authenticator (again: with the password and a current code or a recovery code). */
  beginTotp: sessionProcedure.input(beginTotpInputSchema).mutation(({ ctx, input }) => beginTotp(ctx, input)),

  /** The pending secret's QR again after a wrong first code (given the secret shown); no new secret is made. */
  pendingTotp: sessionProcedure
    .input(totpSecretInputSchema)
    .mutation(({ ctx, input }) => pendingTotp(ctx, input.secret)),

  /** Confirms enrolment with a first code; returns the 10 recovery codes, shown this once. */
  confirmTotp: sessionProcedure.input(totpCodeInputSchema).mutation(({ ctx, input }) => confirmTotp(ctx, input.code)),

  /** My live sessions (created, last seen, this one marked); never a token. */
  sessions: accountProcedure.query(({ ctx }) => mySessions(ctx)),

  /** Ends one of my sessions. */
  endSession: accountProcedure
    .input(sessionIdInputSchema)
    .mutation(({ ctx, input }) => endMySession(ctx, input.sessionId)),

  /** Ends all my sessions but this one. */
  endOtherSessions: accountProcedure.mutation(({ ctx }) => endMyOtherSessions(ctx)),

  /** Ends this session. */
  signOut: pendingSessionProcedure.mutation(({ ctx }) => signOut(ctx)),
};
