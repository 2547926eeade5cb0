import { describe, expect, it } from 'vitest';
import { caseStartDue, isCaseStartOverdue } from './case-start-deadline.ts';

const usual = { immediate: false, agreedStartOn: null };

describe('caseStartDue (Law 35/2013 Art. 20.2, R-CASE-2)', () => {
  it('gives 3 calendar days, not working days', () => {
    expect(caseStartDue('2026-03-03', usual)).toBe('2026-03-06');
  });
  it('moves the end off a weekend to the next working day (Civil Code Art. 148.5)', () => {
    expect(caseStartDue('2026-03-04', usual)).toBe('2026-03-09');
  });
  it('for a case assigned the day before Tết, ends on the first working day after Tết (2026-02-23)', () => {
    expect(caseStartDue('2026-02-13', usual)).toBe('2026-02-23');
  });
  it('is the assignment day itself when mediation is needed immediately', () => {
    expect(caseStartDue('2026-02-13', { immediate: true, agreedStartOn: null })).toBe('2026-02-13');
  });
  it('is the day the parties agreed on, even after the 3 days', () => {
    expect(caseStartDue('2026-03-03', { immediate: false, agreedStartOn: '2026-03-20' })).toBe('2026-03-20');
  });
  it('refuses an agreed start before the assignment', () => {
    expect(() => caseStartDue('2026-03-03', { immediate: false, agreedStartOn: '2026-03-01' })).toThrow(
      expect.objectContaining({ code: 'CASE.AGREED_START_BEFORE_ASSIGNMENT' }),
    );
  });
});

describe('isCaseStartOverdue', () => {
  it('is overdue only for an assigned case after its start day', () => {
    expect(isCaseStartOverdue({ status: 'assigned', startDueOn: '2026-03-06' }, '2026-03-06')).toBe(false);
    expect(isCaseStartOverdue({ status: 'assigned', startDueOn: '2026-03-06' }, '2026-03-07')).toBe(true);
    expect(isCaseStartOverdue({ status: 'in_progress', startDueOn: '2026-03-06' }, '2026-03-09')).toBe(false);
    expect(isCaseStartOverdue({ status: 'received', startDueOn: null }, '2026-03-09')).toBe(false);
  });
});
