/** A team's leader elections (a team holds a handful), newest first, with their deadlines. */
import { leaderElectionsOfTeam, type Db } from '@hgcs/db';
import { todayInVietnam, type CommuneLevelScope } from '@hgcs/domain';
import { namesOf } from './names.ts';
import { leaderElectionView } from './view.ts';

export async function listLeaderElections(db: Db, scope: CommuneLevelScope, now: Date, teamId: string) {
  const rows = await leaderElectionsOfTeam(db, scope, teamId);
  const names = await namesOf(
    db,
    scope,
    rows.flatMap((r) => r.candidates.map((c) => c.mediatorId)),
  );
  const today = todayInVietnam(now);
  return rows.map((r) => leaderElectionView(r, names, today));
}
