/** A broken rule found by a check that lists every problem instead of throwing at the first one. */
import type { ErrorCode } from '../errors/domain-error.ts';

/** One unmet rule: its error code and the values its message fills (the text is @hgcs/i18n's `error.<code>`). */
export type RuleIssue = { code: ErrorCode; params: Record<string, string | number> };

/** Builds a RuleIssue. */
export function ruleIssue(code: ErrorCode, params: Record<string, string | number> = {}): RuleIssue {
  return { code, params };
}
