/**
 * Why a list of several cases leaves the system (issue 11, point 10; Law 91/2025 on personal data, Decree 356/2025:
 * a processing of personal data has a stated purpose). The console asks for it before the logbook or the
 * remuneration claim is printed; it travels in the request body, never in a URL, and is kept in the audit entry of
 * the download. It is one of a short list of purposes, not free text: audit rows can never be changed, so free text
 * (which could name someone) would be redacted there — a purpose from this list names no one and is kept as is.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

export const exportReasons = [
  'commune_confirmation',
  'payment',
  'statistics_report',
  'inspection',
  'authority_request',
  'paper_archive',
] as const;
export type ExportReason = (typeof exportReasons)[number];

export const exportReasonSchema = z.enum(exportReasons, { error: 'field.EXPORT_REASON_REQUIRED' });

/** The reason as kept, or a refusal naming the `reason` field (missing, blank or not one of the list). */
export function requireExportReason(raw: unknown): ExportReason {
  const parsed = exportReasonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DomainError('INPUT.INVALID', {}, [{ path: 'reason', code: 'field.EXPORT_REASON_REQUIRED', params: {} }]);
}
