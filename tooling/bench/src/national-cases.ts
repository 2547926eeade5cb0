/**
 * A national case load on top of the generated registry (issue 11, Speed: "~1,000,000 cases"): `perTeam` cases for
 * every generated team (12 × 89,046 ≈ 1,070,000), received between January 2024 and November 2026, two parties each,
 * a mediator assigned and one session for every case past intake. Cases received before June 2026 are closed
 * (performed, unsuccessful, stopped by a party, out of scope, not performed); later ones stand at every open stage,
 * so a commune's open queue holds what a real one would (a few dozen). One SQL statement per table, inside PostgreSQL,
 * then VACUUM ANALYZE.
 */
import pg from 'pg';
import { firstNationalCommune } from './national-registry.ts';

const closed = `array['performed','performed','performed','performed','performed','unsuccessful','unsuccessful',
  'stopped_by_party','out_of_scope','not_performed']`;
const open = `array['received','received','assigned','in_progress','in_progress','suspended','successful','follow_up']`;
const kinds = `array['civil','interpersonal_conflict','marriage_family','civil','minor_violation']`;

export async function seedNationalCases(url: string, perTeam: number): Promise<{ cases: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    await client.query(
      `create temp table gen_cases on commit drop as
       select g.commune_id, g.team_id, g.mediator_id, gen_random_uuid() as id, g.n, received_on,
              case when received_on < date '2026-06-01' then (${closed})[1 + g.n % 10]
                   else (${open})[1 + g.n % 8] end as status
       from (select t.commune_id, t.id as team_id, m.mediator_id, (row_number() over ())::int as n, k
             from teams t
             cross join generate_series(0, $2 - 1) k
             join lateral (select mediator_id from team_memberships tm
                           where tm.commune_id = t.commune_id and tm.team_id = t.id and tm.left_on is null
                           order by tm.mediator_id limit 1) m on true
             where t.commune_id >= $1) g,
            lateral (select date '2024-01-02' + ((g.n * 37 + g.k * 89) % 1060) as received_on) d`,
      [firstNationalCommune, perTeam],
    );
    await client.query(
      `insert into cases (commune_id, id, team_id, client_key, tracking_code, channel, requested_on, received_on,
                          dispute_kind, summary, privacy_notice_at, privacy_notice_version, scope_decision,
                          screened_on, status, last_changed_on, assigned_on, start_due_on, started_on, ended_on,
                          has_written_agreement, closed_on, agreement)
       select commune_id, id, team_id, gen_random_uuid(), 'HG-' || upper(lpad(to_hex(n), 8, '0')), 'walk_in',
              received_on, received_on, (${kinds})[1 + n % 5], 'Tranh chấp số ' || n,
              received_on::timestamptz, 'pdp-notice-2024-01',
              case when status = 'out_of_scope' then 'out_of_scope' when status = 'received' then null else 'mediate' end,
              case when status = 'received' then null else received_on + 1 end,
              status, received_on + 20,
              case when status in ('received', 'out_of_scope') then null else received_on + 1 end,
              case when status in ('received', 'out_of_scope') then null else received_on + 6 end,
              case when status in ('received', 'assigned', 'out_of_scope') then null else received_on + 5 end,
              case when status in ('performed','unsuccessful','stopped_by_party','not_performed','successful','follow_up')
                   then received_on + 15 end,
              status in ('performed', 'not_performed', 'successful', 'follow_up'),
              case when status in ('performed','unsuccessful','stopped_by_party','out_of_scope','not_performed')
                   then received_on + 20 end,
              case when status in ('performed', 'not_performed', 'successful', 'follow_up')
                   then jsonb_build_object('agreementAndMeasures', 'Hai bên thống nhất ranh giới, vụ ' || n) end
       from gen_cases`,
    );
    await client.query(
      `insert into case_parties (commune_id, case_id, position, full_name, birth_year, address)
       select commune_id, id, p, case p when 1 then 'Rơ Châm ' || n else 'Ksor ' || n end, 1960 + n % 40, 'Làng ' || n % 27
       from gen_cases cross join generate_series(1, 2) p`,
    );
    await client.query(
      `insert into case_assignments (commune_id, case_id, mediator_id, assigned_on)
       select commune_id, id, mediator_id, received_on + 1 from gen_cases where status not in ('received', 'out_of_scope')`,
    );
    await client.query(
      `insert into case_sessions (commune_id, case_id, client_key, held_on, place, duration_minutes, mediator_ids,
                                  party_ids, summary)
       select commune_id, id, gen_random_uuid(), received_on + 5, 'Nhà văn hóa', 90, array[mediator_id], '{}',
              'Nghe hai bên trình bày'
       from gen_cases where status not in ('received', 'assigned', 'out_of_scope')`,
    );
    await client.query('commit');
    await client.query('vacuum analyze');
    const { rows } = await client.query<{ cases: number }>(
      'select count(*)::int as cases from cases where commune_id >= $1',
      [firstNationalCommune],
    );
    return rows[0]!;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
