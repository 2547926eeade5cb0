/**
 * What a plan's shape cannot say, as a list of problems with the data path of each: startYear ≤ endYear, unique
 * group and task codes, task years inside the plan (Đề án 315 runs 2024–2030), unique parts of a composite timing.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { Plan } from './plan.ts';
import type { SimpleTiming } from './timing.ts';

export type PlanProblem = { path: readonly PropertyKey[]; error: DomainError };

const yearsOf = (t: SimpleTiming): number[] =>
  t.kind === 'year_range' ? [t.from, t.to] : t.kind === 'fixed_year' ? [t.year] : [];

/** Every rule the plan breaks, in the order of the plan (empty when it is sound). */
export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.startYear > plan.endYear)
    problems.push({
      path: ['startYear'],
      error: new DomainError('PLAN.INVALID_YEARS', { from: plan.startYear, to: plan.endYear }),
    });
  const seen = new Set<string>();
  const unique = (key: string, code: string, path: PropertyKey[]) => {
    if (seen.has(key)) problems.push({ path, error: new DomainError('PLAN.DUPLICATE_CODE', { code }) });
    seen.add(key);
  };
  for (const [g, group] of plan.groups.entries()) unique(`group ${group.code}`, group.code, ['groups', g, 'code']);
  for (const [g, group] of plan.groups.entries())
    for (const [t, task] of group.tasks.entries()) unique(task.code, task.code, ['groups', g, 'tasks', t, 'code']);
  for (const [g, group] of plan.groups.entries()) {
    for (const [t, task] of group.tasks.entries()) {
      const timings = task.timing.kind === 'composite' ? task.timing.parts.map((p) => p.timing) : [task.timing];
      const outside = timings.flatMap(yearsOf).find((y) => y < plan.startYear || y > plan.endYear);
      if (outside !== undefined)
        problems.push({
          path: ['groups', g, 'tasks', t, 'timing'],
          error: new DomainError('PLAN.TIMING_OUTSIDE_PLAN', { code: task.code, year: outside }),
        });
      if (
        task.timing.kind === 'composite' &&
        new Set(task.timing.parts.map((p) => p.key)).size !== task.timing.parts.length
      ) {
        problems.push({
          path: ['groups', g, 'tasks', t, 'timing', 'parts'],
          error: new DomainError('PLAN.DUPLICATE_CODE', {
            code: `${task.code}/${task.timing.parts.map((p) => p.key).join(',')}`,
          }),
        });
      }
    }
  }
  return problems;
}
