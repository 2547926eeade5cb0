/** One team of the scope: members (open ones first, then the history), compliance, legal supporters; "not found" outside the scope. */
import { getTeam, membershipsOfTeams, supportersOfTeam, type Db } from '@hgcs/db';
import { DomainError, hasPermission, teamCompliance, type AnyScope } from '@hgcs/domain';
import type { SessionUser } from '../context.ts';
import { complianceView, memberView } from './view.ts';

export async function readTeam(db: Db, scope: AnyScope, user: SessionUser, id: string) {
  const team = await getTeam(db, scope, id);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  const [members, supporters] = await Promise.all([
    membershipsOfTeams(db, scope, [id], { history: true }),
    supportersOfTeam(db, scope, id),
  ]);
  const personal = hasPermission(user.role, 'registry.read_personal');
  const open = members.filter((m) => m.leftOn === null);
  return {
    id: team.id,
    name: team.name,
    villageId: team.villageId,
    villageName: team.villageName,
    villageEthnicMinorityArea: team.villageEthnicMinorityArea,
    foundingDecisionNo: team.foundingDecisionNo,
    foundingDecisionOn: team.foundingDecisionOn,
    status: team.status,
    meetingPlace: team.meetingPlace,
    meetingTime: team.meetingTime,
    compliance: complianceView(teamCompliance(team.villageEthnicMinorityArea, open)),
    members: open.map((m) => memberView(m, personal)),
    history: members.filter((m) => m.leftOn !== null).map((m) => memberView(m, personal)),
    supporters: supporters.map((s) => ({
      id: s.id,
      fullName: s.fullName,
      kind: s.kind,
      organisation: s.organisation,
      since: s.since,
      ...(personal ? { phone: s.phone } : {}),
    })),
  };
}
