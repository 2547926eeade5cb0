/**
 * Records an event's attendance: the lines sent replace the event's, in one transaction with its audit row (the
 * event is locked, so two saves never interleave). Each line is an active mediator of the commune (another
 * commune's, or one who left, is refused naming the line) and passes the domain's `checkAttendance` (a day within
 * the event, no more hours than its day allows). Nothing is written when a line is refused; sending the same lines
 * again leaves the same attendance.
 */
import { activeMediators, getTrainingEvent, replaceAttendance, withAudit } from '@hgcs/db';
import { checkAttendance, DomainError, type AttendanceRecord } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordAttendance(
  ctx: ScopedContext,
  input: AttendanceRecord,
): Promise<{ lines: number; people: number; hours: number }> {
  const ids = [...new Set(input.attendees.map((a) => a.mediatorId))];
  const names = new Map((await activeMediators(ctx.db, ctx.scope, ids)).map((m) => [m.id, m.fullName]));
  input.attendees.forEach((a, i) => {
    if (!names.has(a.mediatorId))
      throw new DomainError('CAPACITY.NOT_ACTIVE_MEDIATOR', { field: `attendees.${i}.mediatorId` });
  });
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const event = await getTrainingEvent(tx, ctx.scope, input.eventId, true);
    if (!event) throw new DomainError('RESOURCE.NOT_FOUND');
    checkAttendance(event, input.attendees, (id) => names.get(id) ?? '');
    const before = await replaceAttendance(tx, ctx.scope, event.id, input.attendees);
    const hours = input.attendees.reduce((t, a) => t + a.hours, 0);
    await audit({
      action: 'training.attendance',
      objectType: 'training_event',
      objectId: event.id,
      before: { count: before },
      after: { count: input.attendees.length, mediatorIds: ids, hours },
    });
    return { lines: input.attendees.length, people: ids.length, hours };
  });
}
