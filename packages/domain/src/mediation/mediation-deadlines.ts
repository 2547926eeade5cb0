/**
 * Every time limit of grassroots mediation (domain reference §9), each computed by the one deadline function of
 * the calendar (R-TIME-1, Civil Code 2015 Art. 147–148). Sources: Law 35/2013, the TTHC records (QĐ 2338/QĐ-BTP),
 * Civil Procedure Code 2015 Art. 418.
 */
import { z } from 'zod';
import { computeDeadline, type DeadlinePeriod } from '../calendar/compute-deadline.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';

/** A time limit: its period, what starts it, and its legal source. */
export type MediationDeadlineRule = DeadlinePeriod & { startsAt: string; source: string };

/** The table of time limits (R-MED-2, R-MED-3, R-CASE-2, R-COURT-1, R-FUND-3). */
export const mediationDeadlineRules = {
  /** Chủ tịch UBND xã recognises elected mediators (R-MED-2). */
  mediator_recognition: {
    amount: 5,
    unit: 'working_days',
    startsAt: 'list_received',
    source: 'TTHC công nhận hòa giải viên (QĐ 2338/QĐ-BTP)',
  },
  /** The Front Work Committee head sends the team-leader proposal. */
  team_leader_proposal: {
    amount: 5,
    unit: 'days',
    startsAt: 'election_meeting',
    source: 'TTHC công nhận tổ trưởng tổ hòa giải',
  },
  /** The chairman recognises the team leader. */
  team_leader_recognition: {
    amount: 5,
    unit: 'working_days',
    startsAt: 'proposal_received',
    source: 'TTHC công nhận tổ trưởng tổ hòa giải',
  },
  /** The Front Work Committee head verifies a termination proposal of the team leader (R-MED-3). */
  termination_verification: {
    amount: 10,
    unit: 'days',
    startsAt: 'leader_proposal',
    source: 'TTHC thôi làm hòa giải viên',
  },
  /** The chairman decides a termination (R-MED-3). */
  termination_decision: {
    amount: 5,
    unit: 'working_days',
    startsAt: 'proposal_received',
    source: 'TTHC thôi làm hòa giải viên',
  },
  /** The mediator starts after assignment: "03 ngày", calendar days (R-CASE-2). */
  case_start: { amount: 3, unit: 'days', startsAt: 'assignment', source: 'Law 35/2013 Art. 20.2' },
  /** UBND xã pays remuneration through the team from a complete dossier (R-FUND-3). */
  remuneration_payment: {
    amount: 5,
    unit: 'working_days',
    startsAt: 'complete_dossier',
    source: 'TTHC thanh toán thù lao cho hòa giải viên',
  },
  /** The team pays the mediator after receiving the money. */
  remuneration_payout: {
    amount: 3,
    unit: 'days',
    startsAt: 'money_received',
    source: 'TTHC thanh toán thù lao cho hòa giải viên',
  },
  /** UBND xã reviews and forwards an accident-support dossier (❓ pre-2025 chain; authority after 01/07/2025 unverified). */
  accident_support_forwarding: {
    amount: 3,
    unit: 'working_days',
    startsAt: 'complete_dossier',
    source: 'TTHC hỗ trợ hòa giải viên gặp tai nạn, rủi ro',
  },
  /** The competent chairman decides accident support (❓ pre-2025 chain). */
  accident_support_decision: {
    amount: 5,
    unit: 'working_days',
    startsAt: 'dossier_received',
    source: 'TTHC hỗ trợ hòa giải viên gặp tai nạn, rủi ro',
  },
  /** UBND xã pays accident support after the decision (❓ pre-2025 chain). */
  accident_support_payment: {
    amount: 3,
    unit: 'working_days',
    startsAt: 'decision',
    source: 'TTHC hỗ trợ hòa giải viên gặp tai nạn, rủi ro',
  },
  /** A party asks the court to recognise a successful mediation (R-COURT-1). */
  court_recognition_request: {
    amount: 6,
    unit: 'months',
    startsAt: 'agreement',
    source: 'Civil Procedure Code 2015 Art. 418.1',
  },
} as const satisfies Record<string, MediationDeadlineRule>;

export type MediationDeadlineKind = keyof typeof mediationDeadlineRules;
/** A kind of time limit of the table above (domain reference §9). */
export const mediationDeadlineKindSchema = z.enum(
  Object.keys(mediationDeadlineRules) as [MediationDeadlineKind, ...MediationDeadlineKind[]],
);

/**
 * The last day of a mediation time limit that starts on `start` (the first day is not counted; an end on a rest day
 * or holiday moves to the next working day) — R-TIME-1 applied to the rules above.
 * @example mediationDeadline('mediator_recognition', '2026-02-12') // '2026-02-26': Tết 14–22/02/2026 is skipped
 */
export function mediationDeadline(
  kind: MediationDeadlineKind,
  start: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): IsoDate {
  const { amount, unit } = mediationDeadlineRules[kind];
  return computeDeadline(start, { amount, unit }, calendar);
}
