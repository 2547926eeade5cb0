/**
 * The console's users page (issue 10, point 10): accounts with their scope and last sign-in, creating an account
 * with a one-time setup password, and resetting a password to a new one. Spread into the `user` router.
 */
import { inviteUserInputSchema, userIdInputSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { inviteUser } from './invite-user.ts';
import { listAccounts } from './list-accounts.ts';
import { resetPassword } from './reset-password.ts';

export const userConsoleProcedures = {
  /** The commune's accounts with their village or team and their last sign-in. */
  accounts: can('user.manage').query(({ ctx }) => listAccounts(ctx.db, ctx.scope.communeId, ctx.now)),
  /** Creates an account; returns its one-time setup password once. */
  invite: can('user.manage').input(inviteUserInputSchema).mutation(({ ctx, input }) => inviteUser(ctx, input)),
  /** Gives an account a new one-time setup password, returned once; its sessions end. */
  resetPassword: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => resetPassword(ctx, input.userId)),
};
