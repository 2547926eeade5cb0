/** Changes a legal supporter of the commune; another commune's is "not found". */
import { updateLegalSupporter, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

type Patch = {
  id: string;
  fullName?: string;
  kind?: 'jurist' | 'lawyer' | 'police_officer' | 'court_assessor' | 'retired_judge' | 'legal_official' | 'other';
  organisation?: string | null;
  phone?: string | null;
};

export function changeLegalSupporter(ctx: ScopedContext, { id, ...patch }: Patch): Promise<{ id: string }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const changed = await updateLegalSupporter(tx, ctx.scope, id, patch);
    if (!changed) throw new DomainError('RESOURCE.NOT_FOUND');
    const { createdAt: _c, ...before } = changed.before;
    const { createdAt: _c2, ...after } = changed.after;
    await audit({ action: 'legal_support.update', objectType: 'legal_supporter', objectId: id, before, after });
    return { id };
  });
}
