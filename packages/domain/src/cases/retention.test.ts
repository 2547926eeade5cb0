import { describe, expect, it } from 'vitest';
import { isDueForPseudonymisation, pseudonymiseFrom } from './retention.ts';

describe('retention of closed cases (Law 91/2025 Art. 3; PDP-09)', () => {
  it('pseudonymises the day after the retention period ends (10 years by default)', () => {
    expect(pseudonymiseFrom('2026-03-10')).toBe('2036-03-11');
    expect(pseudonymiseFrom('2026-03-10', { closedCaseYears: 5 })).toBe('2031-03-11');
  });
  it('ends a period from 29/02 on 28/02 of a common year (Civil Code Art. 148)', () => {
    expect(pseudonymiseFrom('2028-02-29', { closedCaseYears: 1 })).toBe('2029-03-01');
    expect(pseudonymiseFrom('2028-02-29', { closedCaseYears: 4 })).toBe('2032-03-01');
  });
  it('takes a closed case on its day, never an open, held or already pseudonymised one', () => {
    const closed = { closedOn: '2026-03-10' };
    expect(isDueForPseudonymisation(closed, '2036-03-10')).toBe(false);
    expect(isDueForPseudonymisation(closed, '2036-03-11')).toBe(true);
    expect(isDueForPseudonymisation({ closedOn: null }, '2099-01-01')).toBe(false);
    expect(isDueForPseudonymisation({ ...closed, legalHold: true }, '2040-01-01')).toBe(false);
    expect(isDueForPseudonymisation({ ...closed, pseudonymised: true }, '2040-01-01')).toBe(false);
  });
  it('refuses a bad rule or date', () => {
    expect(() => pseudonymiseFrom('2026-03-10', { closedCaseYears: 0 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => isDueForPseudonymisation({ closedOn: '2026-02-30' }, '2040-01-01')).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
