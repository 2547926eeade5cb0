import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRemunerationClaim, type ClaimCaseInput } from './build-remuneration-claim.ts';

const team1 = { teamId: 't1', teamName: 'Tổ hòa giải làng Bi Dông' };
const team2 = { teamId: 't2', teamName: 'Tổ hòa giải làng Bi Da' };
const hla = { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla' };
const blui = { mediatorId: 'm2', fullName: 'Đinh Blui' };
const c = (caseId: string, over: Partial<ClaimCaseInput> = {}): ClaimCaseInput => ({
  caseId,
  trackingCode: `HG-${caseId.toUpperCase().padEnd(4, '0')}-0000`,
  ...team1,
  status: 'performed',
  endedOn: '2026-02-10',
  mediators: [hla, blui],
  ...over,
});
const q1 = { from: '2026-01-01', to: '2026-03-31' };
const gialai = {
  provincialNorms: {
    resolution: 'Nghị quyết 100/2024/NQ-HĐND tỉnh Gia Lai',
    effectiveFrom: '2025-01-01',
    caps: { mediator_remuneration_successful: 350_000, mediator_remuneration: 250_000 },
  },
};

describe('buildRemunerationClaim (Decree 15/2014 Art. 13–14; Circular 56/2023 Art. 3.17.a; R-FUND-3)', () => {
  it('pays each case ended in the period once, per case, per mediator and per team', () => {
    const claim = buildRemunerationClaim(
      [
        c('a'),
        c('b', { status: 'unsuccessful', endedOn: '2026-03-31', mediators: [hla] }),
        c('c', { ...team2, status: 'stopped_by_party', endedOn: '2026-01-01', mediators: [blui] }),
      ],
      {},
      q1,
    );
    expect(claim.lines.map((l) => [l.caseId, l.successful, l.totalVnd])).toEqual([
      ['c', false, 300_000],
      ['a', true, 400_000],
      ['b', false, 300_000],
    ]);
    expect(claim.lines[1]?.shares).toEqual([
      { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla', amountVnd: 200_000 },
      { mediatorId: 'm2', fullName: 'Đinh Blui', amountVnd: 200_000 },
    ]);
    expect(claim.byTeam).toEqual([
      { ...team2, cases: 1, totalVnd: 300_000 },
      { ...team1, cases: 2, totalVnd: 700_000 },
    ]);
    expect(claim.byMediator).toEqual([
      { mediatorId: 'm2', fullName: 'Đinh Blui', teamId: 't2', cases: 1, amountVnd: 300_000 },
      { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla', teamId: 't1', cases: 2, amountVnd: 500_000 },
      { mediatorId: 'm2', fullName: 'Đinh Blui', teamId: 't1', cases: 1, amountVnd: 200_000 },
    ]);
    expect(claim.totalVnd).toBe(1_000_000);
  });
  it('never pays a case twice: already paid, or listed twice', () => {
    const claim = buildRemunerationClaim([c('a'), c('b'), c('b')], {}, { ...q1, alreadyPaidCaseIds: ['a'] });
    expect(claim.lines.map((l) => l.caseId)).toEqual(['b']);
    expect(claim.excluded.map((e) => [e.caseId, e.reason])).toEqual([
      ['a', 'already_paid'],
      ['b', 'duplicate'],
    ]);
  });
  it('leaves out a case found out of scope (even after assignment), an open one, and one ended outside the period', () => {
    const claim = buildRemunerationClaim(
      [
        c('x', { status: 'out_of_scope' }),
        c('o', { status: 'in_progress', endedOn: null }),
        c('late', { endedOn: '2026-04-01' }),
      ],
      {},
      q1,
    );
    expect(claim.lines).toEqual([]);
    expect(claim.excluded.map((e) => [e.caseId, e.reason, e.issues.map((i) => i.code)])).toEqual([
      ['o', 'not_payable', ['BUDGET.REMUNERATION_NOT_ENDED']],
      ['x', 'not_payable', ['BUDGET.REMUNERATION_OUT_OF_SCOPE', 'BUDGET.REMUNERATION_NOT_ENDED']],
      ['late', 'outside_period', []],
    ]);
    expect(claim.totalVnd).toBe(0);
  });
  it("uses the province's amounts and leaves out a mediator who breached an Art. 10 duty", () => {
    const claim = buildRemunerationClaim([c('a', { mediators: [hla, { ...blui, breachedDuty: true }] })], gialai, q1);
    expect(claim.lines[0]).toMatchObject({
      rateVnd: 350_000,
      capReference: 'Nghị quyết 100/2024/NQ-HĐND tỉnh Gia Lai',
      shares: [{ mediatorId: 'm1', amountVnd: 350_000 }],
    });
    expect(claim.lines[0]?.issues.map((i) => i.code)).toEqual(['FUND.MEDIATOR_BREACHED_DUTY']);
  });
  it('property: a claim followed by a claim that knows it pays nothing again', () => {
    const caseArb = fc.record({
      caseId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      status: fc.constantFrom('successful', 'unsuccessful', 'stopped_by_party', 'out_of_scope', 'performed'),
      endedOn: fc.constantFrom('2026-01-15', '2026-03-31', '2026-04-01'),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 12 }), (raw) => {
        const cases = raw.map((r) => c(r.caseId, r));
        const first = buildRemunerationClaim(cases, {}, q1);
        const paidIds = first.lines.map((l) => l.caseId);
        expect(new Set(paidIds).size).toBe(paidIds.length);
        const again = buildRemunerationClaim(cases, {}, { ...q1, alreadyPaidCaseIds: paidIds });
        expect(again.totalVnd).toBe(0);
        expect(first.totalVnd).toBe(first.byTeam.reduce((t, x) => t + x.totalVnd, 0));
        expect(first.totalVnd).toBe(first.byMediator.reduce((t, x) => t + x.amountVnd, 0));
      }),
    );
  });
  it('refuses a period that ends before it starts, and a case without mediators', () => {
    expect(() => buildRemunerationClaim([], {}, { from: '2026-03-31', to: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'INPUT.INVALID',
        details: [expect.objectContaining({ path: 'to', code: 'field.PERIOD_END_BEFORE_START' })],
      }),
    );
    expect(() => buildRemunerationClaim([c('a', { mediators: [] })], {}, q1)).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
