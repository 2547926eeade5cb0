/**
 * Learning hours from recorded training events (Law 35/2013 Art. 9.4; plan task 3b): each day of an event that
 * someone attended is one session of `hoursPerDay`, each attendance line the hours learned that day, and the
 * domain's `computeLearningHours` sums them per mediator and by kind, and lists those with none.
 */
import { computeLearningHours, type LearningHours } from './compute-learning-hours.ts';
import type { TrainingKind } from './training.ts';

export type RecordedTrainingEvent = {
  id: string;
  title: string;
  kind: TrainingKind;
  organiserLevel: 'central' | 'province' | 'commune' | 'other';
  hoursPerDay: number;
  usesMaterialSet: boolean;
};
export type RecordedAttendance = { eventId: string; mediatorId: string; attendedOn: string; hours: number };

/** Hours each of `mediatorIds` learned in [from, to] from the recorded events and attendance. */
export function learningHoursFromEvents(input: {
  mediatorIds: string[];
  events: readonly RecordedTrainingEvent[];
  attendance: readonly RecordedAttendance[];
  from: string;
  to: string;
}): LearningHours {
  const events = new Map(input.events.map((e) => [e.id, e]));
  const sessions = new Map<string, ReturnType<typeof sessionOf>>();
  for (const a of input.attendance) {
    const event = events.get(a.eventId);
    const id = `${a.eventId}/${a.attendedOn}`;
    if (event && !sessions.has(id)) sessions.set(id, sessionOf(event, id, a.attendedOn));
  }
  return computeLearningHours({
    mediatorIds: input.mediatorIds,
    sessions: [...sessions.values()],
    attendance: input.attendance.map((a) => ({
      sessionId: `${a.eventId}/${a.attendedOn}`,
      mediatorId: a.mediatorId,
      hoursAttended: a.hours,
    })),
    from: input.from,
    to: input.to,
  });
}

function sessionOf(e: RecordedTrainingEvent, id: string, heldOn: string) {
  const { title, kind, organiserLevel, hoursPerDay: hours, usesMaterialSet } = e;
  return { id, title: title.padEnd(3, '.'), heldOn, hours, kind, organiserLevel, usesMaterialSet };
}
