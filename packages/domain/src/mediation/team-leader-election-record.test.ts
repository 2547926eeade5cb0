import { describe, expect, it } from 'vitest';
import { decideTeamLeaderElectionRecord, type TeamLeaderElectionRecordInput } from './team-leader-election-record.ts';

const record: TeamLeaderElectionRecordInput = {
  teamId: 't1',
  heldOn: '2026-03-06',
  method: 'secret_ballot',
  members: ['m1', 'm2', 'm3', 'm4', 'm5'],
  attendingMembers: 5,
  candidates: [
    { mediatorId: 'm1', votesFor: 2 },
    { mediatorId: 'm2', votesFor: 3 },
  ],
};
/** The INPUT.INVALID a record is refused with: the field's path, and its catalogue key with parameters when given. */
const invalid = (path: string, code?: string, params?: Record<string, string | number>) =>
  expect.objectContaining({
    code: 'INPUT.INVALID',
    details: expect.arrayContaining([
      expect.objectContaining({ path, ...(code ? { code } : {}), ...(params ? { params } : {}) }),
    ]),
  });

describe('decideTeamLeaderElectionRecord (Law 35/2013 Art. 14; TTHC công nhận tổ trưởng)', () => {
  it('elects the most-voted mediator with more than half of the team, and dates the proposal and the recognition', () => {
    expect(decideTeamLeaderElectionRecord({ ...record, proposalReceivedOn: '2026-03-09' })).toEqual({
      electedMediatorId: 'm2',
      issues: [],
      proposalDueOn: '2026-03-11', // 05 calendar days from the meeting
      recognitionDueOn: '2026-03-16', // 05 working days from receiving the proposal
    });
  });
  it("counts the majority on all the team's mediators, not on those present", () => {
    // 3 of the 4 present, but only 3 of 6 mediators: exactly half is not a majority.
    const r = decideTeamLeaderElectionRecord({
      ...record,
      members: [...(record.members as string[]), 'm6'],
      attendingMembers: 4,
      candidates: [{ mediatorId: 'm2', votesFor: 3 }],
    });
    expect(r.electedMediatorId).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['ELECTION.LEADER_NO_MAJORITY']);
    expect(r.recognitionDueOn).toBeNull();
  });
  it('moves the proposal deadline off a weekend (Civil Code Art. 148.5)', () => {
    expect(decideTeamLeaderElectionRecord({ ...record, heldOn: '2026-03-02' }).proposalDueOn).toBe('2026-03-09'); // 07/03 is a Saturday
  });
  it("refuses a candidate who is not one of the team's mediators (Art. 14.1), naming the field", () => {
    expect(() =>
      decideTeamLeaderElectionRecord({ ...record, candidates: [{ mediatorId: 'x9', votesFor: 3 }] }),
    ).toThrow(invalid('candidates.0.mediatorId', 'field.CANDIDATE_NOT_MEMBER', { n: 1 }));
  });
  it('refuses impossible counts: more present than members, more votes than present, a list received before the vote', () => {
    expect(() => decideTeamLeaderElectionRecord({ ...record, attendingMembers: 6 })).toThrow(
      invalid('attendingMembers', 'field.ATTENDING_EXCEED_MEMBERS', { attending: 6, members: 5 }),
    );
    expect(() =>
      decideTeamLeaderElectionRecord({
        ...record,
        attendingMembers: 3,
        candidates: [{ mediatorId: 'm1', votesFor: 4 }],
      }),
    ).toThrow(invalid('candidates.0.votesFor', 'field.VOTES_EXCEED_ATTENDING', { n: 1, votes: 4, attending: 3 }));
    expect(() => decideTeamLeaderElectionRecord({ ...record, proposalReceivedOn: '2026-03-05' })).toThrow(
      invalid('proposalReceivedOn', 'field.PROPOSAL_RECEIVED_BEFORE_ELECTION'),
    );
    expect(() => decideTeamLeaderElectionRecord({ ...record, members: ['m1', 'm1'] })).toThrow(
      invalid('members', 'field.DUPLICATE_MEDIATOR'),
    );
    expect(() => decideTeamLeaderElectionRecord({ ...record, members: [] })).toThrow(
      invalid('members', 'field.TEAM_NO_ACTIVE_MEDIATORS'),
    );
  });
});
