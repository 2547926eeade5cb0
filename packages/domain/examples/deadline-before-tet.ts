/**
 * Example: a case assigned on Thursday 04/02/2027, the last working day before the Tết Đinh Mùi break
 * (05–09/02 plus compensatory days 10–11/02 in the calendar's 2027 table). The mediator must start within 03 days
 * (Law 35/2013 Art. 20.2): the 3 days end on 07/02, a holiday, so the deadline moves to the next working day
 * (Civil Code 2015 Art. 148.5) — calendar/compute-deadline.ts; mediation's caseStartDue gives the same day.
 */
import { caseStartDue, computeDeadline } from '@hgcs/domain';

export const assignedOn = '2027-02-04';

export function startDeadlineBeforeTet(): { computeDeadline: string; caseStartDue: string } {
  return {
    computeDeadline: computeDeadline(assignedOn, { amount: 3, unit: 'days' }),
    caseStartDue: caseStartDue(assignedOn, { immediate: false, agreedStartOn: null }),
  };
}

// `node examples/dist/deadline-before-tet.js` prints both deadlines as JSON.
if (import.meta.main) console.log(JSON.stringify(startDeadlineBeforeTet(), null, 2));
