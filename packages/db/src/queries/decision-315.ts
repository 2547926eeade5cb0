/**
 * The counted records of a commune's Decision 315/QĐ-TTg dashboard for a year (issue 13 point 8), in one statement
 * (one round trip, one pooled connection: fifty users at once do not queue for five connections each), every part on
 * the commune's key and grouped in the database — never a person's name: the villages; the active teams with the
 * counts the composition rule reads (kept on the team row by triggers); per village, the active mediators, those who
 * had the ministry's material set by the year's end (a day of an event that used it) and those trained in the year;
 * the cases received in the year by their team's village and status; the distinct trainers of the year's events.
 */
import type { CaseStatus } from '@hgcs/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';

type Row = {
  villages: { id: string; name: string }[];
  teams: {
    villageId: string;
    villageEthnicMinorityArea: boolean;
    members: number;
    women: number;
    ethnicMinorityMembers: number;
    leaders: number;
    supported: boolean;
  }[];
  mediators: { villageId: string; mediators: number; withAccess: number; trained: number }[];
  cases: { villageId: string | null; status: CaseStatus; cases: number }[];
  trainers: number;
};

/** `communeId` is one the caller's granted scope covers (a commune's own, or one of a province's communes). */
export async function decision315Records(db: DbOrTx, communeId: number, year: number) {
  const c = communeId;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { rows } = await db.execute<Row>(sql`
    with active as (
      select distinct on (tm.mediator_id) tm.mediator_id, t.village_id
        from team_memberships tm
        join teams t on t.commune_id = tm.commune_id and t.id = tm.team_id
       where tm.commune_id = ${c} and tm.left_on is null and t.status = 'active'
       order by tm.mediator_id, tm.joined_on),
    per_village as (
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
       group by a.village_id),
    case_counts as (
      select t.village_id, k.status, count(*)::int as cases
        from cases k
        left join teams t on t.commune_id = k.commune_id and t.id = k.team_id
       where k.commune_id = ${c} and k.received_on between ${from} and ${to}
       group by t.village_id, k.status)
    select
      (select coalesce(json_agg(json_build_object('id', v.id, 'name', v.name) order by v.name, v.id), '[]')
         from villages v where v.commune_id = ${c}) as villages,
      (select coalesce(json_agg(json_build_object(
                'villageId', t.village_id, 'villageEthnicMinorityArea', v.ethnic_minority_area,
                'members', t.member_count, 'women', t.women_count, 'ethnicMinorityMembers', t.ethnic_minority_count,
                'leaders', t.leader_count, 'supported', t.legal_supporter_count > 0)), '[]')
         from teams t join villages v on v.commune_id = t.commune_id and v.id = t.village_id
        where t.commune_id = ${c} and t.status = 'active') as teams,
      (select coalesce(json_agg(json_build_object('villageId', p.village_id, 'mediators', p.mediators,
                'withAccess', p.with_access, 'trained', p.trained)), '[]') from per_village p) as mediators,
      (select coalesce(json_agg(json_build_object('villageId', k.village_id, 'status', k.status, 'cases', k.cases)),
                '[]') from case_counts k) as cases,
      (select count(distinct coalesce(tt.mediator_id::text, tt.legal_supporter_id::text, lower(trim(tt.name))))::int
         from training_trainers tt
         join training_events e on e.commune_id = tt.commune_id and e.id = tt.event_id
        where tt.commune_id = ${c} and e.starts_on between ${from} and ${to}) as trainers`);
  return { year, ...rows[0]! };
}
