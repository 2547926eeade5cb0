import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { canSignYear, yearHasBegun } from './can-sign-year.ts';

describe('yearHasBegun', () => {
  it('is true for this year from its first day, and for past years', () => {
    expect(yearHasBegun(2027, '2027-01-01')).toBe(true);
    expect(yearHasBegun(2025, '2027-06-30')).toBe(true);
  });
  it('is false for next year, even on 31 December', () => {
    expect(yearHasBegun(2028, '2027-12-31')).toBe(false);
  });
  it('refuses a day that is not a real date', () => {
    expect(() => yearHasBegun(2027, '2027-02-30')).toThrow(DomainError);
  });
});

describe('canSignYear', () => {
  it('allows an unsigned year that has begun', () => {
    expect(canSignYear(2027, '2027-03-01', false)).toBe(true);
  });
  it('refuses a signed year', () => {
    expect(canSignYear(2026, '2027-03-01', true)).toBe(false);
  });
  it('refuses a future year', () => {
    expect(canSignYear(2028, '2027-03-01', false)).toBe(false);
  });
});
