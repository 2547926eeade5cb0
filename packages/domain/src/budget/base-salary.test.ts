import { describe, expect, it } from 'vitest';
import { baseSalaryOn } from './base-salary.ts';

describe('baseSalaryOn (R-FUND-1)', () => {
  it('uses 2,340,000 from 01/07/2024 (Nghị định 73/2024)', () => {
    expect(baseSalaryOn('2024-07-01').monthlyVnd).toBe(2_340_000);
    expect(baseSalaryOn('2026-06-30').monthlyVnd).toBe(2_340_000);
  });
  it('uses the unverified 2026 amount from its first day, flagged as unverified', () => {
    const e = baseSalaryOn('2026-07-01');
    expect(e).toMatchObject({ monthlyVnd: 2_530_000, verified: false });
  });
  it('takes a caller table in any order', () => {
    const table = [
      { from: '2030-01-01', monthlyVnd: 3_000_000, decree: 'NĐ mới', verified: true },
      { from: '2024-07-01', monthlyVnd: 2_340_000, decree: 'NĐ 73', verified: true },
    ];
    expect(baseSalaryOn('2031-05-05', table).monthlyVnd).toBe(3_000_000);
  });
  it('throws BUDGET.NO_BASE_SALARY before the first entry, INPUT.INVALID on a bad date', () => {
    expect(() => baseSalaryOn('2024-06-30')).toThrow(expect.objectContaining({ code: 'BUDGET.NO_BASE_SALARY' }));
    expect(() => baseSalaryOn('2024-13-01')).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
    expect(() => baseSalaryOn('2024-07-01', [])).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
