/**
 * Writes a new account of the caller's commune with its audit row (`user.create`), the user to change the password
 * at first sign-in; a name already taken is `RESOURCE.CONFLICT`. Shared by `createUser` and `inviteUser`.
 */
import { insertUser, withAudit } from '@hgcs/db';
import { DomainError, type InviteUserInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function saveNewUser(
  ctx: ScopedContext,
  fields: InviteUserInput,
  passwordHash: string,
): Promise<{ id: string; username: string }> {
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const user = await insertUser(tx, {
        ...fields,
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
      return { id: user.id, username: user.username };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
    throw error;
  }
}
