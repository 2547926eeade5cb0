/**
 * Accounts of the commune, managed by its administrator (`user.manage`): create or invite (a one-time setup password),
 * list with scope and last sign-in, reset the password or the second factor, disable/enable, unlock, end sessions.
 */
import { listUsers } from '@hgcs/db';
import { createUserInputSchema, inviteUserInputSchema, userIdInputSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { createUser } from './create-user.ts';
import { inviteUser } from './invite-user.ts';
import { listAccounts } from './list-accounts.ts';
import { resetPassword } from './reset-password.ts';
import { manageUser } from './manage-user.ts';

export const userRouter = {
  /** Creates an account in the administrator's commune; the user must change the password at first sign-in. */
  create: can('user.manage')
    .input(createUserInputSchema)
    .mutation(({ ctx, input }) => createUser(ctx, input)),

  /** Creates an account; returns its one-time setup password once (the console's users page). */
  invite: can('user.manage')
    .input(inviteUserInputSchema)
    .mutation(({ ctx, input }) => inviteUser(ctx, input)),

  /** The commune's accounts with their village or team and their last sign-in (the console's users page). */
  accounts: can('user.manage').query(({ ctx }) => listAccounts(ctx.db, ctx.scope.communeId, ctx.now)),

  /** Gives an account a new one-time setup password, returned once; its sessions end. */
  resetPassword: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx, input.userId)),

  /** The commune's accounts: role, active, second factor enrolled, locked until, live sessions. */
  list: can('user.manage').query(({ ctx }) => listUsers(ctx.db, ctx.scope.communeId, ctx.now)),

  /** Disables an account; its sessions end at once in every process. */
  disable: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => manageUser(ctx, 'disable', input.userId)),

  /** Re-enables a disabled account. */
  enable: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => manageUser(ctx, 'enable', input.userId)),

  /** Lifts a lock-out (break-glass, ANM-03). */
  unlock: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => manageUser(ctx, 'unlock', input.userId)),

  /** Removes the account's second factor (lost phone); it enrols again at next sign-in; its sessions end. */
  resetSecondFactor: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => manageUser(ctx, 'resetSecondFactor', input.userId)),

  /** Ends every session of the account. */
  endSessions: can('user.manage')
    .input(userIdInputSchema)
    .mutation(({ ctx, input }) => manageUser(ctx, 'endSessions', input.userId)),
};
