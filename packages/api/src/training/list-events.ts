/**
 * The training page: the events of a year, and the commune's active mediators never trained this phase (Decision
 * 315/QĐ-TTg, 2024–2030 — no attendance inside it; the domain's `learningHoursFromEvents` decides) with their count.
 */
import { activeMediators, attendanceWithEvents, trainingEventsOfYear, type DbOrTx } from '@hgcs/db';
import { learningHoursFromEvents, trainingPhase, type CommuneLevelScope } from '@hgcs/domain';
import { toEventView, type TrainingEventView } from './view.ts';

export type NeverTrained = { id: string; fullName: string; teamName: string; villageName: string };

export async function listEvents(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  const [events, people, attendance] = await Promise.all([
    trainingEventsOfYear(db, scope, year),
    activeMediators(db, scope),
    attendanceWithEvents(db, scope, trainingPhase),
  ]);
  const hours = learningHoursFromEvents({
    mediatorIds: [...new Set(people.map((p) => p.id))],
    events: attendance.map((a) => ({ ...a, id: a.eventId })),
    attendance,
    ...trainingPhase,
  });
  const never = new Set(hours.zeroHours);
  const neverTrained: NeverTrained[] = people
    .filter((p) => never.has(p.id))
    .map(({ id, fullName, teamName, villageName }) => ({ id, fullName, teamName, villageName }));
  return {
    year,
    phase: { ...trainingPhase },
    events: events.map((e): TrainingEventView & { attendees: number } => ({
      ...toEventView(e),
      attendees: Number(e.attendees),
    })),
    activeMediators: people.length,
    neverTrained,
  };
}
