/**
 * One case file of the scope, and its view written to the audit log (every view of a case file, PDP: who read
 * which file, and whether its personal data was shown). The personal parts only for `case.read_personal`.
 */
import {
  assignmentsOfCase,
  eventsOfCase,
  followUpsOfCase,
  getCase,
  inviteesOfCase,
  partiesOfCase,
  sessionsOfCase,
  withAudit,
} from '@hgcs/db';
import {
  courtRecognitionWindow,
  DomainError,
  hasPermission,
  startCountdown,
  successfulCaseStatuses,
  todayInVietnam,
  type CaseStatus,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { caseFileView, type CaseFileView } from './view.ts';

export async function readCase(ctx: ScopedContext, id: string): Promise<CaseFileView> {
  const personal = hasPermission(ctx.user.role, 'case.read_personal');
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const c = await getCase(tx, ctx.scope, id);
    if (!c) throw new DomainError('RESOURCE.NOT_FOUND');
    const [assignments, sessions, followUps, events, parties, invitees] = await Promise.all([
      assignmentsOfCase(tx, ctx.scope, id),
      sessionsOfCase(tx, ctx.scope, id),
      followUpsOfCase(tx, ctx.scope, id),
      eventsOfCase(tx, ctx.scope, id),
      personal ? partiesOfCase(tx, ctx.scope, id) : Promise.resolve([]),
      personal ? inviteesOfCase(tx, ctx.scope, id) : Promise.resolve([]),
    ]);
    await audit({ action: 'case.view', objectType: 'case', objectId: id, after: { personal } });
    const today = todayInVietnam(ctx.now);
    const agreedOn = successfulCaseStatuses.includes(c.status as CaseStatus) ? c.endedOn : null;
    return caseFileView(c, {
      countdown: startCountdown({ status: c.status as CaseStatus, startDueOn: c.startDueOn }, today),
      courtWindow: agreedOn === null ? null : courtRecognitionWindow(agreedOn, today),
      assignments,
      sessions,
      followUps,
      events,
      personal: personal ? { parties, invitees } : null,
    });
  });
}
