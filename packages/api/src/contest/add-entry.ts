/**
 * Enters a unit's team in a contest: the domain's `checkContestTeam` on the contest's first day (teams of
 * recognised, not terminated mediators only; sizes of the default rules), refused at the first unmet rule, said
 * beside its field with the person by name. A unit enters once; nothing is written when refused.
 */
import { getContest, insertContestEntry, mediatorStatuses, withAudit } from '@hgcs/db';
import { checkContestTeam, DomainError, type ContestEntryInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function addEntry(ctx: ScopedContext, input: ContestEntryInput) {
  const contest = await getContest(ctx.db, ctx.scope, input.contestId);
  if (!contest) throw new DomainError('RESOURCE.NOT_FOUND');
  const ids = [...new Set([...input.officialMemberIds, ...input.reserveIds, input.captainId])];
  const statuses = await mediatorStatuses(ctx.db, ctx.scope, ids);
  const names = new Map(statuses.map((m) => [m.id, m.fullName]));
  const fieldOf = (id: string) =>
    input.officialMemberIds.includes(id)
      ? `officialMemberIds.${input.officialMemberIds.indexOf(id)}`
      : input.reserveIds.includes(id)
        ? `reserveIds.${input.reserveIds.indexOf(id)}`
        : 'captainId';
  // A person of another commune is not a mediator of this one: same refusal, named as the console chose them.
  const issues = checkContestTeam(
    {
      unitName: input.unitName,
      captainId: input.captainId,
      officialMemberIds: input.officialMemberIds,
      reserveIds: input.reserveIds,
      helperIds: input.helperNames.map((_, i) => `helper-${i}`),
    },
    statuses.map(({ id, recognisedOn, terminatedOn }) => ({ id, recognisedOn, terminatedOn })),
    contest.startsOn,
  );
  const first = issues[0];
  if (first) {
    const person = typeof first.params.personId === 'string' ? first.params.personId : null;
    if (first.code === 'CONTEST.NOT_ACTIVE_MEDIATOR' && person)
      throw new DomainError('CONTEST.NOT_RECOGNISED', { field: fieldOf(person), name: names.get(person) ?? '—' });
    // Any other unmet rule is said in its own words beside its field, people by name (never an id).
    const params = Object.fromEntries(
      Object.entries(first.params).map(([k, v]) => [k, typeof v === 'string' && names.has(v) ? names.get(v)! : v]),
    );
    const field = first.code === 'CONTEST.CAPTAIN_NOT_OFFICIAL' ? 'captainId' : 'officialMemberIds';
    throw new DomainError('INPUT.INVALID', {}, [{ path: field, code: `error.${first.code}`, params }]);
  }
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertContestEntry(tx, ctx.scope, { ...input, createdAt: ctx.now });
    if (!row) throw new DomainError('CONTEST.ENTRY_ALREADY_IN', { field: 'unitName', name: input.unitName });
    await audit({
      action: 'contest.entry',
      objectType: 'contest',
      objectId: contest.id,
      after: { entryId: row.id, count: input.officialMemberIds.length + input.reserveIds.length },
    });
    return { id: row.id };
  });
}
