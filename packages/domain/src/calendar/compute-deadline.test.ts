import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, type DeadlinePeriod } from './compute-deadline.ts';
import { addDays, addMonthsClamped, fromDayNumber, toDayNumber } from './date-math.ts';
import { isWorkingDay } from './is-working-day.ts';

const covered = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2029-06-30') }).map(fromDayNumber);

describe('computeDeadline — R-TIME-1, Civil Code 2015 Art. 147–148', () => {
  it('does not count the first day (Art. 147): 3 days from Wed 04/03/2026 end Sat → moved to Mon', () => {
    expect(computeDeadline('2026-03-02', { amount: 3, unit: 'days' })).toBe('2026-03-05');
    expect(computeDeadline('2026-03-04', { amount: 3, unit: 'days' })).toBe('2026-03-09');
  });
  it('moves an end on Saturday or Sunday to the next working day (Art. 148.5)', () => {
    expect(computeDeadline('2026-03-05', { amount: 2, unit: 'days' })).toBe('2026-03-09');
    expect(computeDeadline('2026-03-06', { amount: 2, unit: 'days' })).toBe('2026-03-09');
  });
  it('moves an end inside Tết to the first working day after it', () => {
    expect(computeDeadline('2026-02-10', { amount: 6, unit: 'days' })).toBe('2026-02-23');
    expect(computeDeadline('2025-12-17', { amount: 2, unit: 'months' })).toBe('2026-02-23');
  });
  it('counts working days with addWorkingDays: 5 working days across Tết', () => {
    expect(computeDeadline('2026-02-12', { amount: 5, unit: 'working_days' })).toBe('2026-02-26');
  });
  it('ends a month period on the corresponding day or the month end (Art. 148)', () => {
    expect(computeDeadline('2025-01-31', { amount: 1, unit: 'months' })).toBe('2025-02-28');
    expect(computeDeadline('2027-01-31', { amount: 1, unit: 'months' })).toBe('2027-03-01'); // 28/02/2027 is a Sunday
    expect(computeDeadline('2028-01-31', { amount: 1, unit: 'months' })).toBe('2028-02-29');
    expect(computeDeadline('2025-08-31', { amount: 6, unit: 'months' })).toBe('2026-03-02'); // 28/02/2026 is a Saturday
    expect(computeDeadline('2025-03-10', { amount: 6, unit: 'months' })).toBe('2025-09-10');
  });
  it('ends a year period on the corresponding day, 29/02 → 28/02', () => {
    expect(computeDeadline('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(computeDeadline('2025-06-11', { amount: 1, unit: 'years' })).toBe('2026-06-11');
  });
  it('refuses a bad start or a bad period', () => {
    expect(() => computeDeadline('2026-02-30', { amount: 1, unit: 'days' })).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
    const bad = [
      { amount: 0, unit: 'days' },
      { amount: -1, unit: 'months' },
      { amount: 1.5, unit: 'days' },
      { amount: 1, unit: 'weeks' },
      { amount: 101, unit: 'years' },
    ];
    for (const period of bad) {
      expect(() => computeDeadline('2026-03-02', period as DeadlinePeriod)).toThrow(
        expect.objectContaining({ code: 'CALENDAR.INVALID_PERIOD' }),
      );
    }
  });
  it('refuses an end the calendar does not know', () => {
    expect(computeDeadline('2030-08-01', { amount: 6, unit: 'months' })).toBe('2031-02-03');
    expect(() => computeDeadline('2100-08-01', { amount: 6, unit: 'months' })).toThrow(
      expect.objectContaining({ code: 'CALENDAR.OUT_OF_RANGE' }),
    );
  });
  it('always ends on a working day, on or after the nominal end, and before the next working day after it (property)', () => {
    const periods = fc.oneof(
      fc.record({ amount: fc.integer({ min: 1, max: 200 }), unit: fc.constant('days' as const) }),
      fc.record({ amount: fc.integer({ min: 1, max: 12 }), unit: fc.constant('months' as const) }),
      fc.record({ amount: fc.integer({ min: 1, max: 1 }), unit: fc.constant('years' as const) }),
    );
    fc.assert(
      fc.property(covered, periods, (start, period) => {
        const end = computeDeadline(start, period);
        const nominal =
          period.unit === 'days'
            ? addDays(start, period.amount)
            : addMonthsClamped(start, period.unit === 'months' ? period.amount : 12);
        expect(isWorkingDay(end)).toBe(true);
        expect(end >= nominal).toBe(true);
        for (let d = nominal; d < end; d = addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
      }),
    );
  });
  it('is monotonic: a later start never gives an earlier deadline (property)', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (start, shift, amount) => {
        for (const unit of ['days', 'working_days'] as const) {
          expect(
            computeDeadline(addDays(start, shift), { amount, unit }) >= computeDeadline(start, { amount, unit }),
          ).toBe(true);
        }
      }),
    );
  });
});
