/** Names of a work item's status (`WorkItemStatus` of @hgcs/domain), Vietnamese first, as the reports print them. */
import type { WorkItemStatus } from '@hgcs/domain';

export const statusLabels = {
  vi: {
    not_started: 'Chưa bắt đầu',
    in_progress: 'Đang thực hiện',
    done: 'Hoàn thành',
    overdue: 'Quá hạn',
    cancelled: 'Đã hủy',
  },
  en: {
    not_started: 'Not started',
    in_progress: 'In progress',
    done: 'Done',
    overdue: 'Overdue',
    cancelled: 'Cancelled',
  },
} as const satisfies Record<'vi' | 'en', Record<WorkItemStatus, string>>;
