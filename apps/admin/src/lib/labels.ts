/** Message keys for the values the API returns as codes (statuses, composite parts, audit actions, fields). */
import type { MessageKey } from '@hgcs/i18n';

export type ItemStatus = 'not_started' | 'in_progress' | 'done' | 'overdue' | 'cancelled';

/** The status's label key: 'Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Quá hạn', 'Đã hủy'. */
export const statusKey = (status: ItemStatus): MessageKey => `status.${status}`;

/** A symbol for each status, so it never rests on colour alone. */
export const statusSymbol: Record<ItemStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  done: '✓',
  overdue: '!',
  cancelled: '✕',
};

const parts = ['inspection_survey', 'interim_review', 'final_review'] as const;
/** The label key of a composite task's part (8a), or null. */
export function partKey(part: string | null): MessageKey | null {
  return parts.find((p) => p === part) ? (`part.${part}` as MessageKey) : null;
}

const actions = [
  'work_item.update',
  'work_item.cancel',
  'work_item.comment',
  'work_item.evidence_link',
  'work_item.evidence_file',
  'work_item.create_request',
  'work_item.create_higher_plan',
] as const;
/** An audit action of a work item in plain words ("Cập nhật công việc"), or "Thao tác khác". */
export function actionKey(action: string): MessageKey {
  return (actions as readonly string[]).includes(action) ? (`action.${action}` as MessageKey) : 'action.other';
}

/** Fields of a history row worth showing, in this order, with their label keys. */
export const historyFields = [
  'status',
  'progress',
  'dueDate',
  'responsible',
  'notes',
  'cancelReason',
  'label',
  'url',
  'requestedBy',
  'requestedOn',
  'requestReason',
  'year',
] as const;
export type HistoryField = (typeof historyFields)[number];
export const fieldKey = (field: HistoryField): MessageKey => `field.${field}`;
