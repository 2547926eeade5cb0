import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { currentPlanYear, planYears } from './plan-years.ts';

describe('planYears', () => {
  it('lists every year, both ends included', () => {
    expect(planYears({ startYear: 2025, endYear: 2030 })).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('is one year for a plan of one year', () => {
    expect(planYears({ startYear: 2027, endYear: 2027 })).toEqual([2027]);
  });
  it('refuses a plan that ends before it starts', () => {
    expect(() => planYears({ startYear: 2030, endYear: 2025 })).toThrow(DomainError);
  });
  it('refuses a year that is not a whole number', () => {
    expect(() => planYears({ startYear: 2025.5, endYear: 2030 })).toThrow(DomainError);
  });
});

describe('currentPlanYear', () => {
  const plan = { startYear: 2025, endYear: 2030 };
  it('is this year inside the plan', () => {
    expect(currentPlanYear(plan, 2027)).toBe(2027);
  });
  it('is the first year before the plan starts and the last after it ends', () => {
    expect(currentPlanYear(plan, 2024)).toBe(2025);
    expect(currentPlanYear(plan, 2031)).toBe(2030);
  });
});
