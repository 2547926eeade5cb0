/** Adds a person to the commune's legal-support pool (Decision 315/QĐ-TTg). */
import { insertLegalSupporter, withAudit } from '@hgcs/db';
import type { LegalSupporterCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export function createLegalSupporter(ctx: ScopedContext, input: LegalSupporterCreate): Promise<{ id: string }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const { id } = await insertLegalSupporter(tx, ctx.scope, input);
    await audit({ action: 'legal_support.create', objectType: 'legal_supporter', objectId: id, after: input });
    return { id };
  });
}
