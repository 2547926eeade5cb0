/**
 * Records that the parties ask the court to recognise their agreement (issue 11, point 7; Civil Procedure Code 2015
 * Art. 416–418): once per case, on a day between the agreement and today, by parties of the case, within the
 * 6-month limit and with Art. 417's conditions met (`checkCourtRecognitionRequest`; the first unmet one is said).
 */
import { partiesOfCase, updateCase } from '@hgcs/db';
import {
  checkCaseDay,
  checkCourtRecognitionRequest,
  DomainError,
  type CaseCourtRequestInput,
  type CaseStatus,
} from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function requestCourtRecognition(ctx: ScopedContext, input: CaseCourtRequestInput) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today }) => {
    if (row.courtRequestedOn !== null)
      throw new DomainError('CASE.COURT_ALREADY_REQUESTED', {
        field: 'requestedOn',
        requestedOn: row.courtRequestedOn,
      });
    checkCaseDay(row, input.requestedOn, today, 'requestedOn');
    if (row.endedOn !== null && input.requestedOn < row.endedOn)
      throw new DomainError('CASE.COURT_REQUEST_BEFORE_AGREEMENT', { field: 'requestedOn', endedOn: row.endedOn });
    const parties = new Set((await partiesOfCase(tx, ctx.scope, row.id)).map((p) => p.id));
    const requesters = [...new Set(input.requesterIds)];
    if (requesters.some((id) => !parties.has(id)))
      throw new DomainError('CASE.PARTY_NOT_OF_CASE', { field: 'requesterIds' });
    const [first] = checkCourtRecognitionRequest(
      {
        caseStatus: row.status as CaseStatus,
        agreementOn: row.endedOn ?? input.requestedOn,
        hasWrittenAgreement: row.hasWrittenAgreement && row.agreement !== null,
        partiesHaveFullCivilCapacity: input.partiesHaveFullCivilCapacity,
        partiesHoldRightsConcerned: input.partiesHoldRightsConcerned,
        affectedThirdPartyConsents: input.affectedThirdPartyConsents ?? null,
        requestedByAParty: requesters.length > 0,
        voluntaryLawfulAndEthical: input.voluntaryLawfulAndEthical,
      },
      input.requestedOn,
    );
    if (first) throw new DomainError(first.code as never, first.params as never);
    await updateCase(
      tx,
      ctx.scope,
      row.id,
      { courtRequestedOn: input.requestedOn, courtRequesterIds: requesters },
      ctx.now,
    );
    await audit({
      action: 'case.court_request',
      objectType: 'case',
      objectId: row.id,
      after: { requestedOn: input.requestedOn, count: requesters.length },
    });
    return { requestedOn: input.requestedOn };
  });
}
