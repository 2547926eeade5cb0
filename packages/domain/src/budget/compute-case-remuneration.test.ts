import { describe, expect, it } from 'vitest';
import { computeCaseRemuneration } from './compute-case-remuneration.ts';
import { computeTeamSupport } from './compute-team-support.ts';

const ended = { inScope: true, mediatorBreachedDuty: false } as const;

describe('computeCaseRemuneration (R-FUND-3)', () => {
  it('pays 400,000 for a successful case and 300,000 for the other Art. 23 endings', () => {
    expect(computeCaseRemuneration({ ...ended, ending: 'agreement' })).toMatchObject({
      payable: true,
      amountVnd: 400_000,
      norm: 'mediator_remuneration_successful',
    });
    expect(computeCaseRemuneration({ ...ended, ending: 'party_requested_stop' }).amountVnd).toBe(300_000);
    expect(computeCaseRemuneration({ ...ended, ending: 'mediator_ended_futile' }).amountVnd).toBe(300_000);
  });
  it('lists every reason a case is not payable', () => {
    const r = computeCaseRemuneration({ inScope: false, ending: null, mediatorBreachedDuty: true });
    expect(r.payable).toBe(false);
    expect(r.amountVnd).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual([
      'BUDGET.REMUNERATION_OUT_OF_SCOPE',
      'BUDGET.REMUNERATION_NOT_ENDED',
      'BUDGET.REMUNERATION_DUTY_BREACH',
    ]);
  });
  it('uses the provincial amount in force on the day the case ended', () => {
    const provincialNorms = {
      resolution: 'NQ tỉnh',
      effectiveFrom: '2025-01-01',
      caps: { mediator_remuneration_successful: 350_000 },
    };
    expect(
      computeCaseRemuneration({ ...ended, ending: 'agreement', endedOn: '2025-02-01' }, { provincialNorms }),
    ).toMatchObject({ amountVnd: 350_000, capReference: 'NQ tỉnh' });
  });
  it('refuses an unknown ending', () => {
    expect(() => computeCaseRemuneration({ ...ended, ending: 'court' as never })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});

describe('computeTeamSupport (Circular 56 Art. 3.17.đ)', () => {
  it('is 150,000 per team per month', () => {
    expect(computeTeamSupport({ teams: 12, months: 12 })).toMatchObject({
      perTeamMonthVnd: 150_000,
      totalVnd: 21_600_000,
    });
    expect(computeTeamSupport({ teams: 0, months: 12 }).totalVnd).toBe(0);
  });
  it('refuses negative counts', () => {
    expect(() => computeTeamSupport({ teams: -1, months: 1 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
