import { describe, expect, it } from 'vitest';
import * as domain from '../index.ts';

describe('@hgcs/domain entry — mediation section', () => {
  it('exposes the mediation rules and schemas', () => {
    for (const name of [
      'checkCandidateStandards',
      'decideMediatorElection',
      'decideTeamLeaderElection',
      'planTermination',
      'checkTeamComposition',
      'decideMediability',
      'receiveCase',
      'transitionCase',
      'caseTransitions',
      'caseStartDue',
      'checkWrittenAgreement',
      'mediationDeadline',
      'courtRecognitionWindow',
      'checkCourtRecognitionRequest',
      'decideCaseRemuneration',
      'decideAccidentSupport',
      'teamSchema',
      'disputeSchema',
      'caseStateSchema',
      'caseEventSchema',
      'writtenAgreementSchema',
      'mediatorElectionSchema',
      'mediatorElectionRecordSchema',
      'electionCountOf',
      'mediatorRecognitionDue',
      'teamLeaderRecognitionDue',
      'decideTeamLeaderElectionRecord',
      'terminationGrounds',
      'terminationReasonText',
      'checkTerminationImpact',
      'reviewTeamYear',
      'parseMediatorList',
      'personKey',
      'mediatorListColumns',
      'registryMessages',
    ])
      expect(domain).toHaveProperty(name);
  });
  it('works end to end from the entry: a kiosk question, then a case', () => {
    expect(domain.decideMediability({ category: 'interpersonal_conflict' }).mediable).toBe(true);
    const s = domain.transitionCase(
      domain.receiveCase('2026-03-02'),
      { type: 'assign', mediators: [{ mediatorId: 'm1', conflicted: false }] },
      'team_leader',
      '2026-03-02',
    );
    expect(s.status).toBe('assigned');
  });
});
