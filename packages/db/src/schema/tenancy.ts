/**
 * How every table is placed when one deployment serves a whole province and, later, when the same schema runs
 * distributed on Citus (README, "Many communes, one deployment"):
 * - `tenant`: a commune's own rows. Primary key `(commune_id, id)`; every unique constraint and every foreign key to
 *   another tenant table includes `commune_id`. Citus: `create_distributed_table('<table>', 'commune_id')`, all
 *   co-located, so every query of one commune runs on one node.
 * - `reference`: small, shared by every commune (provinces, communes, the deployment's accounts and sessions, which
 *   are looked up by a username or a token before the commune is known). Citus: `create_reference_table('<table>')`.
 * - `local`: operational state of this deployment that is never joined with tenant rows (rate-limit counters).
 *   Citus: stays on the coordinator.
 * A new table must be listed here; packages/db/test/tenancy.test.ts fails otherwise and checks the tenant rules.
 */
export type TableKind = 'tenant' | 'reference' | 'local';

export const tableKinds: Readonly<Record<string, TableKind>> = {
  provinces: 'reference',
  communes: 'reference',
  province_norms: 'reference',
  users: 'reference',
  sessions: 'reference',
  villages: 'tenant',
  agencies: 'tenant',
  teams: 'tenant',
  team_groups: 'tenant',
  mediators: 'tenant',
  team_memberships: 'tenant',
  legal_supporters: 'tenant',
  team_legal_supports: 'tenant',
  cases: 'tenant',
  case_parties: 'tenant',
  case_assignments: 'tenant',
  case_invitees: 'tenant',
  case_sessions: 'tenant',
  case_events: 'tenant',
  case_follow_ups: 'tenant',
  case_paid_claims: 'tenant',
  case_data_requests: 'tenant',
  case_data_request_cases: 'tenant',
  accident_support_requests: 'tenant',
  case_receipts: 'tenant',
  kiosk_translations: 'tenant',
  kiosk_recordings: 'tenant',
  kiosk_devices: 'tenant',
  kiosk_calls: 'tenant',
  mediator_elections: 'tenant',
  team_leader_elections: 'tenant',
  mediator_terminations: 'tenant',
  registry_imports: 'tenant',
  team_reviews: 'tenant',
  budget_lines: 'tenant',
  statistical_reports: 'tenant',
  training_events: 'tenant',
  training_trainers: 'tenant',
  training_attendance: 'tenant',
  contests: 'tenant',
  contest_entries: 'tenant',
  contest_scores: 'tenant',
  contest_timings: 'tenant',
  certificates: 'tenant',
  reward_proposals: 'tenant',
  materials: 'tenant',
  capacity_assessments: 'tenant',
  plans: 'tenant',
  plan_groups: 'tenant',
  plan_tasks: 'tenant',
  work_items: 'tenant',
  evidence: 'tenant',
  work_item_comments: 'tenant',
  year_signoffs: 'tenant',
  year_reopenings: 'tenant',
  year_records: 'tenant',
  audit_log: 'tenant',
  rate_limits: 'local',
};
