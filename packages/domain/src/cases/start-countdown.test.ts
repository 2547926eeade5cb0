import { describe, expect, it } from 'vitest';
import { caseStartDue } from '../mediation/case-start-deadline.ts';
import { startCountdown } from './start-countdown.ts';

describe('startCountdown', () => {
  it('counts the working days left, skipping Tết (assigned on 13/02/2026, due 23/02)', () => {
    const dueOn = caseStartDue('2026-02-13', { immediate: false, agreedStartOn: null });
    expect(dueOn).toBe('2026-02-23');
    expect(startCountdown({ status: 'assigned', startDueOn: dueOn }, '2026-02-13')).toEqual({
      dueOn,
      workingDaysLeft: 1,
      daysLate: 0,
      overdue: false,
    });
  });
  it('counts ordinary weekdays and reaches 0 on the due day', () => {
    expect(startCountdown({ status: 'assigned', startDueOn: '2027-03-18' }, '2027-03-15')?.workingDaysLeft).toBe(3);
    expect(startCountdown({ status: 'assigned', startDueOn: '2027-03-18' }, '2027-03-18')).toMatchObject({
      workingDaysLeft: 0,
      overdue: false,
    });
  });
  it('says how many days late once the day has passed', () => {
    expect(startCountdown({ status: 'assigned', startDueOn: '2027-03-18' }, '2027-03-21')).toEqual({
      dueOn: '2027-03-18',
      workingDaysLeft: 0,
      daysLate: 3,
      overdue: true,
    });
  });
  it('is null once the mediation started, or before assignment', () => {
    expect(startCountdown({ status: 'in_progress', startDueOn: '2027-03-18' }, '2027-03-15')).toBeNull();
    expect(startCountdown({ status: 'received', startDueOn: null }, '2027-03-15')).toBeNull();
  });
});
