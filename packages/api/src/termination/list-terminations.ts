/** The termination decisions of a team of the scope, newest first. */
import { terminationsOfTeam, type Db } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';

export async function listTerminations(db: Db, scope: CommuneLevelScope, teamId: string) {
  const rows = await terminationsOfTeam(db, scope, teamId);
  return rows.map((r) => ({
    id: r.id,
    mediatorId: r.mediatorId,
    fullName: r.fullName,
    ground: r.ground,
    decisionNo: r.decisionNo,
    decisionOn: r.decisionOn,
  }));
}
