/**
 * A case as the API answers it. Every case reader (`case.read`) sees the queue facts: tracking code, team,
 * channel, dates, status, the scope decision, the assigned mediators and the countdown. The dispute's summary,
 * the parties, the invited persons, what was said in sessions and the agreement are personal data (Law 91/2025):
 * only in `personal` views (`case.read_personal`: the justice officer, the assigned team's leader).
 */
import type { CaseRow } from '@hgcs/db';
import type { CaseStatus, CourtRecognitionWindow, StartCountdown } from '@hgcs/domain';

type QueueRow = {
  id: string;
  trackingCode: string;
  teamId: string;
  teamName: string;
  channel: string;
  receivedOn: string;
  disputeKind: string;
  status: string;
  scopeDecision: string | null;
  startDueOn: string | null;
  suspendedOn: string | null;
};

/** A row of the queue. */
export const caseSummaryView = (r: QueueRow) => ({
  id: r.id,
  trackingCode: r.trackingCode,
  teamId: r.teamId,
  teamName: r.teamName,
  channel: r.channel,
  receivedOn: r.receivedOn,
  disputeKind: r.disputeKind,
  status: r.status as CaseStatus,
  scopeDecision: r.scopeDecision,
  startDueOn: r.startDueOn,
  suspended: r.status === 'suspended',
});
export type CaseSummaryView = ReturnType<typeof caseSummaryView>;

type Assignment = {
  id: string;
  mediatorId: string;
  fullName: string;
  assignedOn: string;
  declinedOn: string | null;
  declineReason: string | null;
};
type Session = {
  id: string;
  heldOn: string;
  place: string;
  durationMinutes: number;
  mediatorIds: string[];
  partyIds: string[];
  invited: { fullName: string; role: string }[];
  summary: string;
};
type FollowUp = {
  id: string;
  afterDays: number;
  dueOn: string;
  result: string | null;
  recordedOn: string | null;
  note: string | null;
};

export type CaseFileParts = {
  countdown: StartCountdown | null;
  /** The 6-month court window of a successful case (`courtRecognitionWindow`); null otherwise. */
  courtWindow: CourtRecognitionWindow | null;
  assignments: Assignment[];
  sessions: Session[];
  followUps: FollowUp[];
  events: { event: string; fromStatus: string | null; toStatus: string; onDate: string }[];
  /** Present only in personal views. */
  personal: {
    parties: { id: string; fullName: string; birthYear: number | null; address: string; phone: string | null }[];
    invitees: { id: string; fullName: string; role: string }[];
  } | null;
};

/** The case file; personal parts only when `parts.personal` is given. */
export function caseFileView(c: CaseRow & { teamName: string }, parts: CaseFileParts) {
  const personal = parts.personal;
  return {
    id: c.id,
    trackingCode: c.trackingCode,
    teamId: c.teamId,
    teamName: c.teamName,
    channel: c.channel,
    referringBody: c.referringBody,
    referringBodyName: c.referringBodyName,
    requestedOn: c.requestedOn,
    receivedOn: c.receivedOn,
    privacyNoticeVersion: c.privacyNoticeVersion,
    disputeKind: c.disputeKind,
    status: c.status as CaseStatus,
    scopeDecision: c.scopeDecision,
    screenedOn: c.screenedOn,
    scopeExclusions: c.scopeExclusions,
    reportDuties: c.reportDuties,
    referrals: c.referrals,
    reportedTo: c.reportedTo,
    outOfScopeFrom: c.outOfScopeFrom,
    assignedOn: c.assignedOn,
    startDueOn: c.startDueOn,
    startedOn: c.startedOn,
    startedLate: c.startedLate,
    endedOn: c.endedOn,
    closedOn: c.closedOn,
    suspendedOn: c.suspendedOn,
    hasWrittenAgreement: c.hasWrittenAgreement,
    countdown: parts.countdown,
    court: {
      requestedOn: c.courtRequestedOn,
      requesterIds: c.courtRequesterIds,
      decision: c.courtDecision,
      decidedOn: c.courtDecidedOn,
      window: parts.courtWindow,
    },
    mediators: parts.assignments.map((a) => ({
      id: a.id,
      mediatorId: a.mediatorId,
      fullName: a.fullName,
      assignedOn: a.assignedOn,
      declinedOn: a.declinedOn,
      ...(personal ? { declineReason: a.declineReason } : {}),
    })),
    sessions: parts.sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      durationMinutes: s.durationMinutes,
      mediatorIds: s.mediatorIds,
      ...(personal ? { place: s.place, partyIds: s.partyIds, invited: s.invited, summary: s.summary } : {}),
    })),
    followUps: parts.followUps.map((f) => ({
      id: f.id,
      afterDays: f.afterDays,
      dueOn: f.dueOn,
      result: f.result,
      recordedOn: f.recordedOn,
      ...(personal ? { note: f.note } : {}),
    })),
    events: parts.events,
    personal: personal
      ? {
          summary: c.summary,
          parties: personal.parties,
          invitees: personal.invitees,
          agreement: (c.agreement ?? null) as Record<string, unknown> | null,
        }
      : null,
  };
}
export type CaseFileView = ReturnType<typeof caseFileView>;
