/** A broken rule found by a check that lists every problem instead of throwing at the first one. */
import type { ErrorCode } from '../errors/domain-error.ts';

/** One unmet rule: its error code (message in errors/messages.ts) and the values for the message. */
export type RuleIssue = { code: ErrorCode; params: Record<string, string | number> };
