/** One mediator election of the scope with its candidates and deadline; "not found" outside the scope. */
import { getMediatorElection, type Db } from '@hgcs/db';
import { DomainError, todayInVietnam, type CommuneLevelScope } from '@hgcs/domain';
import { namesOf } from './names.ts';
import { electionView } from './view.ts';

export async function readElection(db: Db, scope: CommuneLevelScope, now: Date, id: string) {
  const row = await getMediatorElection(db, scope, id);
  if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
  const names = await namesOf(
    db,
    scope,
    row.candidates.map((c) => c.candidateId),
  );
  return electionView(row, names, todayInVietnam(now));
}
