/**
 * The life of a commune's statistical report (issue 13 point 9; DHIS2's data approval as the anchor): prepared
 * (filled from the period's records, prepared again as often as needed) → approved by the chairman, which locks it
 * (its figures are a stored snapshot: later changes to cases do not move them) → reopened only with a reason, back to
 * prepared. Inputs of the API: the period, the reopening reason.
 */
import { z } from 'zod';
import { reportingPeriodKindSchema } from '../calendar/reporting-period.ts';
import { DomainError } from '../errors/domain-error.ts';

export const statisticalReportStatuses = ['prepared', 'approved'] as const;
export type StatisticalReportStatus = (typeof statisticalReportStatuses)[number];

export const statisticalPeriodInputSchema = z
  .object({
    kind: reportingPeriodKindSchema,
    year: z
      .number({ message: 'field.YEAR' })
      .int({ message: 'field.YEAR' })
      .min(2024, 'field.REPORT_YEAR_RANGE')
      .max(2030, 'field.REPORT_YEAR_RANGE'),
  })
  .strict();
export type StatisticalPeriodInput = z.infer<typeof statisticalPeriodInputSchema>;

export const reopenStatisticalReportInputSchema = statisticalPeriodInputSchema
  .extend({ reason: z.string().trim().min(10, 'field.REOPEN_REASON').max(1000, 'field.REOPEN_REASON') })
  .strict();
export type ReopenStatisticalReportInput = z.infer<typeof reopenStatisticalReportInputSchema>;

/** Preparing (again) is allowed only while the report is not approved. */
export function requireReportOpen(status: StatisticalReportStatus | null): void {
  if (status === 'approved') throw new DomainError('KPI.REPORT_LOCKED');
}

/** Approving needs a prepared report. */
export function requireReportPrepared(status: StatisticalReportStatus | null): void {
  if (status === null) throw new DomainError('KPI.REPORT_NOT_PREPARED');
  if (status === 'approved') throw new DomainError('KPI.REPORT_LOCKED');
}

/** Reopening needs an approved report. */
export function requireReportApproved(status: StatisticalReportStatus | null): void {
  if (status !== 'approved') throw new DomainError('KPI.REPORT_NOT_APPROVED');
}
