/**
 * An administrator creates an account without choosing its password: the product makes a one-time setup password,
 * returned once (shown once by the console); the user replaces it and enrols the second factor at first sign-in.
 * A village head is scoped to a village of the commune, a team leader to a team of it.
 */
import { insertUser, listTeams, listVillages, withAudit } from '@hgcs/db';
import { DomainError, type InviteUserInput } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { setupPassword } from '../commune/setup-password.ts';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function inviteUser(
  ctx: ScopedContext,
  input: InviteUserInput,
): Promise<{ id: string; username: string; setupPassword: string }> {
  if (input.villageId && !(await listVillages(ctx.db, ctx.scope)).some((v) => v.id === input.villageId))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'villageId' });
  if (input.teamId && !(await listTeams(ctx.db, ctx.scope)).some((t) => t.id === input.teamId))
    throw new DomainError('RESOURCE.NOT_FOUND');
  const password = setupPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const user = await insertUser(tx, {
        ...input,
        communeId: ctx.scope.communeId,
        passwordHash,
        mustChangePassword: true,
      });
      await audit({
        action: 'user.create',
        objectType: 'user',
        objectId: user.id,
        after: {
          username: user.username,
          role: user.role,
          agencyCode: user.agencyCode,
          villageId: user.villageId,
          teamId: user.teamId,
        },
      });
      return { id: user.id, username: user.username, setupPassword: password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
    throw error;
  }
}
