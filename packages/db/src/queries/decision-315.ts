/**
 * The counted records of a commune's Decision 315/QĐ-TTg dashboard for a year (issue 13 point 8), read in one round
 * of five queries, each on the commune's key and grouped in the database — never a person's name: the villages; the
 * active teams with the counts the composition rule reads (kept on the team row by triggers); per village, the
 * active mediators, those who had the ministry's material set by the year's end (a day of an event that used it)
 * and those trained in the year; the cases received in the year by their team's village and status; the distinct
 * trainers of the year's events.
 */
import type { CaseStatus } from '@hgcs/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { villages } from '../schema/commune.ts';
import { teams } from '../schema/team.ts';

/** `communeId` is one the caller's granted scope covers (a commune's own, or one of a province's communes). */
export async function decision315Records(db: DbOrTx, communeId: number, year: number) {
  const c = communeId;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [villageRows, teamRows, mediatorRows, caseRows, trainerRows] = await Promise.all([
    db
      .select({ id: villages.id, name: villages.name })
      .from(villages)
      .where(eq(villages.communeId, c))
      .orderBy(villages.name, villages.id),
    db
      .select({
        villageId: teams.villageId,
        villageEthnicMinorityArea: villages.ethnicMinorityArea,
        members: teams.memberCount,
        women: teams.womenCount,
        ethnicMinorityMembers: teams.ethnicMinorityCount,
        leaders: teams.leaderCount,
        supported: sql<boolean>`${teams.legalSupporterCount} > 0`,
      })
      .from(teams)
      .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
      .where(and(eq(teams.communeId, c), eq(teams.status, 'active'))),
    db.execute<{ village_id: string; mediators: number; with_access: number; trained: number }>(sql`
      with active as (
        select distinct on (tm.mediator_id) tm.mediator_id, t.village_id
          from team_memberships tm
          join teams t on t.commune_id = tm.commune_id and t.id = tm.team_id
         where tm.commune_id = ${c} and tm.left_on is null and t.status = 'active'
         order by tm.mediator_id, tm.joined_on)
      select a.village_id,
             count(*)::int as mediators,
             count(*) filter (where exists (
               select 1 from training_attendance ta
                 join training_events e on e.commune_id = ta.commune_id and e.id = ta.event_id
                where ta.commune_id = ${c} and ta.mediator_id = a.mediator_id
                  and e.uses_material_set and ta.attended_on <= ${to}))::int as with_access,
             count(*) filter (where exists (
               select 1 from training_attendance ta
                where ta.commune_id = ${c} and ta.mediator_id = a.mediator_id
                  and ta.attended_on between ${from} and ${to}))::int as trained
        from active a
       group by a.village_id`),
    db.execute<{ village_id: string | null; status: CaseStatus; cases: number }>(sql`
      select t.village_id, k.status, count(*)::int as cases
        from cases k
        left join teams t on t.commune_id = k.commune_id and t.id = k.team_id
       where k.commune_id = ${c} and k.received_on between ${from} and ${to}
       group by t.village_id, k.status`),
    db.execute<{ trainers: number }>(sql`
      select count(distinct coalesce(tt.mediator_id::text, tt.legal_supporter_id::text, lower(trim(tt.name))))::int
             as trainers
        from training_trainers tt
        join training_events e on e.commune_id = tt.commune_id and e.id = tt.event_id
       where tt.commune_id = ${c} and e.starts_on between ${from} and ${to}`),
  ]);
  return {
    year,
    villages: villageRows,
    teams: teamRows,
    mediators: mediatorRows.rows.map((m) => ({
      villageId: m.village_id,
      mediators: m.mediators,
      withAccess: m.with_access,
      trained: m.trained,
    })),
    cases: caseRows.rows.map((r) => ({ villageId: r.village_id, status: r.status, cases: r.cases })),
    trainers: trainerRows.rows[0]?.trainers ?? 0,
  };
}
