/** One training event with its trainers and attendance (each line: who, which day, how many hours). */
import { attendanceOfEvent, getTrainingEvent, trainersOf, type DbOrTx } from '@hgcs/db';
import { DomainError, type CommuneLevelScope } from '@hgcs/domain';
import { toEventView, toTrainerView } from './view.ts';

export async function readEvent(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const event = await getTrainingEvent(db, scope, id);
  if (!event) throw new DomainError('RESOURCE.NOT_FOUND');
  const [trainers, attendance] = await Promise.all([trainersOf(db, scope, id), attendanceOfEvent(db, scope, id)]);
  return {
    ...toEventView(event),
    trainers: trainers.map(toTrainerView),
    attendance: attendance.map(({ mediatorId, fullName, attendedOn, hours }) => ({
      mediatorId,
      fullName,
      attendedOn,
      hours,
    })),
  };
}
