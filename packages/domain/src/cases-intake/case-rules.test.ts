import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { checkCaseDay } from './check-case-day.ts';
import { checkSessionDay, type SessionCase } from './check-session-day.ts';
import { checkSuspend, checkUnsuspend } from './suspension.ts';
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

const open: SessionCase = {
  status: 'in_progress',
  receivedOn: '2027-03-10',
  endedOn: null,
  closedOn: null,
  suspendedOn: null,
};

describe('checkCaseDay', () => {
  it('accepts the request day and today, refuses before and after, naming the field', () => {
    expect(() => checkCaseDay(open, '2027-03-10', '2027-03-15', 'on')).not.toThrow();
    expect(() => checkCaseDay(open, '2027-03-15', '2027-03-15', 'on')).not.toThrow();
    expect(refusal(() => checkCaseDay(open, '2027-03-09', '2027-03-15', 'heldOn'))).toMatchObject({
      code: 'CASES.DATE_BEFORE_REQUEST',
      params: { field: 'heldOn', receivedOn: '2027-03-10' },
    });
    expect(refusal(() => checkCaseDay(open, '2027-03-16', '2027-03-15', 'on'))).toMatchObject({
      code: 'CASES.DATE_IN_FUTURE',
      params: { field: 'on', today: '2027-03-15' },
    });
  });
});

describe('checkSessionDay', () => {
  it('accepts a session of an assigned or started case', () => {
    expect(() => checkSessionDay(open, '2027-03-12', '2027-03-15')).not.toThrow();
    expect(() => checkSessionDay({ ...open, status: 'assigned' }, '2027-03-12', '2027-03-15')).not.toThrow();
  });
  it('refuses a session after the case ended or closed, before assignment, and while suspended', () => {
    expect(
      refusal(() =>
        checkSessionDay({ ...open, status: 'successful', endedOn: '2027-03-14' }, '2027-03-15', '2027-03-15'),
      ),
    ).toMatchObject({ code: 'CASES.SESSION_AFTER_CLOSE', params: { field: 'heldOn', endedOn: '2027-03-14' } });
    expect(
      refusal(() =>
        checkSessionDay({ ...open, status: 'out_of_scope', closedOn: '2027-03-11' }, '2027-03-12', '2027-03-15'),
      ),
    ).toMatchObject({ code: 'CASES.SESSION_AFTER_CLOSE' });
    expect(refusal(() => checkSessionDay({ ...open, status: 'received' }, '2027-03-12', '2027-03-15'))).toMatchObject({
      code: 'CASES.SESSION_NOT_OPEN',
      params: { field: 'heldOn' },
    });
    expect(
      refusal(() => checkSessionDay({ ...open, suspendedOn: '2027-03-11' }, '2027-03-12', '2027-03-15')),
    ).toMatchObject({
      code: 'CASES.SUSPENDED',
    });
    expect(refusal(() => checkSessionDay(open, '2027-03-01', '2027-03-15'))).toMatchObject({
      code: 'CASES.DATE_BEFORE_REQUEST',
    });
  });
});

describe('suspension', () => {
  it('suspends an assigned or started case once, and resumes it not before the suspension', () => {
    expect(() => checkSuspend(open, '2027-03-12', '2027-03-15')).not.toThrow();
    expect(refusal(() => checkSuspend({ ...open, suspendedOn: '2027-03-12' }, '2027-03-13', '2027-03-15')).code).toBe(
      'CASES.SUSPENDED',
    );
    expect(refusal(() => checkSuspend({ ...open, status: 'received' }, '2027-03-12', '2027-03-15')).code).toBe(
      'CASES.CANNOT_SUSPEND',
    );
    expect(() => checkUnsuspend({ ...open, suspendedOn: '2027-03-12' }, '2027-03-12', '2027-03-15')).not.toThrow();
    expect(refusal(() => checkUnsuspend({ ...open, suspendedOn: '2027-03-12' }, '2027-03-11', '2027-03-15')).code).toBe(
      'CASES.DATE_BEFORE_REQUEST',
    );
    expect(refusal(() => checkUnsuspend(open, '2027-03-12', '2027-03-15')).code).toBe('CASES.NOT_SUSPENDED');
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
      code: 'CASES.AGREEMENT_REQUIRED',
      params: { field: 'agreement' },
    });
    const r = refusal(() =>
      requireCompleteAgreement(
        { ...complete, matterSummary: '', signatures: complete.signatures.slice(0, 2) },
        { m1: 'Rơ Mah Hlim' },
      ),
    );
    expect(r).toMatchObject({ code: 'CASES.AGREEMENT_INCOMPLETE', params: { field: 'agreement', missing: 'c, h' } });
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
    expect(e.code).toBe('CASES.MOVE_FORBIDDEN');
    expect(e.details.map((d) => d.code)).toEqual(['caseRule.record_stopped_by_party', 'caseStatusNow.received']);
  });
});
