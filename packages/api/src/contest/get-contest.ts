/** A contest as the console shows it: its rules, entries with their members' names, the sheets and the ranked results. */
import { contestSheets, getContest, listContestEntries, mediatorNames, type DbOrTx } from '@hgcs/db';
import { DomainError, rankContest, type CommuneLevelScope } from '@hgcs/domain';

export async function readContest(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const contest = await getContest(db, scope, id);
  if (!contest) throw new DomainError('RESOURCE.NOT_FOUND');
  const [entries, { sheets, timings }] = await Promise.all([
    listContestEntries(db, scope, id),
    contestSheets(db, scope, id),
  ]);
  const names = await mediatorNames(
    db,
    scope,
    entries.flatMap((e) => [...e.officialMemberIds, ...e.reserveIds]),
  );
  const person = (pid: string) => ({ id: pid, name: names.get(pid) ?? '' });
  const results = rankContest(
    contest,
    entries.map((e) => e.id),
    sheets,
    timings,
  );
  const { clientKey: _key, createdBy: _by, communeId: _c, ...rules } = contest;
  return {
    contest: rules,
    entries: entries.map((e) => ({
      id: e.id,
      unitName: e.unitName,
      captain: person(e.captainId),
      officialMembers: e.officialMemberIds.map(person),
      reserves: e.reserveIds.map(person),
      helperNames: e.helperNames,
      prizeRank: e.prizeRank,
      prizeAmountVnd: e.prizeAmountVnd,
    })),
    sheets,
    timings,
    results,
  };
}
