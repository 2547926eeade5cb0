/** A coordinating or lead agency comments on a work item of an open year; the comment and its audit row land together. */
import { insertComment, withAudit } from '@hgcs/db';
import type { WorkItemCommentInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { assertCanContribute, assertYearOpen, loadItem } from './load-item.ts';

export async function addComment(ctx: ScopedContext, input: WorkItemCommentInput): Promise<{ id: string }> {
  const { item, rights } = await loadItem(ctx, input.id);
  assertCanContribute(item, rights);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await assertYearOpen(tx, ctx.scope, item);
    const row = await insertComment(tx, {
      communeId: ctx.scope.communeId,
      workItemId: item.id,
      authorId: ctx.user.userId,
      body: input.body,
    });
    await audit({
      action: 'work_item.comment',
      objectType: 'work_item',
      objectId: item.id,
      after: { commentId: row.id },
    });
    return { id: row.id };
  });
}
