/** An import as the console's preview shows it: each row's outcome, every problem (codes, row, column), the counts. */
import type { ImportIssue, ImportStep } from '@hgcs/domain';

export type ImportRowView = {
  row: number;
  fullName: string;
  birthYear: number;
  sex: 'female' | 'male';
  ethnicity: string | null;
  villageName: string;
  teamName: string;
  role: 'leader' | 'member';
  phone: string | null;
  action: ImportStep['action'];
};

export type ImportResult = { created: number; joined: number; present: number; skipped: number; leaders: number };

export type ImportView = {
  id: string;
  status: 'pending' | 'confirmed';
  rowCount: number;
  rows: ImportRowView[];
  issues: ImportIssue[];
  counts: { create: number; join: number; present: number; leaders: number; errors: number };
  result: ImportResult | null;
};

export function importRowView(step: ImportStep, villageName: string, teamName: string): ImportRowView {
  return {
    row: step.row,
    fullName: step.fullName,
    birthYear: step.birthYear,
    sex: step.sex,
    ethnicity: step.ethnicity,
    villageName,
    teamName,
    role: step.role,
    phone: step.phone,
    action: step.action,
  };
}

/** Problems in sheet order: the whole file's first, then by row. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
