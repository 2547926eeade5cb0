/**
 * The one way a case changes: in one audited transaction the case row is locked (two changes of a case run one
 * after the other), the change is made, and the audit row written. `applyEvent` moves the state through the
 * domain's `transitionCase` (R-CASE-1..3: a move the table forbids is refused naming the rule) and appends the event
 * to the case's history. Not in the scope → "not found" (another team's or commune's case).
 */
import {
  assignmentsOfCase,
  insertCaseEvent,
  lockCase,
  updateCase,
  withAudit,
  type Audit,
  type CaseRow,
  type Tx,
} from '@hgcs/db';
import {
  DomainError,
  forbiddenMove,
  isDomainError,
  todayInVietnam,
  transitionCase,
  type CaseEventInput,
  type CaseEventType,
  type CaseState,
  type CaseStateInput,
  type CaseStatus,
  type IsoDate,
  type Role,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export type CaseChange = {
  tx: Tx;
  audit: Audit;
  /** The locked case as it was read. */
  row: CaseRow;
  today: IsoDate;
  /** Moves the case by one event on `on` (transitionCase), writes the state and the history; returns the new state. */
  applyEvent: (event: CaseEventInput, on: IsoDate) => Promise<CaseState>;
};

/** `transitionCase`, its refusal of an illegal move said with the rule and the status (CASE.MOVE_FORBIDDEN). */
function move(state: CaseStateInput, event: CaseEventInput, role: Role, on: IsoDate): CaseState {
  try {
    return transitionCase(state, event, role, on);
  } catch (error) {
    if (isDomainError(error) && error.code === 'CASE.ILLEGAL_TRANSITION')
      throw forbiddenMove(error.params.event as CaseEventType, error.params.status as CaseStatus);
    throw error;
  }
}

/** The domain state of a stored case, with its active mediators. */
export function stateOf(row: CaseRow, mediatorIds: string[]): CaseStateInput {
  return {
    status: row.status as CaseStatus,
    receivedOn: row.receivedOn,
    lastChangedOn: row.lastChangedOn,
    mediatorIds,
    assignedOn: row.assignedOn,
    startDueOn: row.startDueOn,
    startedOn: row.startedOn,
    startedLate: row.startedLate,
    endedOn: row.endedOn,
    hasWrittenAgreement: row.hasWrittenAgreement,
    referrals: row.referrals as CaseStateInput['referrals'],
    suspendedOn: row.suspendedOn,
    reportedTo: row.reportedTo as CaseStateInput['reportedTo'],
    outOfScopeFrom: row.outOfScopeFrom,
    closedOn: row.closedOn,
  };
}

/** Runs `work` on the locked case `caseId` of the caller's scope, in one audited transaction. */
export async function changeCase<T>(
  ctx: ScopedContext,
  caseId: string,
  work: (change: CaseChange) => Promise<T>,
): Promise<T> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await lockCase(tx, ctx.scope, caseId);
    if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
    let current: CaseRow = row;
    const applyEvent = async (event: CaseEventInput, on: IsoDate) => {
      const active = (await assignmentsOfCase(tx, ctx.scope, caseId)).filter((a) => a.declinedOn === null);
      const state = stateOf(
        current,
        active.map((a) => a.mediatorId),
      );
      const next = move(state, event, ctx.user.role, on);
      const patch = {
        status: next.status,
        lastChangedOn: next.lastChangedOn,
        assignedOn: next.assignedOn,
        startDueOn: next.startDueOn,
        startedOn: next.startedOn,
        startedLate: next.startedLate,
        endedOn: next.endedOn,
        hasWrittenAgreement: next.hasWrittenAgreement,
        referrals: next.referrals,
        suspendedOn: next.suspendedOn,
        reportedTo: next.reportedTo,
        outOfScopeFrom: next.outOfScopeFrom,
        closedOn: next.closedOn,
      };
      await updateCase(tx, ctx.scope, caseId, patch, ctx.now);
      await insertCaseEvent(tx, ctx.scope, {
        caseId,
        event: event.type,
        fromStatus: current.status,
        toStatus: next.status,
        onDate: on,
        actorUserId: ctx.user.userId,
      });
      current = { ...current, ...patch };
      return next;
    };
    return work({ tx, audit, row, today: todayInVietnam(ctx.now), applyEvent });
  });
}
