import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/date-math.ts';
import { isDomainError } from '../errors/domain-error.ts';
import { roles } from '../org/roles.ts';
import { caseEventTypes, type CaseEventInput, type CaseEventType } from './case-events.ts';
import { caseStatuses, type CaseState } from './case-state.ts';
import { findCaseTransition } from './case-transitions.ts';
import { transitionCase } from './transition-case.ts';

/** A well-formed event of each type (so that only legality, not shape, decides the outcome). */
const eventOf = (type: CaseEventType): CaseEventInput => {
  switch (type) {
    case 'assign':
    case 'reassign':
      return { type, mediators: [{ mediatorId: 'm1', conflicted: false }] };
    case 'declare_out_of_scope':
      return { type, referrals: ['court'], reportedTo: ['police'] };
    default:
      return { type } as CaseEventInput;
  }
};

const stateArb = fc
  .record({
    status: fc.constantFrom(...caseStatuses),
    offset: fc.integer({ min: 0, max: 300 }),
    startDue: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  })
  .map(({ status, offset, startDue }): CaseState => {
    const day = addDays('2026-01-05', offset);
    return {
      status,
      receivedOn: day,
      lastChangedOn: day,
      mediatorIds: status === 'received' ? [] : ['m1'],
      assignedOn: null,
      startDueOn: startDue === null ? null : addDays(day, startDue),
      startedOn: null,
      startedLate: false,
      endedOn: null,
      hasWrittenAgreement: false,
      suspendedOn: null,
      referrals: [],
      reportedTo: [],
      outOfScopeFrom: null,
      closedOn: null,
    };
  });

describe('transitionCase — property: the state machine never accepts an illegal transition', () => {
  it('accepts exactly the listed (status, event, role) moves and lands on the listed status', () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.constantFrom(...caseEventTypes),
        fc.constantFrom(...roles),
        fc.integer({ min: 0, max: 60 }),
        (state, type, role, later) => {
          const legal = findCaseTransition(state.status, type);
          const now = addDays(state.lastChangedOn, later);
          let outcome: CaseState | string;
          try {
            outcome = transitionCase(state, eventOf(type), role, now);
          } catch (error) {
            expect(isDomainError(error)).toBe(true);
            outcome = isDomainError(error) ? error.code : 'unknown';
          }
          if (legal === null) expect(outcome).toBe('CASE.ILLEGAL_TRANSITION');
          else if (!legal.roles.includes(role)) expect(outcome).toBe('CASE.ROLE_NOT_ALLOWED');
          else expect(outcome).toMatchObject({ status: legal.to, lastChangedOn: now });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never leaves a terminal status along any sequence of events', () => {
    const terminal = caseStatuses.filter((s) => caseEventTypes.every((e) => findCaseTransition(s, e) === null));
    expect(terminal.sort()).toEqual(['not_performed', 'out_of_scope', 'performed', 'stopped_by_party']);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...caseEventTypes), fc.constantFrom(...roles)), { maxLength: 25 }),
        (steps) => {
          let state = transitionCase(
            { status: 'received', receivedOn: '2026-03-02', lastChangedOn: '2026-03-02' },
            eventOf('assign'),
            'team_leader',
            '2026-03-02',
          );
          let reachedTerminal = false;
          steps.forEach(([type, role], i) => {
            try {
              const next = transitionCase(state, eventOf(type), role, addDays('2026-03-02', i + 1));
              expect(reachedTerminal).toBe(false);
              state = next;
              reachedTerminal = terminal.includes(state.status);
            } catch (error) {
              expect(isDomainError(error)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
