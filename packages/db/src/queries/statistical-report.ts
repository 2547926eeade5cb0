/**
 * The statistical report's records and its stored snapshots (schema/statistical-report.ts). The records of a period
 * are the commune's plain, non-personal rows the domain's `buildStatisticalReport` counts: villages, teams, the
 * mediators serving on the cut-off day (their team, sex, ethnic group, recognition and training days), the cases
 * received in the period (dates, scope, result) and the remuneration paid. Everything is read in one round, each
 * query on the commune's key.
 */
import { successfulCaseStatuses, endedCaseStatuses, type CommuneLevelScope, type ProvinceScope } from '@hgcs/domain';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { casePaidClaims, cases } from '../schema/case.ts';
import { statisticalReports } from '../schema/statistical-report.ts';
import { teams } from '../schema/team.ts';
import { villages } from '../schema/commune.ts';

type Span = { from: string; to: string };

const successful = sql.raw(successfulCaseStatuses.map((s) => `'${s}'`).join(', '));
const ended = sql.raw(endedCaseStatuses.map((s) => `'${s}'`).join(', '));

/** The commune's plain records of a period, up to its last day of actual data (`span.to`). */
export async function statisticalReportRecords(db: DbOrTx, scope: CommuneLevelScope, span: Span) {
  const c = scope.communeId;
  const [villageRows, teamRows, mediatorRows, trainingRows, caseRows, paymentRows] = await Promise.all([
    db.select({ id: villages.id, name: villages.name }).from(villages).where(eq(villages.communeId, c)),
    db
      .select({
        id: teams.id,
        villageId: teams.villageId,
        establishedOn: teams.foundingDecisionOn,
        dissolvedOn: sql<
          string | null
        >`case when ${teams.status} = 'dissolved' then (${teams.updatedAt} at time zone 'Asia/Ho_Chi_Minh')::date::text end`,
      })
      .from(teams)
      .where(eq(teams.communeId, c)),
    db.execute<{
      id: string;
      team_id: string;
      gender: 'male' | 'female';
      ethnicity: string | null;
      ethnic_minority: boolean;
      recognised_on: string;
      left_on: string | null;
    }>(sql`
      select distinct on (m.id) m.id, tm.team_id, m.gender, m.ethnicity, m.ethnic_minority,
             coalesce(tm.recognition_decision_on, tm.joined_on)::text as recognised_on, tm.left_on::text as left_on
        from mediators m
        join team_memberships tm on tm.commune_id = m.commune_id and tm.mediator_id = m.id
       where m.commune_id = ${c} and tm.joined_on <= ${span.to} and (tm.left_on is null or tm.left_on > ${span.to})
       order by m.id, tm.joined_on desc`),
    db.execute<{ mediator_id: string; days: string[] }>(sql`
      select mediator_id, array_agg(distinct attended_on::text) as days
        from training_attendance
       where commune_id = ${c} and attended_on <= ${span.to}
       group by mediator_id`),
    db
      .select({
        id: cases.id,
        teamId: cases.teamId,
        receivedOn: cases.receivedOn,
        outOfScope: sql<boolean>`(${cases.status} = 'out_of_scope' or coalesce(${cases.scopeDecision} = 'out_of_scope', false))`,
        scope: cases.disputeKind,
        startedOn: cases.startedOn,
        endedOn: sql<
          string | null
        >`case when ${cases.status} in (${ended}) then coalesce(${cases.endedOn}, ${cases.lastChangedOn})::text end`,
        result: sql<
          'successful' | 'unsuccessful' | null
        >`case when ${cases.status} in (${successful}) then 'successful' when ${cases.status} in (${ended}) then 'unsuccessful' end`,
      })
      .from(cases)
      .where(and(eq(cases.communeId, c), gte(cases.receivedOn, span.from), lte(cases.receivedOn, span.to))),
    db
      .select({ paidOn: casePaidClaims.paidOn, amountVnd: casePaidClaims.amountVnd })
      .from(casePaidClaims)
      .where(
        and(
          eq(casePaidClaims.communeId, c),
          gte(casePaidClaims.paidOn, span.from),
          lte(casePaidClaims.paidOn, span.to),
        ),
      ),
  ]);
  const trained = new Map(trainingRows.rows.map((r) => [r.mediator_id, r.days]));
  return {
    villages: villageRows,
    teams: teamRows,
    mediators: mediatorRows.rows.map((m) => ({
      id: m.id,
      teamId: m.team_id,
      sex: m.gender,
      ethnicity: m.ethnicity ?? (m.ethnic_minority ? 'Dân tộc thiểu số (chưa ghi)' : 'Kinh'),
      recognisedOn: m.recognised_on,
      terminatedOn: m.left_on,
      trainedOn: trained.get(m.id) ?? [],
    })),
    cases: caseRows,
    remunerationPayments: paymentRows,
  };
}

const reportColumns = {
  id: statisticalReports.id,
  communeId: statisticalReports.communeId,
  year: statisticalReports.year,
  periodKind: statisticalReports.periodKind,
  status: statisticalReports.status,
  figures: statisticalReports.figures,
  preparedBy: statisticalReports.preparedBy,
  preparedAt: statisticalReports.preparedAt,
  approvedBy: statisticalReports.approvedBy,
  approvedAt: statisticalReports.approvedAt,
  reopenedReason: statisticalReports.reopenedReason,
  reopenedAt: statisticalReports.reopenedAt,
};
type PeriodKind = (typeof statisticalReports.$inferSelect)['periodKind'];
type Period = { year: number; kind: PeriodKind };

/** The commune's stored report of a period, locked for update inside a transaction when `forUpdate`. */
export async function statisticalReportOf(db: DbOrTx, scope: CommuneLevelScope, p: Period, forUpdate = false) {
  const q = db
    .select(reportColumns)
    .from(statisticalReports)
    .where(
      and(
        eq(statisticalReports.communeId, scope.communeId),
        eq(statisticalReports.year, p.year),
        eq(statisticalReports.periodKind, p.kind),
      ),
    );
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Every stored report of the commune, newest period first. */
export function statisticalReportsOfCommune(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({
      year: statisticalReports.year,
      periodKind: statisticalReports.periodKind,
      status: statisticalReports.status,
      preparedAt: statisticalReports.preparedAt,
      approvedAt: statisticalReports.approvedAt,
    })
    .from(statisticalReports)
    .where(eq(statisticalReports.communeId, scope.communeId))
    .orderBy(sql`${statisticalReports.year} desc, ${statisticalReports.periodKind}`);
}

/** Saves a prepared report (new, or prepared again while not approved). */
export async function saveStatisticalReport(
  db: DbOrTx,
  scope: CommuneLevelScope,
  p: Period & { figures: unknown; preparedBy: string; preparedAt: Date },
) {
  const [row] = await db
    .insert(statisticalReports)
    .values({
      communeId: scope.communeId,
      year: p.year,
      periodKind: p.kind,
      status: 'prepared',
      figures: p.figures,
      preparedBy: p.preparedBy,
      preparedAt: p.preparedAt,
    })
    .onConflictDoUpdate({
      target: [statisticalReports.communeId, statisticalReports.year, statisticalReports.periodKind],
      set: { figures: p.figures, preparedBy: p.preparedBy, preparedAt: p.preparedAt },
      setWhere: sql`${statisticalReports.status} = 'prepared'`,
    })
    .returning(reportColumns);
  return row;
}

/** Moves a report to approved or back to prepared (with the reopening reason). */
export async function setStatisticalReportStatus(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  change: { status: 'approved'; by: string; at: Date } | { status: 'prepared'; reason: string; at: Date },
) {
  const set =
    change.status === 'approved'
      ? { status: 'approved' as const, approvedBy: change.by, approvedAt: change.at }
      : {
          status: 'prepared' as const,
          approvedBy: null,
          approvedAt: null,
          reopenedReason: change.reason,
          reopenedAt: change.at,
        };
  const [row] = await db
    .update(statisticalReports)
    .set(set)
    .where(and(eq(statisticalReports.communeId, scope.communeId), eq(statisticalReports.id, id)))
    .returning(reportColumns);
  return row!;
}

/** The status and, when approved, the figures of each commune's report of a period, for the province. */
export function provinceStatisticalReports(db: DbOrTx, scope: ProvinceScope, p: Period) {
  if (scope.communeIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      communeId: statisticalReports.communeId,
      status: statisticalReports.status,
      figures: sql<unknown>`case when ${statisticalReports.status} = 'approved' then ${statisticalReports.figures} end`,
      approvedAt: statisticalReports.approvedAt,
    })
    .from(statisticalReports)
    .where(
      and(
        inArray(statisticalReports.communeId, [...scope.communeIds]),
        eq(statisticalReports.year, p.year),
        eq(statisticalReports.periodKind, p.kind),
      ),
    );
}
