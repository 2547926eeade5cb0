/**
 * Whether a successful grassroots mediation can be sent to court for recognition — Civil Procedure Code 2015
 * Art. 416–418 (conditions of Art. 417, 6-month limit and attached record of Art. 418), rule R-COURT-1.
 */
import { z } from 'zod';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { caseStatusSchema, successfulCaseStatuses } from './case-state.ts';
import { courtRecognitionWindow } from './court-recognition-window.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** The facts a court checks (Art. 417) plus the case's status, agreement date and written record (Art. 418). */
export const courtRecognitionRequestSchema = z
  .object({
    caseStatus: caseStatusSchema,
    agreementOn: isoDateSchema,
    hasWrittenAgreement: z.boolean(),
    partiesHaveFullCivilCapacity: z.boolean(),
    partiesHoldRightsConcerned: z.boolean(),
    /** null when no third party's rights or obligations are affected. */
    affectedThirdPartyConsents: z.boolean().nullable(),
    requestedByAParty: z.boolean(),
    voluntaryLawfulAndEthical: z.boolean(),
  })
  .strict();
export type CourtRecognitionRequestInput = z.input<typeof courtRecognitionRequestSchema>;

/**
 * Every reason the court would refuse or the request could not be filed on `today` (BLTTDS 2015 Art. 417–418;
 * R-COURT-1); empty when it can go ahead. A refusal by the court does not affect the agreement itself (Art. 419).
 */
export function checkCourtRecognitionRequest(
  input: CourtRecognitionRequestInput,
  today: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): Issue[] {
  const r = parseInput(courtRecognitionRequestSchema, input);
  const window = courtRecognitionWindow(r.agreementOn, parseInput(isoDateSchema, today), calendar);
  const issues: Issue[] = [];
  if (!successfulCaseStatuses.includes(r.caseStatus)) issues.push(issue('COURT.CASE_NOT_SUCCESSFUL'));
  if (!r.hasWrittenAgreement) issues.push(issue('COURT.NO_WRITTEN_RECORD'));
  if (!window.open) issues.push(issue('COURT.DEADLINE_PASSED', { deadline: window.deadline }));
  if (!r.partiesHaveFullCivilCapacity) issues.push(issue('COURT.PARTY_LACKS_CAPACITY'));
  if (!r.partiesHoldRightsConcerned) issues.push(issue('COURT.PARTY_NOT_RIGHT_HOLDER'));
  if (r.affectedThirdPartyConsents === false) issues.push(issue('COURT.THIRD_PARTY_NOT_CONSENTING'));
  if (!r.requestedByAParty) issues.push(issue('COURT.NO_REQUESTING_PARTY'));
  if (!r.voluntaryLawfulAndEthical) issues.push(issue('COURT.AGREEMENT_NOT_VALID'));
  return issues;
}
