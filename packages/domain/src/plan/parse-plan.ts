/**
 * Checks a plan given as data before it is expanded or rolled up: the shape (`planSchema`), then what a shape
 * cannot say (`checkPlan`). A plan kept in a file is read by `parsePlanFile`, which reports the same checks by line.
 */
import { DomainError } from '../errors/domain-error.ts';
import { checkPlan } from './check-plan.ts';
import { planSchema, type Plan } from './plan.ts';

/** A checked plan, or a `DomainError` (PLAN.INVALID_INPUT, INVALID_YEARS, DUPLICATE_CODE, TIMING_OUTSIDE_PLAN). */
export function parsePlan(input: unknown): Plan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success)
    throw new DomainError('PLAN.INVALID_INPUT', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  const [first] = checkPlan(parsed.data);
  if (first) throw first.error;
  return parsed.data;
}
