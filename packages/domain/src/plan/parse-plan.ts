/**
 * Checks a plan before it is expanded or rolled up: the shape (`planSchema`), then what a shape cannot say —
 * startYear ≤ endYear, unique group and task codes, and task years inside the plan (Đề án 315 runs 2024–2030).
 */
import { DomainError } from '../errors/domain-error.ts';
import { planSchema, type Plan } from './plan.ts';
import type { SimpleTiming } from './timing.ts';

const yearsOf = (t: SimpleTiming): number[] => (t.kind === 'year_range' ? [t.from, t.to] : t.kind === 'fixed_year' ? [t.year] : []);

/** A checked plan, or a `DomainError` (PLAN.INVALID_INPUT, INVALID_YEARS, DUPLICATE_CODE, TIMING_OUTSIDE_PLAN). */
export function parsePlan(input: unknown): Plan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('PLAN.INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  const plan = parsed.data;
  if (plan.startYear > plan.endYear) throw new DomainError('PLAN.INVALID_YEARS', { from: plan.startYear, to: plan.endYear });
  const seen = new Set<string>();
  for (const code of [...plan.groups.map((g) => `group ${g.code}`), ...plan.groups.flatMap((g) => g.tasks.map((t) => t.code))]) {
    if (seen.has(code)) throw new DomainError('PLAN.DUPLICATE_CODE', { code: code.replace(/^group /, '') });
    seen.add(code);
  }
  for (const task of plan.groups.flatMap((g) => g.tasks)) {
    const timings = task.timing.kind === 'composite' ? task.timing.parts.map((p) => p.timing) : [task.timing];
    const outside = timings.flatMap(yearsOf).find((y) => y < plan.startYear || y > plan.endYear);
    if (outside !== undefined) throw new DomainError('PLAN.TIMING_OUTSIDE_PLAN', { code: task.code, year: outside });
    if (task.timing.kind === 'composite' && new Set(task.timing.parts.map((p) => p.key)).size !== task.timing.parts.length) {
      throw new DomainError('PLAN.DUPLICATE_CODE', { code: `${task.code}/${task.timing.parts.map((p) => p.key).join(',')}` });
    }
  }
  return plan;
}
