import { describe, expect, it } from 'vitest';
import { checkDataRequestClose } from './close-data-request.ts';

const request = { kind: 'deletion' as const, receivedOn: '2027-04-01', status: 'open' };
const closed = { closedOn: '2027-03-15', courtRequestPending: false, pseudonymised: false };
const code = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as { code: string; params: Record<string, unknown> }).code;
  }
  return null;
};

describe('closing a data-subject request', () => {
  it('refuses an erasure "done" while a case is within its retention duty, naming the case and the day', () => {
    expect(() =>
      checkDataRequestClose(
        request,
        { outcome: 'done', closedOn: '2027-04-05' },
        [{ trackingCode: 'HG-AAAA-BBBB', erasureFacts: closed }],
        '2027-04-05',
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'CASE.ERASURE_RETENTION_DUTY',
        params: expect.objectContaining({ code: 'HG-AAAA-BBBB', until: '2037-03-16' }),
      }),
    );
  });
  it('names the pending court request and the open case', () => {
    const one = (facts: typeof closed) =>
      code(() =>
        checkDataRequestClose(
          request,
          { outcome: 'done', closedOn: '2040-01-02' },
          [{ trackingCode: 'HG-AAAA-BBBB', erasureFacts: facts }],
          '2040-01-02',
        ),
      );
    expect(one({ ...closed, courtRequestPending: true })).toBe('CASE.ERASURE_COURT_REQUEST_PENDING');
    expect(one({ ...closed, closedOn: null as unknown as string })).toBe('CASE.ERASURE_CASE_OPEN');
    expect(one(closed)).toBeNull();
  });
  it('lets an erasure be refused, and any other kind be done, whatever the cases', () => {
    const cases = [{ trackingCode: 'HG-AAAA-BBBB', erasureFacts: closed }];
    expect(
      code(() => checkDataRequestClose(request, { outcome: 'refused', closedOn: '2027-04-05' }, cases, '2027-04-05')),
    ).toBeNull();
    expect(
      code(() =>
        checkDataRequestClose(
          { ...request, kind: 'access' },
          { outcome: 'done', closedOn: '2027-04-05' },
          cases,
          '2027-04-05',
        ),
      ),
    ).toBeNull();
  });
  it('refuses an answer before the request or after today, and a second answer', () => {
    expect(
      code(() => checkDataRequestClose(request, { outcome: 'refused', closedOn: '2027-03-31' }, [], '2027-04-05')),
    ).toBe('CASE.DATE_BEFORE_REQUEST');
    expect(
      code(() => checkDataRequestClose(request, { outcome: 'refused', closedOn: '2027-04-06' }, [], '2027-04-05')),
    ).toBe('CASE.DATE_IN_FUTURE');
    expect(
      code(() =>
        checkDataRequestClose(
          { ...request, status: 'done' },
          { outcome: 'refused', closedOn: '2027-04-05' },
          [],
          '2027-04-05',
        ),
      ),
    ).toBe('CASE.DATA_REQUEST_CLOSED');
  });
});
