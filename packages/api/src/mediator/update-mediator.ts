/** Changes a mediator of the commune; a change that makes them look like another recorded person needs the officer's confirmation. */
import { findSamePerson, getMediator, updateMediator, villagesExist, withAudit } from '@hgcs/db';
import { DomainError, isEthnicMinority, type MediatorUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function changeMediator(
  ctx: ScopedContext,
  { id, confirmedDistinct, ...patch }: MediatorUpdate,
): Promise<{ id: string }> {
  if (patch.residenceVillageId && !(await villagesExist(ctx.db, ctx.scope, [patch.residenceVillageId])))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'residenceVillageId' });
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const current = await getMediator(tx, ctx.scope, id);
    if (!current) throw new DomainError('RESOURCE.NOT_FOUND');
    const next = {
      fullName: patch.fullName ?? current.fullName,
      birthYear: patch.birthYear ?? current.birthYear,
      residenceVillageId: patch.residenceVillageId ?? current.residenceVillageId,
    };
    if (!confirmedDistinct && (await findSamePerson(tx, ctx.scope, next, id)).length > 0)
      throw new DomainError('REGISTRY.DUPLICATE_PERSON', { field: 'fullName' });
    const derived = patch.ethnicity !== undefined ? { ethnicMinority: isEthnicMinority(patch.ethnicity) } : {};
    const changed = await updateMediator(tx, ctx.scope, id, { ...patch, ...derived }, ctx.now);
    if (!changed) throw new DomainError('RESOURCE.NOT_FOUND');
    const { createdAt: _c, updatedAt: _u, ...before } = changed.before;
    const { createdAt: _c2, updatedAt: _u2, ...after } = changed.after;
    await audit({ action: 'mediator.update', objectType: 'mediator', objectId: id, before, after });
    return { id };
  });
}
