/**
 * Changes a training event and its trainers in one transaction. New days or a shorter day that would leave
 * recorded attendance outside the event are refused (`CAPACITY.ATTENDANCE_OUTSIDE_NEW_DATES`): the attendance is
 * changed first, so hours never sit outside their event.
 */
import { attendanceOutside, getTrainingEvent, replaceTrainers, updateTrainingEvent, withAudit } from '@hgcs/db';
import { DomainError, type TrainingEventUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { checkEventLinks } from './check-event-links.ts';

export async function updateEvent(ctx: ScopedContext, input: TrainingEventUpdate): Promise<{ id: string }> {
  await checkEventLinks(ctx.db, ctx.scope, input);
  const { id, trainers, ...values } = input;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await getTrainingEvent(tx, ctx.scope, id, true);
    if (!before) throw new DomainError('RESOURCE.NOT_FOUND');
    const outside = await attendanceOutside(tx, ctx.scope, id, {
      from: values.startsOn,
      to: values.endsOn,
      maxHours: values.hoursPerDay,
    });
    if (outside > 0)
      throw new DomainError('CAPACITY.ATTENDANCE_OUTSIDE_NEW_DATES', { field: 'startsOn', count: outside });
    await updateTrainingEvent(tx, ctx.scope, id, { ...values, at: ctx.now });
    await replaceTrainers(tx, ctx.scope, id, trainers);
    await audit({
      action: 'training.update',
      objectType: 'training_event',
      objectId: id,
      before: { kind: before.kind, startsOn: before.startsOn, endsOn: before.endsOn, hoursPerDay: before.hoursPerDay },
      after: { kind: values.kind, startsOn: values.startsOn, endsOn: values.endsOn, hoursPerDay: values.hoursPerDay },
    });
    return { id };
  });
}
