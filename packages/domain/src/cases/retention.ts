/**
 * How long a closed case keeps the parties' names and dispute details (issue 11 point 10) — Law 91/2025 Art. 3
 * (storage limitation) and security PDP-09: after the retention period a closed case is pseudonymised (names, contacts
 * and narrative replaced, counts kept for the statistics), unless under legal hold (e.g. a pending court-recognition
 * request). ❓ No retention period for grassroots-mediation records was found (PDP-09 ⚠: to confirm with the commune's
 * archive rules), so `closedCaseYears` is a parameter, default 10 years. Counted as the Civil Code 2015 Art. 147–148
 * counts years: from the day after closing to the corresponding day; pseudonymised the day after.
 */
import { z } from 'zod';
import { addDays, addMonthsClamped } from '../calendar/date-math.ts';
import { isoDateSchema, parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';

/** ❓ The commune's retention rule: years a closed case keeps its personal data. */
export const retentionRulesSchema = z
  .object({ closedCaseYears: z.number().int().min(1, 'field.RETENTION_YEARS').max(100).default(10) })
  .strict();
export type RetentionRules = z.input<typeof retentionRulesSchema>;

/**
 * The first day a case closed on `closedOn` may be pseudonymised (Law 91/2025 Art. 3; PDP-09).
 * @example pseudonymiseFrom('2026-02-28', { closedCaseYears: 10 }) // '2036-03-01'
 */
export function pseudonymiseFrom(closedOn: IsoDate, rules: RetentionRules = {}): IsoDate {
  const { closedCaseYears } = parseInput(retentionRulesSchema, rules);
  return addDays(addMonthsClamped(parseIsoDate(closedOn), closedCaseYears * 12), 1);
}

export const retentionCaseSchema = z
  .object({
    closedOn: isoDateSchema.nullable(),
    legalHold: z.boolean().default(false),
    pseudonymised: z.boolean().default(false),
  })
  .strict();

/** True when the pseudonymisation job must take the case today: closed, past retention, not held, not done yet. */
export function isDueForPseudonymisation(
  caseFile: z.input<typeof retentionCaseSchema>,
  today: IsoDate,
  rules: RetentionRules = {},
): boolean {
  const c = parseInput(retentionCaseSchema, caseFile);
  if (c.closedOn === null || c.legalHold || c.pseudonymised) return false;
  return parseIsoDate(today) >= pseudonymiseFrom(c.closedOn, rules);
}
