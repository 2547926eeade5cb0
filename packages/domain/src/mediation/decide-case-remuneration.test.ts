import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { receiveCase } from './case-state.ts';
import type { CaseEventInput } from './case-events.ts';
import { decideCaseRemuneration, remunerationEndingOf } from './decide-case-remuneration.ts';
import { transitionCase } from './transition-case.ts';

const two = [
  { mediatorId: 'm1', breachedDuty: false },
  { mediatorId: 'm2', breachedDuty: false },
];
const gialai = {
  provincialNorms: {
    resolution: 'Nghị quyết 100/2024/NQ-HĐND tỉnh Gia Lai',
    effectiveFrom: '2025-01-01',
    caps: { mediator_remuneration_successful: 350_000 },
  },
};

describe('decideCaseRemuneration (Decree 15/2014 Art. 13–14, TT56 Art. 3.17, R-FUND-3)', () => {
  it('pays 400,000 VND for a successful case, shared by its mediators (per case, default)', () => {
    const r = decideCaseRemuneration({ caseStatus: 'successful', mediators: two });
    expect(r).toMatchObject({
      payable: true,
      rateVnd: 400_000,
      totalVnd: 400_000,
      shares: [
        { mediatorId: 'm1', amountVnd: 200_000 },
        { mediatorId: 'm2', amountVnd: 200_000 },
      ],
    });
  });
  it('pays 300,000 VND for an unsuccessful case and for one a party stopped', () => {
    expect(decideCaseRemuneration({ caseStatus: 'unsuccessful', mediators: two }).totalVnd).toBe(300_000);
    expect(decideCaseRemuneration({ caseStatus: 'stopped_by_party', mediators: two }).totalVnd).toBe(300_000);
  });
  it('pays the successful rate after follow-up, whether or not the agreement was performed', () => {
    for (const caseStatus of ['follow_up', 'performed', 'not_performed'] as const)
      expect(decideCaseRemuneration({ caseStatus, mediators: two }).rateVnd).toBe(400_000);
  });
  it('splits in whole đồng, the remainder to the first mediator', () => {
    const three = [...two, { mediatorId: 'm3', breachedDuty: false }];
    expect(
      decideCaseRemuneration({ caseStatus: 'successful', mediators: three }).shares.map((s) => s.amountVnd),
    ).toEqual([133_334, 133_333, 133_333]);
  });
  it('pays each mediator the full amount on a per-mediator basis (❓ parameter)', () => {
    expect(decideCaseRemuneration({ caseStatus: 'unsuccessful', mediators: two }, 'per_mediator').totalVnd).toBe(
      600_000,
    );
  });
  it('leaves out a mediator who breached an Art. 10 duty, naming them', () => {
    const r = decideCaseRemuneration({
      caseStatus: 'successful',
      mediators: [
        { mediatorId: 'm1', breachedDuty: true },
        { mediatorId: 'm2', breachedDuty: false },
      ],
    });
    expect(r.shares).toEqual([{ mediatorId: 'm2', amountVnd: 400_000 }]);
    expect(r.issues.map((i) => [i.code, i.params.mediator])).toEqual([['FUND.MEDIATOR_BREACHED_DUTY', 'm1']]);
  });
  it('pays nothing when every mediator breached', () => {
    expect(
      decideCaseRemuneration({ caseStatus: 'successful', mediators: [{ mediatorId: 'm1', breachedDuty: true }] }),
    ).toMatchObject({ payable: false, totalVnd: 0, shares: [] });
  });
  it('pays nothing for an open or out-of-scope case', () => {
    for (const caseStatus of ['received', 'assigned', 'in_progress', 'suspended'] as const) {
      expect(decideCaseRemuneration({ caseStatus, mediators: two }).issues.map((i) => i.code)).toEqual([
        'BUDGET.REMUNERATION_NOT_ENDED',
      ]);
    }
    expect(decideCaseRemuneration({ caseStatus: 'out_of_scope', mediators: two }).issues.map((i) => i.code)).toEqual([
      'BUDGET.REMUNERATION_OUT_OF_SCOPE',
      'BUDGET.REMUNERATION_NOT_ENDED',
    ]);
  });
  it('pays nothing for a case found out of scope in a session, which before issue 11 ended "unsuccessful" and was paid', () => {
    const assign: CaseEventInput = { type: 'assign', mediators: [{ mediatorId: 'm1', conflicted: false }] };
    let s = transitionCase(receiveCase('2026-03-02'), assign, 'team_leader', '2026-03-02');
    s = transitionCase(s, { type: 'start' }, 'team_leader', '2026-03-03');
    s = transitionCase(
      s,
      { type: 'declare_out_of_scope', referrals: ['police'], reportedTo: ['police'] },
      'team_leader',
      '2026-03-04',
    );
    const r = decideCaseRemuneration({ caseStatus: s.status, mediators: [{ mediatorId: 'm1', breachedDuty: false }] });
    expect(r).toMatchObject({ payable: false, totalVnd: 0, shares: [] });
    expect(r.issues.map((i) => i.code)).toContain('BUDGET.REMUNERATION_OUT_OF_SCOPE');
  });
  it('property: whatever happened before, a case closed out of scope is never payable', () => {
    const steps: CaseEventInput[][] = [
      [],
      [{ type: 'start' }],
      [{ type: 'start' }, { type: 'suspend' }],
      [{ type: 'start' }, { type: 'record_unsuccessful' }, { type: 'resume' }],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.constantFrom('per_case', 'per_mediator'), (before, basis) => {
        let s = transitionCase(
          receiveCase('2026-03-02'),
          { type: 'assign', mediators: [{ mediatorId: 'm1', conflicted: false }] },
          'justice_officer',
          '2026-03-02',
        );
        for (const e of before) s = transitionCase(s, e, 'justice_officer', '2026-03-03');
        s = transitionCase(
          s,
          { type: 'declare_out_of_scope', referrals: ['court'], reportedTo: ['police'] },
          'justice_officer',
          '2026-03-04',
        );
        const r = decideCaseRemuneration({ caseStatus: s.status, mediators: two }, basis);
        expect([r.payable, r.totalVnd]).toEqual([false, 0]);
      }),
    );
  });
  it("uses the province's amount where its resolution is in force", () => {
    const r = decideCaseRemuneration(
      { caseStatus: 'successful', endedOn: '2026-03-10', mediators: two },
      'per_case',
      gialai,
    );
    expect(r).toMatchObject({ rateVnd: 350_000, capReference: 'Nghị quyết 100/2024/NQ-HĐND tỉnh Gia Lai' });
  });
  it('maps statuses to Art. 23 endings', () => {
    expect(
      ['successful', 'unsuccessful', 'stopped_by_party', 'in_progress'].map((s) => remunerationEndingOf(s as never)),
    ).toEqual(['agreement', 'mediator_ended_futile', 'party_requested_stop', null]);
  });
  it('refuses bad input', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() => decideCaseRemuneration({ caseStatus: 'successful', mediators: [] })).toThrow(invalid);
    expect(() => decideCaseRemuneration({ caseStatus: 'successful', mediators: two }, 'per_team' as never)).toThrow(
      invalid,
    );
  });
});
