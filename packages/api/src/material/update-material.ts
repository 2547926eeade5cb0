/** Changes an item of the materials library (all its values), in one transaction with its audit row. */
import { getMaterial, updateMaterial as writeMaterial, withAudit } from '@hgcs/db';
import { DomainError, type MaterialUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function updateMaterial(ctx: ScopedContext, input: MaterialUpdate): Promise<{ id: string }> {
  const { id, ...values } = input;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await getMaterial(tx, ctx.scope, id, true);
    if (!before) throw new DomainError('RESOURCE.NOT_FOUND');
    await writeMaterial(tx, ctx.scope, id, { ...values, at: ctx.now });
    await audit({
      action: 'material.update',
      objectType: 'material',
      objectId: id,
      before: { kind: before.kind, language: before.language, visibility: before.visibility, title: before.title },
      after: { kind: values.kind, language: values.language, visibility: values.visibility, title: values.title },
    });
    return { id };
  });
}
