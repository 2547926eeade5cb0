/**
 * An administrator creates an account in their commune: the password checked against the policy, the village or
 * team of the commune only (users cannot hold a foreign key to them: decisions 7), the user must change the
 * password at first sign-in. A name already taken is `RESOURCE.CONFLICT`.
 */
import { listTeams, listVillages } from '@hgcs/db';
import { DomainError, type CreateUserInput } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { assertPasswordAllowed } from '../auth/password-policy.ts';
import { type ScopedContext } from '../context.ts';
import { saveNewUser } from './save-new-user.ts';

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
  return saveNewUser(ctx, rest, await hashPassword(password));
}
