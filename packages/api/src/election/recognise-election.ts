/**
 * The chairman records the recognition decision of an election (Law 35/2013 Art. 8.4): in one transaction the
 * election becomes `recognised` and each person elected joins the team on the decision's day, recognised by it
 * (someone already an open member keeps their membership). A retry with the same decision changes nothing and
 * answers the same; another decision for a recognised election is refused.
 */
import {
  getMediatorElection,
  getTeam,
  insertMembership,
  markElectionRecognised,
  openMembersAmong,
  withAudit,
} from '@hgcs/db';
import { DomainError, type RecognitionInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recogniseElection(
  ctx: ScopedContext,
  input: RecognitionInput,
): Promise<{ id: string; joined: number }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const election = await getMediatorElection(tx, ctx.scope, input.electionId, { lock: true });
    if (!election) throw new DomainError('RESOURCE.NOT_FOUND');
    if (election.status === 'recognised') {
      if (election.decisionNo === input.decisionNo && election.decisionOn === input.decisionOn)
        return { id: election.id, joined: 0 };
      throw new DomainError('REGISTRY.ALREADY_RECOGNISED', { field: 'decisionNo', decisionNo: election.decisionNo! });
    }
    if (election.elected.length === 0) throw new DomainError('REGISTRY.NOTHING_TO_RECOGNISE', { field: 'electionId' });
    if (input.decisionOn < election.heldOn)
      throw new DomainError('REGISTRY.DECISION_BEFORE_ELECTION', { field: 'decisionOn', heldOn: election.heldOn });
    const team = await getTeam(tx, ctx.scope, election.teamId);
    if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
    if (team.status !== 'active') throw new DomainError('REGISTRY.TEAM_DISSOLVED', { field: 'electionId' });
    const members = await openMembersAmong(tx, ctx.scope, election.teamId, election.elected);
    const joining = election.elected.filter((id) => !members.has(id));
    for (const mediatorId of joining)
      await insertMembership(tx, ctx.scope, {
        teamId: election.teamId,
        mediatorId,
        role: 'member',
        joinedOn: input.decisionOn,
        recognitionDecisionNo: input.decisionNo,
        recognitionDecisionOn: input.decisionOn,
      });
    await markElectionRecognised(tx, ctx.scope, election.id, input, ctx.now);
    await audit({
      action: 'election.recognise',
      objectType: 'election',
      objectId: election.id,
      before: { status: 'recorded' },
      after: { status: 'recognised', teamId: election.teamId, decisionOn: input.decisionOn, mediatorIds: joining },
    });
    return { id: election.id, joined: joining.length };
  });
}
