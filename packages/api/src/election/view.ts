/**
 * An election as the console shows it: the count, each candidate with their votes and whether elected, most votes
 * first (names read from the registry), the domain's outcome, and — while the chairman has not recognised it — the recognition
 * deadline as a countdown in working days (R-MED-2, holiday-aware).
 */
import type { MediatorElectionRow, TeamLeaderElectionRow } from '@hgcs/db';
import {
  mediatorRecognitionDue,
  teamLeaderRecognitionDue,
  workingDaysLeft,
  type Countdown,
  type IsoDate,
} from '@hgcs/domain';

type ElectionRow = MediatorElectionRow;
type LeaderRow = TeamLeaderElectionRow;
export type Names = ReadonlyMap<string, string>;

const deadline = (status: string, dueOn: IsoDate | null, today: IsoDate): Countdown | null =>
  status === 'recorded' && dueOn !== null ? workingDaysLeft(dueOn, today) : null;

export function electionView(e: ElectionRow, names: Names, today: IsoDate) {
  const dueOn = e.listReceivedOn === null ? null : mediatorRecognitionDue(e.listReceivedOn);
  return {
    id: e.id,
    teamId: e.teamId,
    heldOn: e.heldOn,
    round: e.round,
    method: e.method,
    villageHouseholds: e.villageHouseholds,
    participatingHouseholds: e.participatingHouseholds,
    quota: e.quota,
    countWitnessed: e.countWitnessed,
    listReceivedOn: e.listReceivedOn,
    candidates: e.candidates
      .map((c) => ({
        mediatorId: c.candidateId,
        fullName: names.get(c.candidateId) ?? '—',
        nomination: c.nomination,
        votesFor: c.votesFor,
        elected: e.elected.includes(c.candidateId),
      }))
      .sort((a, b) => b.votesFor - a.votesFor),
    outcome: e.outcome,
    placesLeft: e.placesLeft,
    issues: e.issues,
    status: e.status,
    decisionNo: e.decisionNo,
    decisionOn: e.decisionOn,
    recognitionDueOn: dueOn,
    countdown: deadline(e.status, dueOn, today),
  };
}
export type ElectionView = ReturnType<typeof electionView>;

export function leaderElectionView(e: LeaderRow, names: Names, today: IsoDate) {
  const dueOn = e.proposalReceivedOn === null ? null : teamLeaderRecognitionDue(e.proposalReceivedOn);
  return {
    id: e.id,
    teamId: e.teamId,
    heldOn: e.heldOn,
    method: e.method,
    members: e.members.length,
    attendingMembers: e.attendingMembers,
    proposalReceivedOn: e.proposalReceivedOn,
    candidates: e.candidates.map((c) => ({
      mediatorId: c.mediatorId,
      fullName: names.get(c.mediatorId) ?? '—',
      votesFor: c.votesFor,
    })),
    electedMediatorId: e.electedMediatorId,
    electedName: e.electedMediatorId === null ? null : (names.get(e.electedMediatorId) ?? '—'),
    issues: e.issues,
    status: e.status,
    decisionNo: e.decisionNo,
    decisionOn: e.decisionOn,
    recognitionDueOn: dueOn,
    countdown: deadline(e.status, dueOn, today),
  };
}
export type LeaderElectionView = ReturnType<typeof leaderElectionView>;
