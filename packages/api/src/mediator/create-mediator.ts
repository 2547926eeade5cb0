/**
 * Records a person as mediator. The same name (without diacritics), birth year and village as someone already
 * recorded is refused as a likely duplicate unless the officer confirms it is another person (`confirmedDistinct`).
 * The audit row keeps field names only for personal data (redact-audit.ts).
 */
import { findSamePerson, insertMediator, villagesExist, withAudit } from '@hgcs/db';
import { DomainError, isEthnicMinority, type MediatorCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function createMediator(
  ctx: ScopedContext,
  { confirmedDistinct, ...input }: MediatorCreate,
): Promise<{ id: string }> {
  if (!(await villagesExist(ctx.db, ctx.scope, [input.residenceVillageId])))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'residenceVillageId' });
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!confirmedDistinct && (await findSamePerson(tx, ctx.scope, input)).length > 0)
      throw new DomainError('REGISTRY.DUPLICATE_PERSON', { field: 'fullName' });
    const { id } = await insertMediator(tx, ctx.scope, { ...input, ethnicMinority: isEthnicMinority(input.ethnicity) });
    await audit({
      action: 'mediator.create',
      objectType: 'mediator',
      objectId: id,
      after: { ...input, confirmedDistinct },
    });
    return { id };
  });
}
