/**
 * Adds an item to the materials library, in one transaction with its audit row. A retry of the same submission
 * (same `clientKey`) returns the item the first one created — never a second item.
 */
import { insertMaterial, materialByClientKey, withAudit } from '@hgcs/db';
import type { MaterialCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function createMaterial(
  ctx: ScopedContext,
  input: MaterialCreate,
): Promise<{ id: string; created: boolean }> {
  const earlier = await materialByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (earlier) return { id: earlier.id, created: false };
  const { clientKey, ...values } = input;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertMaterial(tx, ctx.scope, { ...values, clientKey, createdBy: ctx.user.userId, at: ctx.now });
    if (!row) {
      // a concurrent retry won the race: answer with its item
      const first = await materialByClientKey(tx, ctx.scope, clientKey);
      return { id: first!.id, created: false };
    }
    await audit({
      action: 'material.create',
      objectType: 'material',
      objectId: row.id,
      after: { kind: values.kind, language: values.language, visibility: values.visibility, count: values.tags.length },
    });
    return { id: row.id, created: true };
  });
}
