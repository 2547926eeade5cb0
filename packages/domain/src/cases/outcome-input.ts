/**
 * How a mediation ends (issue 11, point 5) — Law 35/2013 Art. 23 (agreement; a party asks to stop; the mediator ends a
 * futile mediation), Art. 24 (success, with an optional written record that must then be complete, R-CASE-3), Art. 27
 * (unsuccessful). The form's answer becomes the case's event; `transitionCase` refuses an incomplete record.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import type { CaseEventInput } from '../mediation/case-events.ts';
import { writtenAgreementSchema } from '../mediation/check-written-agreement.ts';
import { parseInput } from '../errors/parse-input.ts';
import { safeText } from '../text/safe-text.ts';

const endedOn = isoDateSchema;
const notes = safeText(2000, { multiline: true, tooLong: 'field.TOO_LONG' }).nullable().default(null);

/** The outcome form: one of the three Art. 23 endings, its day, and for a success the written record if made. */
export const caseOutcomeSchema = z.discriminatedUnion(
  'outcome',
  [
    z
      .object({
        outcome: z.literal('successful'),
        endedOn,
        /** Art. 24.1: the parties may agree to a written record; null when they did not. */
        writtenAgreement: writtenAgreementSchema.nullable().default(null),
        notes,
      })
      .strict(),
    z.object({ outcome: z.literal('unsuccessful'), endedOn, notes }).strict(),
    z.object({ outcome: z.literal('stopped_by_party'), endedOn, notes }).strict(),
  ],
  { message: 'field.CASE_OUTCOME' },
);
export type CaseOutcomeInput = z.input<typeof caseOutcomeSchema>;
export type CaseOutcome = z.output<typeof caseOutcomeSchema>;

/**
 * The case event an outcome records, and the day to record it on (the `now` of `transitionCase`).
 * @example outcomeEvent({ outcome: 'unsuccessful', endedOn: '2026-03-20' }) // { event: { type: 'record_unsuccessful' }, on: '2026-03-20' }
 */
export function outcomeEvent(input: CaseOutcomeInput): { event: CaseEventInput; on: string } {
  const o = parseInput(caseOutcomeSchema, input);
  switch (o.outcome) {
    case 'successful':
      return { event: { type: 'record_success', writtenAgreement: o.writtenAgreement }, on: o.endedOn };
    case 'unsuccessful':
      return { event: { type: 'record_unsuccessful' }, on: o.endedOn };
    case 'stopped_by_party':
      return { event: { type: 'record_stopped_by_party' }, on: o.endedOn };
  }
}
