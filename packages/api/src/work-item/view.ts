/** The work item's output shape: explicit fields, derived status (overdue), rights for the console to show. */
import type { listAuditFor, listComments, listEvidence, WorkItemWithTask } from '@hgcs/db';
import { deriveWorkItemStatus, shownProgress, type WorkItemRights } from '@hgcs/domain';

/** Shapes a work item row for screens; `today` is Vietnam's date. */
export function toWorkItemView(row: WorkItemWithTask, today: string, rights?: WorkItemRights) {
  const status = deriveWorkItemStatus(
    {
      taskCode: row.taskCode,
      partKey: row.partKey,
      year: row.year,
      dueDate: row.dueDate,
      kind: 'scheduled',
      status: row.status,
      cancelReason: row.cancelReason,
      percentComplete: row.progress,
    },
    today,
  );
  return {
    id: row.id,
    year: row.year,
    partKey: row.partKey,
    origin: row.origin,
    dueDate: row.dueDate,
    status,
    storedStatus: row.status,
    progress: shownProgress(row),
    responsible: row.responsible,
    notes: row.notes,
    cancelReason: row.cancelReason,
    request: row.origin === 'request' ? { by: row.requestedBy, on: row.requestedOn, reason: row.requestReason } : null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    evidenceCount: row.evidenceCount,
    task: {
      id: row.taskId,
      code: row.taskCode,
      content: row.taskContent,
      timingText: row.timingText,
      leadAgencyCode: row.leadAgencyCode,
      coordinatingAgencyCodes: row.coordinatingAgencyCodes,
      coordinatingOthers: row.coordinatingOthers,
      expectedEvidence: row.expectedEvidence,
      groupCode: row.groupCode,
      groupTitle: row.groupTitle,
    },
    ...(rights ? { rights } : {}),
  };
}
export type WorkItemView = ReturnType<typeof toWorkItemView>;

type Evidence = Awaited<ReturnType<typeof listEvidence>>[number];
type Comment = Awaited<ReturnType<typeof listComments>>[number];
type HistoryEntry = Awaited<ReturnType<typeof listAuditFor>>[number];

/** An evidence of the item page (a link or a file's label, type and size). */
export const toEvidenceView = (e: Evidence) => ({ ...e, addedAt: e.addedAt.toISOString() });

/** A comment of the item page. */
export const toCommentView = (c: Comment) => ({ ...c, at: c.at.toISOString() });

/** A line of the item's history (its audit rows). */
export const toHistoryView = (h: HistoryEntry) => ({
  id: h.id,
  at: h.at.toISOString(),
  action: h.action,
  actor: h.actor,
  before: h.before,
  after: h.after,
});
