/**
 * Learning hours per mediator over a period, by kind, with the mediators who have none (the gap a report must
 * show, features.md §6.5 item 34) — Law 35/2013 Art. 9.4; plan task 3b. No legal minimum of hours exists (❓):
 * `minHours` is an optional parameter, default none.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { isoDateSchema, parseInput } from '../budget/input.ts';
import {
  attendanceSchema,
  trainingSessionSchema,
  type Attendance,
  type TrainingKind,
  type TrainingSession,
} from './training.ts';

export const learningHoursInputSchema = z
  .object({
    /** The mediators to report on (e.g. every active mediator of the commune). */
    mediatorIds: z.array(z.string().trim().min(1).max(64)),
    sessions: z.array(trainingSessionSchema),
    attendance: z.array(attendanceSchema),
    from: isoDateSchema,
    to: isoDateSchema,
    /** Optional threshold: mediators below it are listed in `belowMinimum`. */
    minHours: z.number().nonnegative().nullable().default(null),
  })
  .strict()
  .refine((i) => i.from <= i.to, { message: 'field.DATES_ORDER', path: ['to'] });
export type LearningHoursInput = {
  mediatorIds: string[];
  sessions: TrainingSession[];
  attendance: Attendance[];
  from: string;
  to: string;
  minHours?: number | null;
};

export type MediatorLearningHours = {
  mediatorId: string;
  hours: number;
  sessions: number;
  byKind: Partial<Record<TrainingKind, number>>;
};
export type LearningHours = {
  perMediator: MediatorLearningHours[];
  zeroHours: string[];
  belowMinimum: string[];
  unlistedAttendees: string[];
  totalHours: number;
};

/** Hours each listed mediator learned in [from, to], those with zero, and attendees not on the list — Law 35/2013 Art. 9.4. */
export function computeLearningHours(input: LearningHoursInput): LearningHours {
  const i = parseInput(learningHoursInputSchema, input);
  const sessions = new Map(i.sessions.map((s) => [s.id, s]));
  const rows = new Map<string, MediatorLearningHours>(
    i.mediatorIds.map((id) => [id, { mediatorId: id, hours: 0, sessions: 0, byKind: {} }]),
  );
  const seen = new Set<string>();
  const unlisted = new Set<string>();
  for (const a of i.attendance) {
    const s = sessions.get(a.sessionId);
    if (!s) throw new DomainError('CAPACITY.UNKNOWN_SESSION', { sessionId: a.sessionId });
    const key = `${a.sessionId}\u0000${a.mediatorId}`;
    if (seen.has(key))
      throw new DomainError('CAPACITY.DUPLICATE_ATTENDANCE', { mediatorId: a.mediatorId, sessionId: a.sessionId });
    seen.add(key);
    const hours = a.hoursAttended ?? s.hours;
    if (hours > s.hours)
      throw new DomainError('CAPACITY.HOURS_EXCEED_SESSION', {
        mediatorId: a.mediatorId,
        sessionId: s.id,
        hours,
        max: s.hours,
      });
    if (s.heldOn < i.from || s.heldOn > i.to) continue;
    const row = rows.get(a.mediatorId);
    if (!row) {
      unlisted.add(a.mediatorId);
      continue;
    }
    row.hours += hours;
    row.sessions += 1;
    row.byKind[s.kind] = (row.byKind[s.kind] ?? 0) + hours;
  }
  const perMediator = [...rows.values()];
  const min = i.minHours;
  return {
    perMediator,
    zeroHours: perMediator.filter((r) => r.hours === 0).map((r) => r.mediatorId),
    belowMinimum: min === null ? [] : perMediator.filter((r) => r.hours < min).map((r) => r.mediatorId),
    unlistedAttendees: [...unlisted],
    totalHours: perMediator.reduce((t, r) => t + r.hours, 0),
  };
}
