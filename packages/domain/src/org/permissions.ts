/**
 * The permission table: which role may do what, and over which scope. The API allows by it
 * (`can('plan.read')`), the console shows by it. Deny by default: a role not listed has no right.
 */
import { z } from 'zod';
import { roles, type Role } from './roles.ts';

/**
 * How far a right reaches: the whole commune, the user's village, the user's own team, the user's own agency, or
 * every commune of the user's province (read only). The scope values themselves are in scope.ts.
 */
export type ScopeKind = 'commune' | 'village' | 'team' | 'agency' | 'province';
/** @deprecated the old name of `ScopeKind`. */
export type Scope = ScopeKind;

const all = {
  admin: 'commune',
  office_staff: 'commune',
  justice_officer: 'commune',
  budget_officer: 'commune',
  communication_officer: 'commune',
  police_liaison: 'commune',
  front_viewer: 'commune',
  chairman: 'commune',
  dpo: 'commune',
} as const;

/** Every permission with the roles that hold it and their scope. */
export const permissionTable = {
  'commune.read': { ...all, team_leader: 'commune', village_head: 'village' },
  'plan.read': { ...all, team_leader: 'commune' },
  /** Update a work item: only its lead agency's staff (agency scope). */
  'plan.update': {
    office_staff: 'agency',
    justice_officer: 'agency',
    budget_officer: 'agency',
    communication_officer: 'agency',
    police_liaison: 'agency',
  },
  /** Comment and attach evidence: the lead and coordinating agencies (agency scope); the chairman everywhere. */
  'plan.comment': {
    office_staff: 'agency',
    justice_officer: 'agency',
    budget_officer: 'agency',
    communication_officer: 'agency',
    police_liaison: 'agency',
    front_viewer: 'agency',
    chairman: 'commune',
  },
  'plan.export': { ...all },
  'plan.signoff': { chairman: 'commune' },
  /**
   * Oversee the commune's work: every agency's overdue and due-soon items on the dashboard. Those who answer for the
   * whole plan — the chairman, the office, the justice officer (who follows Đề án 315) and the administrator — not
   * the staff who see their own agency's reminders, nor the front's viewer.
   */
  'plan.oversee': { chairman: 'commune', office_staff: 'commune', justice_officer: 'commune', admin: 'commune' },
  'village.manage': { admin: 'commune', office_staff: 'commune', justice_officer: 'commune' },
  /** The registry: the commune's bodies, a team leader their team, a village head their village's; the province's
   * Department of Justice every commune of the province (Decision 315's figures, non-personal). */
  'team.read': {
    ...all,
    team_leader: 'team',
    village_head: 'village',
    province_admin: 'province',
    province_officer: 'province',
  },
  'team.manage': { admin: 'commune', office_staff: 'commune', justice_officer: 'commune' },
  'mediator.read': {
    admin: 'commune',
    office_staff: 'commune',
    justice_officer: 'commune',
    front_viewer: 'commune',
    chairman: 'commune',
    team_leader: 'team',
    province_admin: 'province',
    province_officer: 'province',
  },
  'mediator.manage': { office_staff: 'commune', justice_officer: 'commune' },
  /**
   * A mediator's personal data beyond name and role — ethnicity, birth year, phone (Decree 13/2023, Law 91/2025):
   * those who keep the registry (the justice officer, the office), and a team leader for their own team's members.
   * The Front, the chairman and the administrator read the registry without it.
   */
  'registry.read_personal': { office_staff: 'commune', justice_officer: 'commune', team_leader: 'team' },
  /**
   * The registry's decisions (Law 35/2013 Art. 8, 11, 14): reading elections and terminations with their deadlines
   * — those who keep the registry, the chairman who decides, the Front that co-organises, a team leader for their
   * team; recording an election, a termination or a member's role — those who keep the registry; recognising an
   * election — the chairman alone (Art. 8.4, 14.2); the decision documents — those who keep the registry and the
   * chairman who signs them.
   */
  'election.read': {
    office_staff: 'commune',
    justice_officer: 'commune',
    chairman: 'commune',
    front_viewer: 'commune',
    team_leader: 'team',
  },
  'election.record': { office_staff: 'commune', justice_officer: 'commune' },
  'election.recognise': { chairman: 'commune' },
  'election.document': { office_staff: 'commune', justice_officer: 'commune', chairman: 'commune' },
  'case.read': { justice_officer: 'commune', office_staff: 'commune', chairman: 'commune', team_leader: 'team' },
  /**
   * A case file's personal data — the parties' names, addresses and phones, the dispute's details, the sessions'
   * notes, the agreement (Law 91/2025, Decree 356/2025): the justice officer and the assigned team's leader only.
   */
  'case.read_personal': { justice_officer: 'commune', team_leader: 'team' },
  'case.record': { justice_officer: 'commune', team_leader: 'team' },
  'case.assign': { justice_officer: 'commune', team_leader: 'team' },
  /**
   * Training (Law 35/2013 Art. 9.4; plan tasks 2.1, 3b): the events, attendance and each mediator's learning hours —
   * read by the commune's bodies that follow the plan; recorded by those who keep the registry (the justice officer,
   * the office).
   */
  'training.read': {
    office_staff: 'commune',
    justice_officer: 'commune',
    chairman: 'commune',
    front_viewer: 'commune',
    admin: 'commune',
  },
  'training.manage': { office_staff: 'commune', justice_officer: 'commune' },
  /** The yearly capacity assessment (plan task 3b): a person's scores, read by those who keep the registry and the chairman. */
  /**
   * Good-mediator contests (plan task 7b; issue 13, point 4): read like training; run (entries, scores, times,
   * prizes) by the justice officer and the office, who organise them for the commune.
   */
  'contest.read': {
    office_staff: 'commune',
    justice_officer: 'commune',
    chairman: 'commune',
    front_viewer: 'commune',
    admin: 'commune',
  },
  'contest.manage': { office_staff: 'commune', justice_officer: 'commune' },
  /** Certificates for training and contests (issue 13, point 6): issued and revoked by those who keep the registry. */
  'certificate.read': { office_staff: 'commune', justice_officer: 'commune', chairman: 'commune' },
  'certificate.manage': { office_staff: 'commune', justice_officer: 'commune' },
  /**
   * Reward proposals (Law 35/2013 Art. 13.5, 29.2.b; issue 13, point 5): read by the commune's bodies that organise
   * rewards (the Front with the People's Committee), proposed by the justice officer and the office, decided or
   * withdrawn by the chairman (Law on Emulation and Commendation 2022 Art. 80.3).
   */
  'reward.read': { office_staff: 'commune', justice_officer: 'commune', chairman: 'commune', front_viewer: 'commune' },
  'reward.propose': { office_staff: 'commune', justice_officer: 'commune' },
  'reward.decide': { chairman: 'commune' },
  'capacity.read': { office_staff: 'commune', justice_officer: 'commune', chairman: 'commune' },
  'capacity.record': { office_staff: 'commune', justice_officer: 'commune' },
  /**
   * The materials library (Law 35/2013 Art. 9.4; plan task 5b): every item, internal ones included, read by the
   * commune's staff and the teams' leaders (who pass them on); kept by the justice officer, the office and the
   * communication officer. Public items need no right: the kiosk and the portal list them.
   */
  'material.read': { ...all, team_leader: 'commune' },
  'material.manage': { office_staff: 'commune', justice_officer: 'commune', communication_officer: 'commune' },
  /**
   * The kiosk's Bahnar and Jrai texts (issue 12, point 7): the commune's staff see which are missing; the office,
   * the justice officer and the communication officer enter them.
   */
  'translation.read': { ...all },
  'translation.manage': { office_staff: 'commune', justice_officer: 'commune', communication_officer: 'commune' },
  /**
   * The commune's kiosks (issue 12, point 9): registering one (its token shown once), listing them, revoking one —
   * the justice officer, the office and the administrator.
   */
  'kiosk.manage': { office_staff: 'commune', justice_officer: 'commune', admin: 'commune' },
  /** Answering a kiosk's "call staff" (point 11): the officers on duty at the commune office. */
  'kiosk.answer_calls': { office_staff: 'commune', justice_officer: 'commune', admin: 'commune' },
  /**
   * The mediators' remuneration claim of a period (Decree 15/2014 Art. 13–14): the justice officer prepares and prints
   * it for the commune's confirmation and records it as paid, once per case.
   */
  'case.claim': { justice_officer: 'commune' },
  /**
   * Data-subject requests about case files (Law 91/2025, Decree 356/2025 Art. 5; PDP-06): the justice officer records
   * and answers them; the chairman may read the list and its clocks (the requester's name needs `case.read_personal`).
   */
  'case.requests_read': { justice_officer: 'commune', chairman: 'commune' },
  'case.requests_record': { justice_officer: 'commune' },
  /**
   * Accident support for a mediator hurt or killed while mediating (Law 35/2013 Art. 9.7; Circular 56/2023 Art.
   * 3.17): like the claim, the justice officer records the request; the chairman reads the list to approve payment.
   */
  'case.accident_read': { justice_officer: 'commune', chairman: 'commune' },
  'case.accident_record': { justice_officer: 'commune' },
  /**
   * How many cases each commune received in a period, by how they stand — counts only, nothing personal: the commune's
   * bodies that follow the program, and the province's Department of Justice for every commune of the province.
   */
  'case.count': {
    justice_officer: 'commune',
    office_staff: 'commune',
    chairman: 'commune',
    province_admin: 'province',
    province_officer: 'province',
  },
  'budget.read': {
    admin: 'commune',
    budget_officer: 'commune',
    office_staff: 'commune',
    justice_officer: 'commune',
    chairman: 'commune',
  },
  'budget.manage': { budget_officer: 'commune' },
  'report.read': { ...all, team_leader: 'team' },
  /**
   * The Ministry's statistical report (Circular 03/2019/TT-BTP) and the Decision 315 dashboard: read by the commune's
   * bodies that answer for the figures; prepared by the justice officer or the office; approved (which locks it) and
   * reopened by the chairman only.
   */
  'statistics.read': {
    justice_officer: 'commune',
    office_staff: 'commune',
    chairman: 'commune',
    admin: 'commune',
  },
  'statistics.prepare': { justice_officer: 'commune', office_staff: 'commune' },
  /** The Decision 315 dashboard: the commune's bodies above, and the province for each of its communes. */
  'kpi.read': {
    justice_officer: 'commune',
    office_staff: 'commune',
    chairman: 'commune',
    admin: 'commune',
    province_admin: 'province',
    province_officer: 'province',
  },
  'statistics.approve': { chairman: 'commune' },
  'user.manage': { admin: 'commune' },
  'audit.read': { admin: 'commune', dpo: 'commune' },
  /** The province's view: every commune of the province side by side, overdue work, year reports (Sở Tư pháp). */
  'province.read': { province_admin: 'province', province_officer: 'province' },
  /** Onboards a commune of the province (its data file, its first administrator). */
  'commune.onboard': { province_admin: 'province' },
  /**
   * The province's own amounts (Circular 56/2023/TT-BTC Art. 5.1): the mediators' remuneration per case and the
   * spending norms its communes' budgets are checked against — set by the Department of Justice for its province.
   */
  'province.norms': { province_admin: 'province', province_officer: 'province' },
} as const satisfies Record<string, Partial<Record<Role, ScopeKind>>>;

export type Permission = keyof typeof permissionTable;

/** The scope kinds in which a permission is held by some role ('team.read' → 'commune' | 'team' | 'village'). */
export type ScopeKindsOf<P extends Permission> = {
  [R in keyof (typeof permissionTable)[P]]: (typeof permissionTable)[P][R];
}[keyof (typeof permissionTable)[P]] &
  ScopeKind;
export const permissions = Object.keys(permissionTable) as Permission[];

/**
 * Whether a permission only reads (`read`) or changes data (`change`). Every permission must be classified
 * (the type fails otherwise); the second-factor rule below follows from it.
 */
export const permissionKinds: Record<Permission, 'read' | 'change'> = {
  'commune.read': 'read',
  'plan.read': 'read',
  'plan.update': 'change',
  'plan.comment': 'change',
  'plan.export': 'read',
  'plan.signoff': 'change',
  'plan.oversee': 'read',
  'village.manage': 'change',
  'team.read': 'read',
  'team.manage': 'change',
  'mediator.read': 'read',
  'mediator.manage': 'change',
  'registry.read_personal': 'read',
  'election.read': 'read',
  'election.record': 'change',
  'election.recognise': 'change',
  'election.document': 'read',
  'case.read': 'read',
  'case.read_personal': 'read',
  'case.record': 'change',
  'case.assign': 'change',
  'training.read': 'read',
  'training.manage': 'change',
  'contest.read': 'read',
  'contest.manage': 'change',
  'certificate.read': 'read',
  'certificate.manage': 'change',
  'reward.read': 'read',
  'reward.propose': 'change',
  'reward.decide': 'change',
  'capacity.read': 'read',
  'capacity.record': 'change',
  'material.read': 'read',
  'material.manage': 'change',
  'translation.read': 'read',
  'translation.manage': 'change',
  'kiosk.manage': 'change',
  'kiosk.answer_calls': 'change',
  'case.claim': 'change',
  'case.requests_read': 'read',
  'case.requests_record': 'change',
  'case.accident_read': 'read',
  'case.accident_record': 'change',
  'case.count': 'read',
  'budget.read': 'read',
  'budget.manage': 'change',
  'report.read': 'read',
  'statistics.read': 'read',
  'statistics.prepare': 'change',
  'kpi.read': 'read',
  'statistics.approve': 'change',
  'user.manage': 'change',
  'audit.read': 'read',
  'province.read': 'read',
  'commune.onboard': 'change',
  'province.norms': 'change',
};
export const permissionSchema = z.enum(permissions as [Permission, ...Permission[]]);

/** The scope in which a role holds a permission, or null when it does not hold it (deny by default). */
export function scopeOf(role: Role, permission: Permission): ScopeKind | null {
  const row: Partial<Record<Role, ScopeKind>> = permissionTable[permission];
  return row[role] ?? null;
}

/** True when the role holds the permission in any scope. */
export function hasPermission(role: Role, permission: Permission): boolean {
  return scopeOf(role, permission) !== null;
}

/** Every permission a role holds, for the console to show only what the API allows. */
export function permissionsOf(role: Role): Permission[] {
  return permissions.filter((p) => hasPermission(role, p));
}

/**
 * Roles that must sign in with a second factor (TOTP): every role holding any permission that changes data
 * (security.md ANM-05: MFA for every admin-console account that can change data; TCVN 14423 §4.6.2.4).
 * Derived from the permission table, so a new right that changes data brings its roles in.
 */
export const rolesRequiringTotp: readonly Role[] = roles.filter((role) =>
  permissionsOf(role).some((p) => permissionKinds[p] === 'change'),
);
