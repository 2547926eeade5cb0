/** A broken rule found by a check that lists every problem instead of throwing at the first one. */
import { formatErrorMessage, type ErrorCode } from '../errors/domain-error.ts';

/** One unmet rule: its error code, its Vietnamese and English messages, and the values that filled them. */
export type RuleIssue = { code: ErrorCode; vi: string; en: string; params: Record<string, string | number> };

/** Builds a RuleIssue with its messages filled from `params` (errors/messages.ts). */
export function ruleIssue(code: ErrorCode, params: Record<string, string | number> = {}): RuleIssue {
  return { code, vi: formatErrorMessage(code, 'vi', params), en: formatErrorMessage(code, 'en', params), params };
}
