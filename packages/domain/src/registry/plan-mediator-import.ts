/**
 * What confirming an import would do (issue 10, point 8), row by row, against the registry as it is: a person not
 * yet recorded is created and joins the team; a recorded person (the same `personKey`: name, birth year, village)
 * joins the team; a person already an open member of the team is "already there" and nothing is written for them.
 * A row asking for a leader where the team already has another open leader is refused (Law 35/2013 Art. 14: one
 * leader per team). Pure: the caller reads the registry, shows this as the preview and writes it on confirmation.
 */
import { importIssue, type ImportIssue } from './import-issue.ts';
import type { ImportedMediator } from './parse-mediator-list.ts';
import { personKey } from './person-key.ts';

/** The registry facts the plan reads: the recorded people of the list's villages and the teams' open memberships. */
export type RegistryForImport = {
  people: readonly { id: string; fullName: string; birthYear: number; residenceVillageId: string }[];
  openMemberships: readonly { teamId: string; mediatorId: string; role: string }[];
  teamNames: Readonly<Record<string, string>>;
};

/** One row's outcome: `create` a person and their membership, `join` (person recorded), or `present` (nothing). */
export type ImportStep = ImportedMediator & {
  action: 'create' | 'join' | 'present';
  /** The recorded person, for `join` and `present`. */
  mediatorId: string | null;
};

export type ImportPlan = {
  steps: ImportStep[];
  issues: ImportIssue[];
  counts: { create: number; join: number; present: number; leaders: number };
};

/**
 * Plans the rows of a parsed list against the registry.
 * @example planMediatorImport(parsed.valid, registry).counts // { create: 12, join: 1, present: 0, leaders: 3 }
 */
export function planMediatorImport(rows: readonly ImportedMediator[], registry: RegistryForImport): ImportPlan {
  const byKey = new Map(registry.people.map((p) => [personKey({ ...p, villageId: p.residenceVillageId }), p.id]));
  const open = new Set(registry.openMemberships.map((m) => `${m.teamId}|${m.mediatorId}`));
  const leaders = new Map(registry.openMemberships.filter((m) => m.role === 'leader').map((m) => [m.teamId, m]));
  const steps: ImportStep[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const mediatorId = byKey.get(row.key) ?? null;
    const present = mediatorId !== null && open.has(`${row.teamId}|${mediatorId}`);
    const leader = leaders.get(row.teamId);
    if (!present && row.role === 'leader' && leader !== undefined && leader.mediatorId !== mediatorId) {
      issues.push(importIssue('IMPORT.LEADER_TAKEN', row.row, null, { team: registry.teamNames[row.teamId] ?? '' }));
      continue;
    }
    steps.push({ ...row, mediatorId, action: present ? 'present' : mediatorId === null ? 'create' : 'join' });
  }
  const count = (action: ImportStep['action']) => steps.filter((s) => s.action === action).length;
  return {
    steps,
    issues,
    counts: {
      create: count('create'),
      join: count('join'),
      present: count('present'),
      leaders: steps.filter((s) => s.action !== 'present' && s.role === 'leader').length,
    },
  };
}
