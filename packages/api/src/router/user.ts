/** Accounts of the commune, managed by its administrator (`user.manage`): create, list, disable/enable, unlock, reset the second factor, end sessions. */
import { insertUser, listTeams, listUsers, listVillages, withAudit } from '@hgcs/db';
import { createUserInputSchema, DomainError, userIdInputSchema } from '@hgcs/domain';
import { manageUser } from '../auth/manage-user.ts';
import { hashPassword } from '../auth/password.ts';
import { assertPasswordAllowed } from '../auth/password-policy.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { actorIn } from '../context.ts';
import { can } from '../procedures.ts';
import { userConsoleProcedures } from '../user/console-procedures.ts';

export const userRouter = {
  ...userConsoleProcedures,
  /** Creates an account in the administrator's commune; the user must change the password at first sign-in. */
  create: can('user.manage').input(createUserInputSchema).mutation(async ({ ctx, input }) => {
    const { password, ...rest } = input;
    assertPasswordAllowed(password, { username: input.username, displayName: input.displayName, communeName: ctx.user.communeName });
    // A village or team of the administrator's commune only (users cannot hold a foreign key to them: decisions 7).
    if (rest.villageId && !(await listVillages(ctx.db, ctx.scope)).some((v) => v.id === rest.villageId)) throw new DomainError('RESOURCE.NOT_FOUND');
    if (rest.teamId && !(await listTeams(ctx.db, ctx.scope)).some((t) => t.id === rest.teamId)) throw new DomainError('RESOURCE.NOT_FOUND');
    const passwordHash = await hashPassword(password);
    try {
      return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
        const user = await insertUser(tx, { ...rest, communeId: ctx.scope.communeId, passwordHash, mustChangePassword: true });
        await audit({ action: 'user.create', objectType: 'user', objectId: user.id, after: { username: user.username, role: user.role, agencyCode: user.agencyCode, villageId: user.villageId, teamId: user.teamId } });
        return { id: user.id, username: user.username };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
      throw error;
    }
  }),

  /** The commune's accounts: role, active, second factor enrolled, locked until, live sessions. */
  list: can('user.manage').query(({ ctx }) => listUsers(ctx.db, ctx.scope.communeId, ctx.now)),

  /** Disables an account; its sessions end at once in every process. */
  disable: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => manageUser(ctx, 'disable', input.userId)),

  /** Re-enables a disabled account. */
  enable: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => manageUser(ctx, 'enable', input.userId)),

  /** Lifts a lock-out (break-glass, ANM-03). */
  unlock: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => manageUser(ctx, 'unlock', input.userId)),

  /** Removes the account's second factor (lost phone); it enrols again at next sign-in; its sessions end. */
  resetSecondFactor: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => manageUser(ctx, 'resetSecondFactor', input.userId)),

  /** Ends every session of the account. */
  endSessions: can('user.manage').input(userIdInputSchema).mutation(({ ctx, input }) => manageUser(ctx, 'endSessions', input.userId)),
};
