import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../mediation/case-state.ts';
import { scopeCategories } from '../mediation/scope-categories.ts';
import { buildLogbook, type LogbookCaseInput } from './build-logbook.ts';

const hla = { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla' };
const blui = { mediatorId: 'm2', fullName: 'Đinh Blui' };
const base = (over: Partial<LogbookCaseInput>): LogbookCaseInput => ({
  caseId: 'c1',
  receivedOn: '2026-03-02',
  category: 'interpersonal_conflict',
  status: 'successful',
  mediators: [hla],
  parties: [
    { fullName: 'Đinh Văn Hùng', birthYear: 1980, address: 'làng Bi Dông' },
    { fullName: 'Rơ Châm Y Lan', birthYear: null, address: 'làng Bi Dông' },
  ],
  summary: 'Tranh chấp lối đi chung',
  ...over,
});

describe('buildLogbook (Law 35/2013 Art. 21.4, 28.2.d; domain reference §1.11, §5.2)', () => {
  const book = buildLogbook({
    year: 2026,
    cases: [
      base({
        caseId: 'c3',
        receivedOn: '2026-05-10',
        status: 'in_progress',
        mediators: [hla, blui],
        category: 'civil',
      }),
      base({
        caseId: 'c1',
        agreementOrDemands: 'Mở lại lối đi 2 m',
        invited: ['Già làng A Nhơn'],
        endedOn: '2026-03-10',
      }),
      base({ caseId: 'c2', receivedOn: '2026-03-02', status: 'stopped_by_party', mediators: [blui] }),
      base({
        caseId: 'c4',
        receivedOn: '2026-06-01',
        status: 'out_of_scope',
        referrals: ['police'],
        reportedTo: ['police'],
      }),
      base({ caseId: 'c5', receivedOn: '2026-07-01', status: 'received', mediators: [] }),
      base({ caseId: 'old', receivedOn: '2025-12-30', status: 'performed' }),
    ],
  });
  it('numbers the cases received in the year in the order received, leaving other years out', () => {
    expect(book.rows.map((r) => [r.number, r.caseId])).toEqual([
      [1, 'c1'],
      [2, 'c2'],
      [3, 'c3'],
      [4, 'c4'],
      [5, 'c5'],
    ]);
  });
  it('fills the columns: mediators and invited, parties with their age in that year, agreement, result', () => {
    expect(book.rows[0]).toMatchObject({
      receivedOn: '2026-03-02',
      mediators: ['Rơ Mah H’Bla'],
      invited: ['Già làng A Nhơn'],
      parties: [
        { fullName: 'Đinh Văn Hùng', age: 46, address: 'làng Bi Dông' },
        { fullName: 'Rơ Châm Y Lan', age: null, address: 'làng Bi Dông' },
      ],
      agreementOrDemands: 'Mở lại lối đi 2 m',
      result: 'successful',
      endedOn: '2026-03-10',
    });
    expect(book.rows[1]).toMatchObject({ result: 'unsuccessful', stoppedByParty: true });
    expect(book.rows[3]).toMatchObject({ result: 'out_of_scope', referrals: ['police'], reportedTo: ['police'] });
  });
  it('totals the year for the statistics, with both success rates (R-STAT-2)', () => {
    expect(book.totals).toMatchObject({
      received: 5,
      successful: 1,
      unsuccessful: 1,
      stoppedByParty: 1,
      inProgress: 1,
      notYetHandled: 1,
      outOfScope: 1,
      successRateOfReceived: 0.2,
      successRateOfConcluded: 0.5,
    });
    expect(book.totals.byCategory).toMatchObject({ interpersonal_conflict: 4, civil: 1, marriage_family: 0 });
  });
  it("sums each mediator's cases for the team leader's part II", () => {
    expect(book.byMediator).toEqual([
      {
        mediatorId: 'm1',
        fullName: 'Rơ Mah H’Bla',
        cases: 3,
        byCategory: { interpersonal_conflict: 2, civil: 1 },
        successful: 1,
        unsuccessful: 0,
        ongoing: 1,
      },
      {
        mediatorId: 'm2',
        fullName: 'Đinh Blui',
        cases: 2,
        byCategory: { interpersonal_conflict: 1, civil: 1 },
        successful: 0,
        unsuccessful: 1,
        ongoing: 1,
      },
    ]);
  });
  it('gives an empty year empty rows and no rates', () => {
    expect(buildLogbook({ year: 2031, cases: [] }).totals).toMatchObject({
      received: 0,
      successRateOfReceived: null,
      successRateOfConcluded: null,
    });
  });
  it('property: every case of the year is in exactly one result, and the categories add up', () => {
    const caseArb = fc.record({
      caseId: fc.uuid(),
      receivedOn: fc.constantFrom('2026-01-05', '2026-06-30', '2026-12-31', '2027-01-01'),
      status: fc.constantFrom(...caseStatuses),
      category: fc.constantFrom(...scopeCategories),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 30 }), (cases) => {
        const { totals, rows } = buildLogbook({ year: 2026, cases: cases.map((c) => base(c)) });
        const ofYear = cases.filter((c) => c.receivedOn.startsWith('2026')).length;
        expect(rows.map((r) => r.number)).toEqual(Array.from({ length: ofYear }, (_, i) => i + 1));
        expect(totals.received).toBe(ofYear);
        expect(
          totals.successful + totals.unsuccessful + totals.inProgress + totals.notYetHandled + totals.outOfScope,
        ).toBe(ofYear);
        expect(Object.values(totals.byCategory).reduce((a, b) => a + b, 0)).toBe(ofYear);
      }),
    );
  });
  it('refuses a case without parties or with an unknown status', () => {
    expect(() => buildLogbook({ year: 2026, cases: [base({ parties: [] })] })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => buildLogbook({ year: 2026, cases: [base({ status: 'closed' as never })] })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
