/**
 * What an event points to must be the commune's: a trainer chosen from the registry (a mediator, a legal
 * supporter), and the work item it is evidence for — one of the plan's training tasks (2.1, 3b).
 */
import { getWorkItem, knownTrainers, type DbOrTx } from '@hgcs/db';
import { DomainError, trainingTaskCodes, type CommuneLevelScope, type TrainerInput } from '@hgcs/domain';

export async function checkEventLinks(
  db: DbOrTx,
  scope: CommuneLevelScope,
  { trainers, workItemId }: { trainers: readonly TrainerInput[]; workItemId: string | null },
): Promise<void> {
  const known = await knownTrainers(db, scope, {
    mediatorIds: trainers.flatMap((t) => (t.mediatorId ? [t.mediatorId] : [])),
    supporterIds: trainers.flatMap((t) => (t.legalSupporterId ? [t.legalSupporterId] : [])),
  });
  trainers.forEach((t, i) => {
    if (t.mediatorId && !known.mediatorIds.has(t.mediatorId))
      throw new DomainError('CAPACITY.TRAINER_UNKNOWN', { field: `trainers.${i}.mediatorId` });
    if (t.legalSupporterId && !known.supporterIds.has(t.legalSupporterId))
      throw new DomainError('CAPACITY.TRAINER_UNKNOWN', { field: `trainers.${i}.legalSupporterId` });
  });
  if (workItemId === null) return;
  const item = await getWorkItem(db, scope, workItemId);
  if (!item || !trainingTaskCodes.includes(item.taskCode))
    throw new DomainError('CAPACITY.NOT_TRAINING_WORK_ITEM', { field: 'workItemId' });
}
