/** Links a record in the product or an https page as evidence of a work item of an open year (files: add-file-evidence.ts). */
import { insertEvidence, withAudit } from '@hgcs/db';
import type { EvidenceLinkInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { assertCanContribute, assertYearOpen, loadItem } from './load-item.ts';

export async function addEvidenceLink(ctx: ScopedContext, input: EvidenceLinkInput): Promise<{ id: string }> {
  const { item, rights } = await loadItem(ctx, input.id);
  assertCanContribute(item, rights);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await assertYearOpen(tx, ctx.scope, item);
    const row = await insertEvidence(tx, {
      communeId: ctx.scope.communeId,
      workItemId: item.id,
      kind: 'link',
      label: input.label,
      url: input.url,
      addedBy: ctx.user.userId,
    });
    await audit({
      action: 'work_item.evidence_link',
      objectType: 'work_item',
      objectId: item.id,
      after: { evidenceId: row.id, label: input.label, url: input.url },
    });
    return { id: row.id };
  });
}
