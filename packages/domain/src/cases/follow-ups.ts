/**
 * Following up an agreement (theo dõi, đôn đốc thực hiện thỏa thuận, issue 11 point 6) — Law 35/2013 Art. 25 (the
 * parties perform what they agreed) and Art. 26 (the mediator follows and urges performance, and reports a failure to
 * the team leader). The law sets no dates: the product schedules follow-ups 30 and 90 days after the agreement (the
 * commune's practice, issue 11; a parameter). Days are calendar days counted by the Civil Code 2015 Art. 147–148
 * (from the day after the agreement; an end on a rest day or holiday moves to the next working day, R-TIME-1).
 */
import { z } from 'zod';
import { computeDeadline } from '../calendar/compute-deadline.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { parseInput } from '../errors/parse-input.ts';

/** What the mediator found at a follow-up (Art. 25–26): kept, partly kept, not kept. */
export const followUpResultSchema = z.enum(['kept', 'partly_kept', 'not_kept'], { message: 'field.FOLLOW_UP_RESULT' });
export type FollowUpResult = z.infer<typeof followUpResultSchema>;

/** The days after the agreement at which to follow up (default 30 and 90, increasing). */
export const followUpOffsetsSchema = z
  .array(z.number().int().min(1).max(730))
  .min(1)
  .max(6)
  .refine((xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]!), { message: 'field.FOLLOW_UP_OFFSETS' });

/** One scheduled follow-up: the number of days after the agreement and the day it is due. */
export type FollowUpItem = { afterDays: number; dueOn: IsoDate };

/**
 * The follow-ups of an agreement reached on `agreementOn` (Law 35/2013 Art. 26; Civil Code Art. 147–148).
 * @example followUpsFor('2026-03-10') // [{ afterDays: 30, dueOn: '2026-04-09' }, { afterDays: 90, dueOn: '2026-06-08' }]
 */
export function followUpsFor(
  agreementOn: IsoDate,
  offsets: readonly number[] = [30, 90],
  calendar: HolidayCalendar = vietnamCalendar,
): FollowUpItem[] {
  const start = parseIsoDate(agreementOn);
  return parseInput(followUpOffsetsSchema, offsets).map((afterDays) => ({
    afterDays,
    dueOn: computeDeadline(start, { amount: afterDays, unit: 'days' }, calendar),
  }));
}
