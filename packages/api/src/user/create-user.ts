/**
 * An administrator creates an account in their commune: the password checked against the policy, the village or
 * team of the commune only (users cannot hold a foreign key to them: decisions 7), the user must change the
 * password at first sign-in. A name already taken is `RESOURCE.CONFLICT`.
 */
import { insertUser, listTeams, listVillages, withAudit } from '@hgcs/db';
import { DomainError, type CreateUserInput } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { assertPasswordAllowed } from '../auth/password-policy.ts';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function createUser(
  ctx: ScopedContext,
  input: CreateUserInput,
): Promise<{ id: string; username: string }> {
  const { password, ...rest } = input;
  assertPasswordAllowed(password, {
    username: input.username,
    displayName: input.displayName,
    communeName: ctx.user.communeName,
  });
  if (rest.villageId && !(await listVillages(ctx.db, ctx.scope)).some((v) => v.id === rest.villageId))
    throw new DomainError('RESOURCE.NOT_FOUND');
  if (rest.teamId && !(await listTeams(ctx.db, ctx.scope)).some((t) => t.id === rest.teamId))
    throw new DomainError('RESOURCE.NOT_FOUND');
  const passwordHash = await hashPassword(password);
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const user = await insertUser(tx, {
        ...rest,
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
