/** The years a plan runs, first to last (Pờ Tó's plan for Đề án 315: 2025 … 2030). */
import { DomainError } from '../errors/domain-error.ts';

/** Every year from `startYear` to `endYear`, both included; a plan that ends before it starts is refused. */
export function planYears(plan: { startYear: number; endYear: number }): number[] {
  const { startYear, endYear } = plan;
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear) {
    throw new DomainError('PLAN.INVALID_INPUT', { detail: `năm của kế hoạch không hợp lệ (${startYear}–${endYear})` });
  }
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** This year kept within the plan: before it starts, its first year; after it ends, its last. */
export function currentPlanYear(plan: { startYear: number; endYear: number }, thisYear: number): number {
  return Math.min(plan.endYear, Math.max(plan.startYear, thisYear));
}
