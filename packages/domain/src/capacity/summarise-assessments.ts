/**
 * A year's capacity assessments by group — per team or per village (plan task 3b: survey and evaluate capacity):
 * how many were assessed, their average score, and who is below the bar (the domain's `needs_training` level).
 */
import type { CapacityLevel } from './assess-capacity.ts';

export type AssessedMediator = { mediatorId: string; average: number; level: CapacityLevel };
export type AssessmentGroup = {
  key: string;
  name: string;
  assessed: number;
  average: number | null;
  below: string[];
};

/** Groups the results by `groupOf` (a mediator in no group is left out); groups in the order first met. */
export function summariseAssessments(
  results: readonly AssessedMediator[],
  groupOf: (mediatorId: string) => { key: string; name: string } | null,
): AssessmentGroup[] {
  const groups = new Map<string, AssessmentGroup & { sum: number }>();
  for (const r of results) {
    const g = groupOf(r.mediatorId);
    if (!g) continue;
    const row = groups.get(g.key) ?? { key: g.key, name: g.name, assessed: 0, average: null, below: [], sum: 0 };
    row.assessed += 1;
    row.sum += r.average;
    if (r.level === 'needs_training') row.below.push(r.mediatorId);
    groups.set(g.key, row);
  }
  return [...groups.values()].map(({ sum, ...g }) => ({ ...g, average: Math.round((sum / g.assessed) * 100) / 100 }));
}
