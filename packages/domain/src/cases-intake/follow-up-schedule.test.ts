import { describe, expect, it } from 'vitest';
import { followUpClosing, followUpSchedule } from './follow-up-schedule.ts';

describe('followUpSchedule', () => {
  it('gives the 30- and 90-day check-ins, across month ends and a leap day', () => {
    expect(followUpSchedule('2027-03-20')).toEqual([
      { offsetDays: 30, dueOn: '2027-04-19' },
      { offsetDays: 90, dueOn: '2027-06-18' },
    ]);
    expect(followUpSchedule('2028-01-31').map((f) => f.dueOn)).toEqual(['2028-03-01', '2028-04-30']);
  });
});

describe('followUpClosing', () => {
  it('waits while a check-in is open', () => {
    expect(followUpClosing([])).toBeNull();
    expect(
      followUpClosing([
        { offsetDays: 30, result: 'kept' },
        { offsetDays: 90, result: null },
      ]),
    ).toBeNull();
  });
  it('closes by the last check-in: kept → performed, partly or not kept → not performed', () => {
    expect(
      followUpClosing([
        { offsetDays: 90, result: 'kept' },
        { offsetDays: 30, result: 'not_kept' },
      ]),
    ).toBe('record_performed');
    expect(
      followUpClosing([
        { offsetDays: 30, result: 'kept' },
        { offsetDays: 90, result: 'partly' },
      ]),
    ).toBe('record_not_performed');
    expect(
      followUpClosing([
        { offsetDays: 30, result: 'kept' },
        { offsetDays: 90, result: 'not_kept' },
      ]),
    ).toBe('record_not_performed');
  });
});
