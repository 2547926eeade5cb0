import { describe, expect, it } from 'vitest';
import { workingDaysLeft } from './working-days-left.ts';

describe('workingDaysLeft (the recognition deadline as a countdown)', () => {
  it('counts the working days after today up to the due day, weekends skipped', () => {
    expect(workingDaysLeft('2026-03-16', '2026-03-09')).toEqual({
      dueOn: '2026-03-16',
      workingDaysLeft: 5,
      overdue: false,
    });
    expect(workingDaysLeft('2026-03-16', '2026-03-13').workingDaysLeft).toBe(1); // Fri → Mon: Sat, Sun skipped
  });
  it('is 0 and not overdue on the due day itself', () => {
    expect(workingDaysLeft('2026-03-16', '2026-03-16')).toEqual({
      dueOn: '2026-03-16',
      workingDaysLeft: 0,
      overdue: false,
    });
  });
  it('counts the working days late once the due day has passed', () => {
    expect(workingDaysLeft('2026-03-16', '2026-03-17')).toMatchObject({ workingDaysLeft: -1, overdue: true });
    expect(workingDaysLeft('2026-03-13', '2026-03-16')).toMatchObject({ workingDaysLeft: -1, overdue: true }); // the weekend is not late
  });
  it('skips Tết: no working day left across the holiday week', () => {
    expect(workingDaysLeft('2026-02-23', '2026-02-13').workingDaysLeft).toBe(1); // 16–20/02/2026 off
  });
});
