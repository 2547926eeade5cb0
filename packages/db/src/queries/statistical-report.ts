/**
 * The statistical report's records and its stored snapshots (schema/statistical-report.ts). The records of a period
 * are the commune's plain, non-personal rows the domain's `buildStatisticalReport` counts: villages, teams, the
 * mediators serving on the cut-off day (their team, sex, ethnic group, recognition and training days), the cases
 * received in the period (dates, scope, result) and the remuneration paid. Everything is read in one statement, each
 * part on the commune's key.
 */
import { successfulCaseStatuses, endedCaseStatuses, type CommuneLevelScope, type ProvinceScope } from '@hgcs/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { statisticalReports } from '../schema/statistical-report.ts';

type Span = { from: string; to: string };

const successful = sql.raw(successfulCaseStatuses.map((s) => `'${s}'`).join(', '));
const ended = sql.raw(endedCaseStatuses.map((s) => `'${s}'`).join(', '));

type Records = {
  villages: { id: string; name: string }[];
  teams: { id: string; villageId: string; establishedOn: string | null; dissolvedOn: string | null }[];
  mediators: {
    id: string;
    teamId: string;
    sex: 'male' | 'female';
    ethnicity: string | null;
    ethnicMinority: boolean;
    recognisedOn: string;
    terminatedOn: string | null;
    trainedOn: string[];
  }[];
  cases: {
    id: string;
    teamId: string;
    receivedOn: string;
    outOfScope: boolean;
    scope: string;
    startedOn: string | null;
    endedOn: string | null;
    result: 'successful' | 'unsuccessful' | null;
  }[];
  remunerationPayments: { paidOn: string; amountVnd: number }[];
};

/**
 * The commune's plain records of a period, up to its last day of actual data (`span.to`), in one statement (one
 * round trip, one pooled connection), every part on the commune's key.
 */
export async function statisticalReportRecords(db: DbOrTx, scope: CommuneLevelScope, span: Span) {
  const c = scope.communeId;
  const { rows } = await db.execute<Records>(sql`
    with serving as (
      select distinct on (m.id) m.id, tm.team_id, m.gender, m.ethnicity, m.ethnic_minority,
             coalesce(tm.recognition_decision_on, tm.joined_on) as recognised_on, tm.left_on
        from mediators m
        join team_memberships tm on tm.commune_id = m.commune_id and tm.mediator_id = m.id
       where m.commune_id = ${c} and tm.joined_on <= ${span.to} and (tm.left_on is null or tm.left_on > ${span.to})
       order by m.id, tm.joined_on desc),
    trained as (
      select mediator_id, array_agg(distinct attended_on::text) as days
        from training_attendance
       where commune_id = ${c} and attended_on <= ${span.to}
       group by mediator_id)
    select
      (select coalesce(json_agg(json_build_object('id', v.id, 'name', v.name)), '[]')
         from villages v where v.commune_id = ${c}) as villages,
      (select coalesce(json_agg(json_build_object(
                'id', t.id, 'villageId', t.village_id, 'establishedOn', t.founding_decision_on::text,
                'dissolvedOn', case when t.status = 'dissolved'
                                    then (t.updated_at at time zone 'Asia/Ho_Chi_Minh')::date::text end)), '[]')
         from teams t where t.commune_id = ${c}) as teams,
      (select coalesce(json_agg(json_build_object(
                'id', s.id, 'teamId', s.team_id, 'sex', s.gender, 'ethnicity', s.ethnicity,
                'ethnicMinority', s.ethnic_minority, 'recognisedOn', s.recognised_on::text,
                'terminatedOn', s.left_on::text, 'trainedOn', coalesce(tr.days, '{}')) order by s.id), '[]')
         from serving s left join trained tr on tr.mediator_id = s.id) as mediators,
      (select coalesce(json_agg(json_build_object(
                'id', k.id, 'teamId', k.team_id, 'receivedOn', k.received_on::text,
                'outOfScope', k.status = 'out_of_scope' or coalesce(k.scope_decision = 'out_of_scope', false),
                'scope', k.dispute_kind, 'startedOn', k.started_on::text,
                'endedOn', case when k.status in (${ended}) then coalesce(k.ended_on, k.last_changed_on)::text end,
                'result', case when k.status in (${successful}) then 'successful'
                               when k.status in (${ended}) then 'unsuccessful' end)), '[]')
         from cases k
        where k.commune_id = ${c} and k.received_on between ${span.from} and ${span.to}) as cases,
      (select coalesce(json_agg(json_build_object('paidOn', p.paid_on::text, 'amountVnd', p.amount_vnd)), '[]')
         from case_paid_claims p
        where p.commune_id = ${c} and p.paid_on between ${span.from} and ${span.to}) as "remunerationPayments"`);
  const r = rows[0]!;
  return {
    villages: r.villages,
    teams: r.teams,
    mediators: r.mediators.map(({ ethnicMinority, ...m }) => ({
      ...m,
      ethnicity: m.ethnicity ?? (ethnicMinority ? 'Dân tộc thiểu số (chưa ghi)' : 'Kinh'),
    })),
    cases: r.cases,
    remunerationPayments: r.remunerationPayments,
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
        // One array parameter, not one per commune (as scope-filter.ts's province scopes).
        sql`${statisticalReports.communeId} = any(${sql.param([...scope.communeIds])}::int[])`,
        eq(statisticalReports.year, p.year),
        eq(statisticalReports.periodKind, p.kind),
      ),
    );
}
