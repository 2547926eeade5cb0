/**
 * Records a training event with its trainers, in one transaction with its audit row. A retry of the same
 * submission (same `clientKey`) returns the event the first one created — never a second event.
 */
import { insertTrainingEvent, replaceTrainers, trainingEventByClientKey, withAudit } from '@hgcs/db';
import type { TrainingEventCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { checkEventLinks } from './check-event-links.ts';

export async function createEvent(
  ctx: ScopedContext,
  input: TrainingEventCreate,
): Promise<{ id: string; created: boolean }> {
  const earlier = await trainingEventByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (earlier) return { id: earlier.id, created: false };
  await checkEventLinks(ctx.db, ctx.scope, input);
  const { trainers, clientKey, ...values } = input;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertTrainingEvent(tx, ctx.scope, {
      ...values,
      clientKey,
      createdBy: ctx.user.userId,
      at: ctx.now,
    });
    if (!row) {
      // a concurrent retry won the race: answer with its event
      const first = await trainingEventByClientKey(tx, ctx.scope, clientKey);
      return { id: first!.id, created: false };
    }
    await replaceTrainers(tx, ctx.scope, row.id, trainers);
    await audit({
      action: 'training.create',
      objectType: 'training_event',
      objectId: row.id,
      after: {
        kind: values.kind,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        hoursPerDay: values.hoursPerDay,
        workItemId: values.workItemId,
        count: trainers.length,
      },
    });
    return { id: row.id, created: true };
  });
}
