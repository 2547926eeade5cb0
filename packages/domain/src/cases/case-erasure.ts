/**
 * Whether a data-subject's erasure request can erase a case file's personal data now (issue 11, point 10; Law 91/2025:
 * the deletion right yields where a law requires the data to be kept — security PDP-06, PDP-09). Refused, with the
 * rule named, while the case is still open (the mediation itself needs the data), while a court-recognition request
 * is pending (legal hold: the court may ask for the file, Civil Procedure Code Art. 416–419), and while the closed
 * case is within its retention duty (`pseudonymiseFrom`, retention.ts); a case already pseudonymised has nothing left
 * to erase. Otherwise the erasure is allowed (the pseudonymisation of retention.ts, done at once).
 */
import { z } from 'zod';
import { isoDateSchema, parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';
import { pseudonymiseFrom, type RetentionRules } from './retention.ts';

export const caseErasureFactsSchema = z
  .object({
    closedOn: isoDateSchema.nullable(),
    courtRequestPending: z.boolean(),
    pseudonymised: z.boolean(),
  })
  .strict();
export type CaseErasureFacts = z.input<typeof caseErasureFactsSchema>;

export type CaseErasureRefusal = 'case_open' | 'court_request_pending' | 'retention_duty' | 'already_pseudonymised';
export type CaseErasureDecision =
  { allowed: true } | { allowed: false; rule: CaseErasureRefusal; until: IsoDate | null };

/**
 * @example decideCaseErasure({ closedOn: '2027-03-15', courtRequestPending: false, pseudonymised: false }, '2028-01-01')
 * // { allowed: false, rule: 'retention_duty', until: '2037-03-16' }
 */
export function decideCaseErasure(
  facts: CaseErasureFacts,
  today: IsoDate,
  rules: RetentionRules = {},
): CaseErasureDecision {
  const f = parseInput(caseErasureFactsSchema, facts);
  if (f.pseudonymised) return { allowed: false, rule: 'already_pseudonymised', until: null };
  if (f.closedOn === null) return { allowed: false, rule: 'case_open', until: null };
  if (f.courtRequestPending) return { allowed: false, rule: 'court_request_pending', until: null };
  const from = pseudonymiseFrom(f.closedOn, rules);
  if (parseIsoDate(today) < from) return { allowed: false, rule: 'retention_duty', until: from };
  return { allowed: true };
}
