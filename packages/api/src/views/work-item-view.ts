/** The work item's output shape: explicit fields, derived status (overdue), rights for the console to show. */
import type { WorkItemWithTask } from '@hgcs/db';
import { deriveWorkItemStatus, type WorkItemRights } from '@hgcs/domain';

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
    progress: row.status === 'done' ? 100 : row.progress,
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
