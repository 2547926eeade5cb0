import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { checkCaseDay } from './check-case-day.ts';
import { requireCompleteAgreement } from './require-complete-agreement.ts';
import { forbiddenMove } from './forbidden-move.ts';

function refusal(f: () => void): { code: string; params: Record<string, unknown>; details: unknown[] } {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, params: { ...e.params }, details: [...e.details] };
    throw e;
  }
  throw new Error('expected a refusal');
}

const open = { receivedOn: '2027-03-10' };

describe('checkCaseDay', () => {
  it('accepts the request day and today, refuses before and after, naming the field', () => {
    expect(() => checkCaseDay(open, '2027-03-10', '2027-03-15', 'on')).not.toThrow();
    expect(() => checkCaseDay(open, '2027-03-15', '2027-03-15', 'on')).not.toThrow();
    expect(refusal(() => checkCaseDay(open, '2027-03-09', '2027-03-15', 'heldOn'))).toMatchObject({
      code: 'CASE.DATE_BEFORE_REQUEST',
      params: { field: 'heldOn', receivedOn: '2027-03-10' },
    });
    expect(refusal(() => checkCaseDay(open, '2027-03-16', '2027-03-15', 'on'))).toMatchObject({
      code: 'CASE.DATE_IN_FUTURE',
      params: { field: 'on', today: '2027-03-15' },
    });
  });
});

describe('requireCompleteAgreement', () => {
  const complete = {
    basis: 'Yêu cầu của bà A',
    parties: [
      { partyId: 'p1', fullName: 'Nguyễn Thị A', address: 'Thôn 1' },
      { partyId: 'p2', fullName: 'Trần Văn B', address: 'Thôn 1' },
    ],
    matterSummary: 'Tranh chấp lối đi',
    mediationCourse: 'Hai buổi hòa giải',
    agreementAndMeasures: 'Mở lại lối đi',
    rightsAndObligations: 'Ông B dỡ hàng rào',
    performanceMethodAndTime: 'Trong 15 ngày',
    mediatorIds: ['m1'],
    signatures: [
      { signerId: 'p1', mark: 'signature' as const },
      { signerId: 'p2', mark: 'fingerprint' as const },
      { signerId: 'm1', mark: 'signature' as const },
    ],
  };
  it('accepts a complete record', () => {
    expect(() => requireCompleteAgreement(complete)).not.toThrow();
  });
  it('refuses a missing record, and an incomplete one naming each missing item and signer by name', () => {
    expect(refusal(() => requireCompleteAgreement(null))).toMatchObject({
      code: 'CASE.AGREEMENT_REQUIRED',
      params: { field: 'agreement' },
    });
    const r = refusal(() =>
      requireCompleteAgreement(
        { ...complete, matterSummary: '', signatures: complete.signatures.slice(0, 2) },
        { m1: 'Rơ Mah Hlim' },
      ),
    );
    expect(r).toMatchObject({ code: 'CASE.AGREEMENT_INCOMPLETE', params: { field: 'agreement', missing: 'c, h' } });
    expect(r.details).toEqual([
      { path: 'agreement', code: 'error.AGREEMENT.MISSING_MATTER', params: { item: 'c' } },
      {
        path: 'agreement',
        code: 'error.AGREEMENT.MISSING_SIGNATURE',
        params: { item: 'h', signer: 'Rơ Mah Hlim' },
      },
    ]);
  });
});

describe('forbiddenMove', () => {
  it('names the rule of the move and where the case stands, as catalogue keys', () => {
    const e = forbiddenMove('record_stopped_by_party', 'received');
    expect(e.code).toBe('CASE.MOVE_FORBIDDEN');
    expect(e.details.map((d) => d.code)).toEqual(['caseRule.record_stopped_by_party', 'caseStatusNow.received']);
  });
});
