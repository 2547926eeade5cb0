/**
 * Records a village's mediator election for a team (Law 35/2013 Art. 8; NQLT 01/2014 Art. 12): every candidate is a
 * person of the registry permanently resident in the team's village (Art. 7), the counts are checked (impossible ones
 * refused, naming the field), and the domain decides who is elected; the outcome is stored with the count. A retry
 * of the same day's round is refused (`REGISTRY.ELECTION_EXISTS`), never a second row.
 */
import { getTeam, insertMediatorElection, mediatorsByIds, withAudit } from '@hgcs/db';
import { decideMediatorElection, DomainError, electionCountOf, type ElectionRecordInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

/** The record's own fields (the team is the API's, not the record's). */
const countOf = ({ teamId: _team, ...record }: ElectionRecordInput) => record;

export async function recordElection(ctx: ScopedContext, input: ElectionRecordInput): Promise<{ id: string }> {
  const team = await getTeam(ctx.db, ctx.scope, input.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  if (team.status !== 'active') throw new DomainError('REGISTRY.TEAM_DISSOLVED', { field: 'teamId' });
  const people = new Map(
    (
      await mediatorsByIds(
        ctx.db,
        ctx.scope,
        input.candidates.map((c) => c.candidateId),
      )
    ).map((p) => [p.id, p]),
  );
  input.candidates.forEach((c, i) => {
    const person = people.get(c.candidateId);
    const field = `candidates.${i}.candidateId`;
    if (!person) throw new DomainError('REGISTRY.CANDIDATE_UNKNOWN', { field });
    if (person.residenceVillageId !== team.villageId)
      throw new DomainError('REGISTRY.CANDIDATE_NOT_RESIDENT', { field, name: person.fullName });
  });
  const result = decideMediatorElection(
    electionCountOf({
      ...countOf(input),
      villageId: team.villageId,
      candidates: input.candidates.map((c) => ({ ...c, fullName: people.get(c.candidateId)!.fullName })),
    }),
  );
  const { teamId, heldOn, round, method, quota } = input;
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const { id } = await insertMediatorElection(tx, ctx.scope, {
        ...input,
        candidates: input.candidates,
        outcome: result.outcome,
        elected: result.elected,
        placesLeft: result.placesLeft,
        issues: result.issues.map((i) => ({ code: i.code, params: { ...i.params } })),
      });
      await audit({
        action: 'election.record',
        objectType: 'election',
        objectId: id,
        after: { teamId, heldOn, round, method, quota, outcome: result.outcome, placesLeft: result.placesLeft },
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('REGISTRY.ELECTION_EXISTS', { field: 'heldOn' });
    throw error;
  }
}
