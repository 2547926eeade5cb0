import { describe, expect, it } from 'vitest';
import { caseCountsInputSchema, summariseCaseCounts } from './case-counts.ts';

describe('summariseCaseCounts', () => {
  it('counts every case as received, and each by how it stands', () => {
    const [a, b] = summariseCaseCounts([
      { communeId: 1, status: 'received', cases: 2 },
      { communeId: 1, status: 'successful', cases: 3 }, // open: its agreement is still followed up
      { communeId: 1, status: 'performed', cases: 4 },
      { communeId: 1, status: 'not_performed', cases: 1 },
      { communeId: 1, status: 'unsuccessful', cases: 5 },
      { communeId: 2, status: 'stopped_by_party', cases: 1 },
      { communeId: 2, status: 'out_of_scope', cases: 2 },
      { communeId: 2, status: 'suspended', cases: 1 },
    ]);
    expect(a).toEqual({
      communeId: 1,
      counts: { received: 15, open: 5, successful: 8, unsuccessful: 5, stoppedByParty: 0, outOfScope: 0 },
    });
    expect(b).toEqual({
      communeId: 2,
      counts: { received: 4, open: 1, successful: 0, unsuccessful: 0, stoppedByParty: 1, outOfScope: 2 },
    });
  });

  it('gives no commune for no rows', () => {
    expect(summariseCaseCounts([])).toEqual([]);
  });
});

describe('caseCountsInputSchema', () => {
  it('takes a period of real days, first day not after the last, at most ten years', () => {
    expect(caseCountsInputSchema.parse({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(caseCountsInputSchema.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(true);
    const reversed = caseCountsInputSchema.safeParse({ from: '2026-07-01', to: '2026-06-30' });
    expect(reversed.error?.issues[0]).toMatchObject({ path: ['to'], message: 'field.DATES_ORDER' });
    const long = caseCountsInputSchema.safeParse({ from: '2015-01-01', to: '2026-12-31' });
    expect(long.error?.issues[0]).toMatchObject({ path: ['to'], message: 'field.CASE_PERIOD_TOO_LONG' });
    expect(caseCountsInputSchema.safeParse({ from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
    expect(caseCountsInputSchema.safeParse({ from: '2026-01-01', to: '2026-03-01', x: 1 }).success).toBe(false);
  });
});
