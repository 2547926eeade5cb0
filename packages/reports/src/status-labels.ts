/**
 * Names of a work item's status (`WorkItemStatus` of @hgcs/domain) as the reports print them. Reports are
 * Vietnamese documents, so they read the catalogue's Vietnamese words (`status.*` of @hgcs/i18n); English is there
 * for a caller that wants it.
 */
import type { WorkItemStatus } from '@hgcs/domain';
import { translator } from '@hgcs/i18n';

const statuses: readonly WorkItemStatus[] = ['not_started', 'in_progress', 'done', 'overdue', 'cancelled'];
const labelsIn = (lang: 'vi' | 'en') =>
  Object.fromEntries(statuses.map((s) => [s, translator(lang)(`status.${s}`)])) as Record<WorkItemStatus, string>;

export const statusLabels: Readonly<Record<'vi' | 'en', Readonly<Record<WorkItemStatus, string>>>> = {
  vi: labelsIn('vi'),
  en: labelsIn('en'),
};
