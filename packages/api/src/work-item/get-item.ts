/** One work item of the caller's commune with its evidence, comments, full history and the caller's rights on it. */
import { listAuditFor, listComments, listEvidence } from '@hgcs/db';
import type { ScopedContext } from '../context.ts';
import { loadItem } from './load-item.ts';
import { toCommentView, toEvidenceView, toHistoryView, toWorkItemView } from './view.ts';

/** The item `id` as the item page shows it on `today` (Vietnam's date); another commune's item is "not found". */
export async function getItem(ctx: ScopedContext, id: string, today: string) {
  const { item, rights } = await loadItem(ctx, id);
  const [evidence, comments, history] = await Promise.all([
    listEvidence(ctx.db, ctx.scope, item.id),
    listComments(ctx.db, ctx.scope, item.id),
    listAuditFor(ctx.db, ctx.scope, 'work_item', item.id),
  ]);
  return {
    ...toWorkItemView(item, today, rights),
    evidence: evidence.map(toEvidenceView),
    comments: comments.map(toCommentView),
    history: history.map(toHistoryView),
  };
}
