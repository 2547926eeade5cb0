/**
 * Contests, their entries, judges' sheets and timings; certificates; reward proposals and the evidence they may
 * draw on (schema/awards.ts). Every query is scoped to one commune.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { successfulCaseStatuses } from '@hgcs/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import {
  certificates,
  contestEntries,
  contests,
  contestScores,
  contestTimings,
  rewardProposals,
} from '../schema/awards.ts';
import { caseAssignments, cases } from '../schema/case.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';
import { trainingAttendance, trainingEvents } from '../schema/training.ts';

const inCommune = (scope: CommuneLevelScope, column: Parameters<typeof scopeWhere>[1]['communeId']) =>
  scopeWhere(scope, { communeId: column });

// ── contests ──────────────────────────────────────────────────────────────────────────────────────────────────────
export type ContestValues = Omit<typeof contests.$inferInsert, 'id' | 'communeId'>;

/** Inserts a contest; undefined when its client key was used already (a retry). */
export async function insertContest(db: DbOrTx, scope: CommuneLevelScope, values: ContestValues) {
  const [row] = await db
    .insert(contests)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [contests.communeId, contests.clientKey] })
    .returning({ id: contests.id });
  return row;
}

export async function contestByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: contests.id })
    .from(contests)
    .where(and(eq(contests.communeId, scope.communeId), eq(contests.clientKey, clientKey)));
  return row;
}

export async function getContest(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db
    .select()
    .from(contests)
    .where(and(inCommune(scope, contests.communeId), eq(contests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The contests of a year (by their first day), newest first. */
export async function listContests(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  return db
    .select({
      id: contests.id,
      name: contests.name,
      level: contests.level,
      startsOn: contests.startsOn,
      endsOn: contests.endsOn,
      entries: sql<number>`(select count(*)::int from ${contestEntries} e where e.commune_id = ${contests.communeId} and e.contest_id = ${contests.id})`,
    })
    .from(contests)
    .where(
      and(
        inCommune(scope, contests.communeId),
        gte(contests.startsOn, `${year}-01-01`),
        lte(contests.startsOn, `${year}-12-31`),
      ),
    )
    .orderBy(desc(contests.startsOn), asc(contests.name));
}

export async function insertContestEntry(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof contestEntries.$inferInsert, 'id' | 'communeId'>,
) {
  const [row] = await db
    .insert(contestEntries)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [contestEntries.communeId, contestEntries.contestId, contestEntries.unitName] })
    .returning({ id: contestEntries.id });
  return row;
}

export async function listContestEntries(db: DbOrTx, scope: CommuneLevelScope, contestId: string) {
  return db
    .select()
    .from(contestEntries)
    .where(and(inCommune(scope, contestEntries.communeId), eq(contestEntries.contestId, contestId)))
    .orderBy(asc(contestEntries.unitName));
}

/** An entry with its contest's rules. */
export async function getContestEntry(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select({ entry: contestEntries, contest: contests })
    .from(contestEntries)
    .innerJoin(
      contests,
      and(eq(contests.communeId, contestEntries.communeId), eq(contests.id, contestEntries.contestId)),
    )
    .where(and(inCommune(scope, contestEntries.communeId), eq(contestEntries.id, id)));
  return row;
}

export async function setContestPrize(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  prize: { prizeRank: (typeof contestEntries.$inferSelect)['prizeRank']; prizeAmountVnd: number | null },
) {
  await db
    .update(contestEntries)
    .set(prize)
    .where(and(eq(contestEntries.communeId, scope.communeId), eq(contestEntries.id, id)));
}

/** Inserts a judge's sheet; undefined when that judge already scored that entry in that round. */
export async function insertContestScore(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof contestScores.$inferInsert, 'id' | 'communeId'>,
) {
  const [row] = await db
    .insert(contestScores)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({
      target: [contestScores.communeId, contestScores.entryId, contestScores.round, contestScores.judge],
    })
    .returning({ id: contestScores.id });
  return row;
}

/** Records (or corrects) the time of a performance; answers the seconds recorded before, if any. */
export async function upsertContestTiming(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: { entryId: string; round: number; seconds: number },
) {
  const [before] = await db
    .select({ seconds: contestTimings.seconds })
    .from(contestTimings)
    .where(
      and(
        eq(contestTimings.communeId, scope.communeId),
        eq(contestTimings.entryId, values.entryId),
        eq(contestTimings.round, values.round),
      ),
    );
  await db
    .insert(contestTimings)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoUpdate({
      target: [contestTimings.communeId, contestTimings.entryId, contestTimings.round],
      set: { seconds: values.seconds },
    });
  return before?.seconds ?? null;
}

/** Every judge's sheet and every timing of a contest's entries. */
export async function contestSheets(db: DbOrTx, scope: CommuneLevelScope, contestId: string) {
  const entryIds = db
    .select({ id: contestEntries.id })
    .from(contestEntries)
    .where(and(eq(contestEntries.communeId, scope.communeId), eq(contestEntries.contestId, contestId)));
  const [sheets, timings] = await Promise.all([
    db
      .select({
        entryId: contestScores.entryId,
        round: contestScores.round,
        judge: contestScores.judge,
        scores: contestScores.scores,
      })
      .from(contestScores)
      .where(and(eq(contestScores.communeId, scope.communeId), inArray(contestScores.entryId, entryIds)))
      .orderBy(asc(contestScores.round), asc(contestScores.judge)),
    db
      .select({ entryId: contestTimings.entryId, round: contestTimings.round, seconds: contestTimings.seconds })
      .from(contestTimings)
      .where(and(eq(contestTimings.communeId, scope.communeId), inArray(contestTimings.entryId, entryIds))),
  ]);
  return { sheets, timings };
}

/**
 * What the contest check needs of each person: the name, the first recognition (a membership's recognition
 * decision) and, when no membership is open, the day the last one ended.
 */
export async function mediatorStatuses(db: DbOrTx, scope: CommuneLevelScope, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: mediators.id,
      fullName: mediators.fullName,
      recognisedOn: sql<string | null>`min(${teamMemberships.recognitionDecisionOn})::text`,
      terminatedOn: sql<
        string | null
      >`case when bool_or(${teamMemberships.id} is not null and ${teamMemberships.leftOn} is null) then null else max(${teamMemberships.leftOn})::text end`,
    })
    .from(mediators)
    .leftJoin(
      teamMemberships,
      and(eq(teamMemberships.communeId, mediators.communeId), eq(teamMemberships.mediatorId, mediators.id)),
    )
    .where(and(eq(mediators.communeId, scope.communeId), inArray(mediators.id, [...ids])))
    .groupBy(mediators.id, mediators.fullName);
}

/** Names of the commune's mediators by id (to print and to show an entry's members). */
export async function mediatorNames(db: DbOrTx, scope: CommuneLevelScope, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: mediators.id, fullName: mediators.fullName })
    .from(mediators)
    .where(and(eq(mediators.communeId, scope.communeId), inArray(mediators.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

// ── certificates ──────────────────────────────────────────────────────────────────────────────────────────────────
export async function insertCertificate(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof certificates.$inferInsert, 'id' | 'communeId'>,
) {
  const [row] = await db
    .insert(certificates)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [certificates.communeId, certificates.clientKey] })
    .returning({ id: certificates.id, code: certificates.code });
  return row;
}

export async function certificateByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: certificates.id, code: certificates.code })
    .from(certificates)
    .where(and(eq(certificates.communeId, scope.communeId), eq(certificates.clientKey, clientKey)));
  return row;
}

export async function getCertificate(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db
    .select()
    .from(certificates)
    .where(and(inCommune(scope, certificates.communeId), eq(certificates.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The certificates issued in a year, newest first. */
export async function listCertificates(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  return db
    .select({
      id: certificates.id,
      kind: certificates.kind,
      code: certificates.code,
      holderName: certificates.holderName,
      title: certificates.title,
      issuedOn: certificates.issuedOn,
      revokedAt: certificates.revokedAt,
      revokeReason: certificates.revokeReason,
    })
    .from(certificates)
    .where(
      and(
        inCommune(scope, certificates.communeId),
        gte(certificates.issuedOn, `${year}-01-01`),
        lte(certificates.issuedOn, `${year}-12-31`),
      ),
    )
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt));
}

export async function revokeCertificate(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  revocation: { at: Date; reason: string },
) {
  await db
    .update(certificates)
    .set({ revokedAt: revocation.at, revokeReason: revocation.reason })
    .where(and(eq(certificates.communeId, scope.communeId), eq(certificates.id, id)));
}

/** The public face of a certificate, by its code (the commune comes from the code). */
export async function certificateByCode(db: DbOrTx, communeId: number, code: string) {
  const [row] = await db
    .select({
      title: certificates.title,
      holderName: certificates.holderName,
      issuedOn: certificates.issuedOn,
      issuer: certificates.issuer,
      revokedAt: certificates.revokedAt,
    })
    .from(certificates)
    .where(and(eq(certificates.communeId, communeId), eq(certificates.code, code)));
  return row;
}

/** Whether a mediator attended an event (at least one day recorded). */
export async function attendedEvent(db: DbOrTx, scope: CommuneLevelScope, eventId: string, mediatorId: string) {
  const [row] = await db
    .select({ hours: sql<number>`sum(${trainingAttendance.hours})::float8` })
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.communeId, scope.communeId),
        eq(trainingAttendance.eventId, eventId),
        eq(trainingAttendance.mediatorId, mediatorId),
      ),
    );
  return row?.hours ?? null;
}

// ── rewards ───────────────────────────────────────────────────────────────────────────────────────────────────────
export async function insertReward(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof rewardProposals.$inferInsert, 'id' | 'communeId'>,
) {
  const [row] = await db
    .insert(rewardProposals)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [rewardProposals.communeId, rewardProposals.clientKey] })
    .returning({ id: rewardProposals.id });
  return row;
}

export async function rewardByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: rewardProposals.id })
    .from(rewardProposals)
    .where(and(eq(rewardProposals.communeId, scope.communeId), eq(rewardProposals.clientKey, clientKey)));
  return row;
}

export async function getReward(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db
    .select({
      proposal: rewardProposals,
      mediatorName: mediators.fullName,
      mediatorBirthYear: mediators.birthYear,
      mediatorGender: mediators.gender,
      teamName: teams.name,
    })
    .from(rewardProposals)
    .leftJoin(
      mediators,
      and(eq(mediators.communeId, rewardProposals.communeId), eq(mediators.id, rewardProposals.mediatorId)),
    )
    .leftJoin(teams, and(eq(teams.communeId, rewardProposals.communeId), eq(teams.id, rewardProposals.teamId)))
    .where(and(inCommune(scope, rewardProposals.communeId), eq(rewardProposals.id, id)));
  const [row] = lock ? await query.for('update', { of: rewardProposals }) : await query;
  return row;
}

/** The proposals whose period ends in a year, newest first. */
export async function listRewards(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  return db
    .select({
      id: rewardProposals.id,
      form: rewardProposals.form,
      recipientKind: rewardProposals.recipientKind,
      recipientName: sql<string>`coalesce(${mediators.fullName}, ${teams.name})`,
      periodFrom: rewardProposals.periodFrom,
      periodTo: rewardProposals.periodTo,
      action: rewardProposals.action,
      status: rewardProposals.status,
      decisionNo: rewardProposals.decisionNo,
      decidedOn: rewardProposals.decidedOn,
    })
    .from(rewardProposals)
    .leftJoin(
      mediators,
      and(eq(mediators.communeId, rewardProposals.communeId), eq(mediators.id, rewardProposals.mediatorId)),
    )
    .leftJoin(teams, and(eq(teams.communeId, rewardProposals.communeId), eq(teams.id, rewardProposals.teamId)))
    .where(
      and(
        inCommune(scope, rewardProposals.communeId),
        gte(rewardProposals.periodTo, `${year}-01-01`),
        lte(rewardProposals.periodTo, `${year}-12-31`),
      ),
    )
    .orderBy(desc(rewardProposals.createdAt));
}

export async function setRewardStatus(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  values: Pick<typeof rewardProposals.$inferInsert, 'status' | 'decisionNo' | 'decidedOn' | 'withdrawReason'> & {
    at: Date;
  },
) {
  const { at, ...rest } = values;
  await db
    .update(rewardProposals)
    .set({ ...rest, updatedAt: at })
    .where(and(eq(rewardProposals.communeId, scope.communeId), eq(rewardProposals.id, id)));
}

/** The members (present or past) of a team: whose training and contests count for it. */
async function teamMemberIds(db: DbOrTx, scope: CommuneLevelScope, teamId: string) {
  const rows = await db
    .select({ id: teamMemberships.mediatorId })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.communeId, scope.communeId), eq(teamMemberships.teamId, teamId)));
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * The evidence a proposal for a mediator or a team may draw on, in its period: cases it mediated successfully
 * (ended in the period; a mediator's by an assignment not declined, a team's by the case's team), training events
 * attended (by the mediator, or by the team's members) and contest entries (the mediator, or a team's member, on it).
 * Only codes, dates and titles: nothing about the parties.
 */
export async function rewardEvidence(
  db: DbOrTx,
  scope: CommuneLevelScope,
  who: { mediatorId: string | null; teamId: string | null },
  period: { from: string; to: string },
) {
  const people = who.mediatorId ? [who.mediatorId] : await teamMemberIds(db, scope, who.teamId!);
  const caseWho = who.mediatorId
    ? sql`exists (select 1 from ${caseAssignments} a where a.commune_id = ${cases.communeId} and a.case_id = ${cases.id} and a.mediator_id = ${who.mediatorId} and a.declined_on is null)`
    : eq(cases.teamId, who.teamId!);
  const [caseRows, trainingRows, contestRows] = await Promise.all([
    db
      .select({
        id: cases.id,
        trackingCode: cases.trackingCode,
        disputeKind: cases.disputeKind,
        endedOn: sql<string>`${cases.endedOn}::text`,
      })
      .from(cases)
      .where(
        and(
          eq(cases.communeId, scope.communeId),
          inArray(cases.status, [...successfulCaseStatuses]),
          gte(cases.endedOn, period.from),
          lte(cases.endedOn, period.to),
          isNull(cases.pseudonymisedOn),
          caseWho,
        ),
      )
      .orderBy(asc(cases.endedOn)),
    people.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: trainingEvents.id,
            title: trainingEvents.title,
            startsOn: trainingEvents.startsOn,
            endsOn: trainingEvents.endsOn,
            hours: sql<number>`sum(${trainingAttendance.hours})::float8`,
          })
          .from(trainingAttendance)
          .innerJoin(
            trainingEvents,
            and(
              eq(trainingEvents.communeId, trainingAttendance.communeId),
              eq(trainingEvents.id, trainingAttendance.eventId),
            ),
          )
          .where(
            and(
              eq(trainingAttendance.communeId, scope.communeId),
              inArray(trainingAttendance.mediatorId, people),
              gte(trainingAttendance.attendedOn, period.from),
              lte(trainingAttendance.attendedOn, period.to),
            ),
          )
          .groupBy(trainingEvents.id, trainingEvents.title, trainingEvents.startsOn, trainingEvents.endsOn)
          .orderBy(asc(trainingEvents.startsOn)),
    people.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: contestEntries.id,
            contestName: contests.name,
            unitName: contestEntries.unitName,
            startsOn: contests.startsOn,
            prizeRank: contestEntries.prizeRank,
          })
          .from(contestEntries)
          .innerJoin(
            contests,
            and(eq(contests.communeId, contestEntries.communeId), eq(contests.id, contestEntries.contestId)),
          )
          .where(
            and(
              eq(contestEntries.communeId, scope.communeId),
              gte(contests.startsOn, period.from),
              lte(contests.startsOn, period.to),
              sql`(${contestEntries.officialMemberIds} || ${contestEntries.reserveIds}) && ${sql.raw("'{")}${sql.raw(people.join(','))}${sql.raw("}'::uuid[]")}`,
            ),
          )
          .orderBy(asc(contests.startsOn)),
  ]);
  return { cases: caseRows, training: trainingRows, contests: contestRows };
}
