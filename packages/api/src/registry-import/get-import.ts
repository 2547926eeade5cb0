/**
 * One import for its preview: while pending, its rows planned against the registry as it is now (created, joining,
 * becoming leader, already there) with every problem; once confirmed, what was written (counts only).
 */
import { getRegistryImport, listVillages, type Db } from '@hgcs/db';
import { DomainError, type CommuneLevelScope, type ImportedMediator, type ImportIssue } from '@hgcs/domain';
import { planImport } from './plan-import.ts';
import { importRowView, sortIssues, type ImportResult, type ImportView } from './view.ts';

export async function readImport(db: Db, scope: CommuneLevelScope, id: string): Promise<ImportView> {
  const row = await getRegistryImport(db, scope, id);
  if (!row) throw new DomainError('IMPORT.NOT_FOUND');
  if (row.status === 'confirmed')
    return {
      id,
      status: 'confirmed',
      rowCount: row.rowCount,
      rows: [],
      issues: [],
      counts: { create: 0, join: 0, present: 0, leaders: 0, errors: 0 },
      result: row.result as ImportResult,
    };
  const [{ plan, teamNames }, villages] = await Promise.all([
    planImport(db, scope, row.rows as ImportedMediator[]),
    listVillages(db, scope),
  ]);
  const villageNames = new Map(villages.map((v) => [v.id, v.name]));
  const issues = sortIssues([...(row.issues as ImportIssue[]), ...plan.issues]);
  return {
    id,
    status: 'pending',
    rowCount: row.rowCount,
    rows: plan.steps.map((s) => importRowView(s, villageNames.get(s.villageId) ?? '', teamNames[s.teamId] ?? '')),
    issues,
    counts: { ...plan.counts, errors: new Set(issues.map((i) => i.row)).size },
    result: null,
  };
}
