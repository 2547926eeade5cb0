/**
 * A mediator's training record: the events attended (days and hours), the hours by kind and in all this phase
 * (Decision 315/QĐ-TTg 2024–2030), computed by the domain's `learningHoursFromEvents`.
 */
import { attendanceWithEvents, getMediator, type DbOrTx } from '@hgcs/db';
import { DomainError, learningHoursFromEvents, trainingPhase, type CommuneLevelScope } from '@hgcs/domain';

export async function mediatorRecord(db: DbOrTx, scope: CommuneLevelScope, mediatorId: string) {
  const person = await getMediator(db, scope, mediatorId);
  if (!person) throw new DomainError('RESOURCE.NOT_FOUND');
  const lines = await attendanceWithEvents(db, scope, { ...trainingPhase, mediatorId });
  const hours = learningHoursFromEvents({
    mediatorIds: [mediatorId],
    events: lines.map((l) => ({ ...l, id: l.eventId })),
    attendance: lines,
    ...trainingPhase,
  });
  const events = new Map<
    string,
    { id: string; title: string; kind: string; startsOn: string; endsOn: string; days: number; hours: number }
  >();
  for (const l of lines) {
    const e = events.get(l.eventId) ?? {
      id: l.eventId,
      title: l.title,
      kind: l.kind,
      startsOn: l.startsOn,
      endsOn: l.endsOn,
      days: 0,
      hours: 0,
    };
    e.days += 1;
    e.hours += l.hours;
    events.set(l.eventId, e);
  }
  const row = hours.perMediator[0]!;
  return {
    phase: { ...trainingPhase },
    hours: row.hours,
    byKind: row.byKind,
    events: [...events.values()],
  };
}
