import { expect, it } from 'vitest';
import { startDeadlineBeforeTet } from './deadline-before-tet.ts';

it('moves the 3-day start deadline past Tết 2027 to Friday 12/02/2027', () => {
  expect(startDeadlineBeforeTet()).toEqual({ computeDeadline: '2027-02-12', caseStartDue: '2027-02-12' });
});
