import { describe, expect, it } from 'vitest';
import { errorText } from './error-text.ts';

describe('errorText', () => {
  it('groups the thousands of money in a cap refusal as each language writes them', () => {
    const params = { amount: 1_500_001, unit: 'tờ', cap: 1_500_000, source: 'Thông tư 56/2023/TT-BTC', field: 'x' };
    const vi = errorText('vi', 'BUDGET.OVER_CAP', params);
    expect(vi).toContain('1.500.001 đồng');
    expect(vi).toContain('tối đa 1.500.000 đồng');
    expect(errorText('en', 'BUDGET.OVER_CAP', params)).toContain('1,500,000');
  });
  it('leaves other numbers (years, counts) as they are', () => {
    expect(errorText('vi', 'KPI.RULE_SEXES_NOT_TOTAL', { sum: 1200, total: 1201 })).toContain('1200 khác 1201');
  });
});
