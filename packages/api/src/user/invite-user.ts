/**
 * An administrator creates an account without choosing its password: the product makes a one-time setup password,
 * returned once (shown once by the console); the user replaces it and enrols the second factor at first sign-in.
 * A village head is scoped to a village of the commune, a team leader to a team of it.
 */
import { listTeams, listVillages } from '@hgcs/db';
import { DomainError, type InviteUserInput } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { setupPassword } from '../commune/setup-password.ts';
import { type ScopedContext } from '../context.ts';
import { saveNewUser } from './save-new-user.ts';

export async function inviteUser(
  ctx: ScopedContext,
  input: InviteUserInput,
): Promise<{ id: string; username: string; setupPassword: string }> {
  if (input.villageId && !(await listVillages(ctx.db, ctx.scope)).some((v) => v.id === input.villageId))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'villageId' });
  if (input.teamId && !(await listTeams(ctx.db, ctx.scope)).some((t) => t.id === input.teamId))
    throw new DomainError('RESOURCE.NOT_FOUND');
  const password = setupPassword();
  const user = await saveNewUser(ctx, input, await hashPassword(password));
  return { ...user, setupPassword: password };
}
