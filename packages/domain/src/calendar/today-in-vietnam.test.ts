import { describe, expect, it } from 'vitest';
import { todayInVietnam, yearOf } from './today-in-vietnam.ts';

describe('todayInVietnam', () => {
  it('is the UTC day before 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-03-10T16:59:59.999Z'))).toBe('2026-03-10');
  });
  it('is the next day from 17:00 UTC (midnight in Vietnam)', () => {
    expect(todayInVietnam(new Date('2026-03-10T17:00:00.000Z'))).toBe('2026-03-11');
  });
  it('turns the year at 17:00 UTC on 31 December', () => {
    expect(todayInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
  it('keeps 29 February of a leap year', () => {
    expect(todayInVietnam(new Date('2028-02-28T18:00:00Z'))).toBe('2028-02-29');
  });
});

describe('yearOf', () => {
  it('reads the year of a day', () => {
    expect(yearOf('2030-12-31')).toBe(2030);
  });
});
