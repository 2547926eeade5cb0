import { describe, expect, it } from 'vitest';
import { decideCaseErasure } from './case-erasure.ts';

const closed = { closedOn: '2027-03-15', courtRequestPending: false, pseudonymised: false };

describe('erasing a case file on a data-subject request', () => {
  it('is refused while the case is open: the mediation needs the data', () => {
    expect(decideCaseErasure({ ...closed, closedOn: null }, '2040-01-01')).toEqual({
      allowed: false,
      rule: 'case_open',
      until: null,
    });
  });
  it('is refused while a court-recognition request is pending, even past the retention period', () => {
    expect(decideCaseErasure({ ...closed, courtRequestPending: true }, '2040-01-01')).toMatchObject({
      allowed: false,
      rule: 'court_request_pending',
    });
  });
  it('is refused within the retention duty, naming the first day it is allowed', () => {
    expect(decideCaseErasure(closed, '2027-03-16')).toEqual({
      allowed: false,
      rule: 'retention_duty',
      until: '2037-03-16',
    });
    expect(decideCaseErasure(closed, '2037-03-15')).toMatchObject({ rule: 'retention_duty' });
  });
  it('is allowed from the day after the retention period, with a shorter period when the commune sets one', () => {
    expect(decideCaseErasure(closed, '2037-03-16')).toEqual({ allowed: true });
    expect(decideCaseErasure(closed, '2030-03-16', { closedCaseYears: 3 })).toEqual({ allowed: true });
  });
  it('has nothing left to erase once pseudonymised', () => {
    expect(decideCaseErasure({ ...closed, pseudonymised: true }, '2040-01-01')).toMatchObject({
      rule: 'already_pseudonymised',
    });
  });
});
