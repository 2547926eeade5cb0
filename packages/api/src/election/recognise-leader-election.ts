/**
 * The chairman records the recognition of an elected team leader (Law 35/2013 Art. 14.2): in one transaction the
 * team's current leader becomes a member and the elected, still an open member, becomes the leader. A retry with
 * the same decision changes nothing; another decision for a recognised election is refused.
 */
import {
  demoteLeader,
  getTeamLeaderElection,
  markLeaderElectionRecognised,
  setMembershipRole,
  withAudit,
} from '@hgcs/db';
import { DomainError, type RecognitionInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recogniseLeaderElection(ctx: ScopedContext, input: RecognitionInput): Promise<{ id: string }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const election = await getTeamLeaderElection(tx, ctx.scope, input.electionId, { lock: true });
    if (!election) throw new DomainError('RESOURCE.NOT_FOUND');
    if (election.status === 'recognised') {
      if (election.decisionNo === input.decisionNo && election.decisionOn === input.decisionOn)
        return { id: election.id };
      throw new DomainError('REGISTRY.ALREADY_RECOGNISED', { field: 'decisionNo', decisionNo: election.decisionNo! });
    }
    const leader = election.electedMediatorId;
    if (leader === null) throw new DomainError('REGISTRY.NOTHING_TO_RECOGNISE', { field: 'electionId' });
    if (input.decisionOn < election.heldOn)
      throw new DomainError('REGISTRY.DECISION_BEFORE_ELECTION', { field: 'decisionOn', heldOn: election.heldOn });
    await demoteLeader(tx, ctx.scope, election.teamId);
    if (!(await setMembershipRole(tx, ctx.scope, election.teamId, leader, 'leader')))
      throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'electionId' });
    await markLeaderElectionRecognised(tx, ctx.scope, election.id, input, ctx.now);
    await audit({
      action: 'leader_election.recognise',
      objectType: 'leader_election',
      objectId: election.id,
      before: { status: 'recorded' },
      after: { status: 'recognised', teamId: election.teamId, mediatorId: leader, decisionOn: input.decisionOn },
    });
    return { id: election.id };
  });
}
