/**
 * The clock of a data-subject request about a case file (issue 11 point 10; security PDP-06) — Decree 356/2025/NĐ-CP
 * Art. 5 as summarised in the security reference (⚠ secondary): acknowledge within 2 working days; complete within 10
 * (access, correction, copy), 15 (withdraw consent, restrict, object, protection measures) or 20 days (deletion); longer
 * when a processor or third party must act (15, 20, 30); one extension at most (+10, +15, +20), only with a reason sent
 * to the person. Whether those are calendar days is unsettled: counted here as calendar days, like the Ministry's kit,
 * by R-TIME-1 (Civil Code 2015 Art. 147–148: the end moves off a rest day or holiday). Reminders at 50 % and 80 %.
 */
import { z } from 'zod';
import { computeDeadline } from '../calendar/compute-deadline.ts';
import { addDays, daysBetween } from '../calendar/date-math.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { parseInput } from '../errors/parse-input.ts';
import { safeText } from '../text/safe-text.ts';

/** The rights a person may exercise (Law 91/2025; Decree 356/2025 Art. 5). */
export const dataSubjectRequestKindSchema = z.enum(
  ['access', 'correction', 'copy', 'withdraw_consent', 'restrict', 'object', 'protection_measures', 'deletion'],
  { message: 'field.DSR_KIND' },
);
export type DataSubjectRequestKind = z.infer<typeof dataSubjectRequestKindSchema>;

/** Days to complete: alone, with a processor or third party, and the one extension (Decree 356/2025 Art. 5 ⚠). */
const periods: Record<DataSubjectRequestKind, { own: number; withThirdParty: number; extension: number }> = {
  access: { own: 10, withThirdParty: 15, extension: 10 },
  correction: { own: 10, withThirdParty: 15, extension: 10 },
  copy: { own: 10, withThirdParty: 15, extension: 10 },
  withdraw_consent: { own: 15, withThirdParty: 20, extension: 15 },
  restrict: { own: 15, withThirdParty: 20, extension: 15 },
  object: { own: 15, withThirdParty: 20, extension: 15 },
  protection_measures: { own: 15, withThirdParty: 15, extension: 15 },
  deletion: { own: 20, withThirdParty: 30, extension: 20 },
};

export const dataSubjectRequestSchema = z
  .object({
    kind: dataSubjectRequestKindSchema,
    receivedOn: isoDateSchema,
    thirdPartyMustAct: z.boolean().default(false),
    /** The one extension: its reason, sent to the person (null: not extended). */
    extension: z
      .object({
        reason: safeText(1000, { min: 5, multiline: true, tooShort: 'field.EXTENSION_REASON_REQUIRED' }),
        notifiedOn: isoDateSchema,
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .refine((r) => r.extension === null || r.extension.notifiedOn >= r.receivedOn, {
    path: ['extension', 'notifiedOn'],
    message: 'field.EXTENSION_BEFORE_REQUEST',
  });
export type DataSubjectRequestInput = z.input<typeof dataSubjectRequestSchema>;

/** The deadlines of a request and its two reminders. */
export type DataSubjectRequestClock = {
  acknowledgeBy: IsoDate;
  completeBy: IsoDate;
  remindOn: { half: IsoDate; fourFifths: IsoDate };
};

/**
 * The deadlines of a request (Decree 356/2025 Art. 5; PDP-06).
 * @example dataSubjectRequestClock({ kind: 'access', receivedOn: '2026-04-28' }).acknowledgeBy // '2026-05-04': 30/4–1/5 skipped
 */
export function dataSubjectRequestClock(
  request: DataSubjectRequestInput,
  calendar: HolidayCalendar = vietnamCalendar,
): DataSubjectRequestClock {
  const r = parseInput(dataSubjectRequestSchema, request);
  const p = periods[r.kind];
  const days = (r.thirdPartyMustAct ? p.withThirdParty : p.own) + (r.extension === null ? 0 : p.extension);
  const completeBy = computeDeadline(r.receivedOn, { amount: days, unit: 'days' }, calendar);
  const span = daysBetween(r.receivedOn, completeBy);
  return {
    acknowledgeBy: computeDeadline(r.receivedOn, { amount: 2, unit: 'working_days' }, calendar),
    completeBy,
    remindOn: {
      half: addDays(r.receivedOn, Math.floor(span / 2)),
      fourFifths: addDays(r.receivedOn, Math.floor((span * 4) / 5)),
    },
  };
}

/** Where a request stands on `today`: on time, at a reminder, or overdue (the console's banner). */
export function dataSubjectRequestStage(
  clock: DataSubjectRequestClock,
  today: IsoDate,
): 'on_time' | 'reminder_half' | 'reminder_four_fifths' | 'overdue' {
  if (today > clock.completeBy) return 'overdue';
  if (today >= clock.remindOn.fourFifths) return 'reminder_four_fifths';
  return today >= clock.remindOn.half ? 'reminder_half' : 'on_time';
}
