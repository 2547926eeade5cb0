/**
 * The commune's data-subject requests about case files (issue 11, point 10; PDP-06), each with its legal clock from
 * the domain (`dataSubjectRequestClock`: acknowledge by, complete by, days left, where it stands today). The
 * requester's name, what was asked and the answer only for `case.read_personal` (the chairman sees the clocks).
 */
import { listDataRequests } from '@hgcs/db';
import {
  daysBetween,
  dataSubjectRequestClock,
  dataSubjectRequestStage,
  hasPermission,
  todayInVietnam,
} from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export async function listDataRequestsOf(ctx: ScopedContext) {
  const personal = hasPermission(ctx.user.role, 'case.read_personal');
  const today = todayInVietnam(ctx.now);
  const rows = await listDataRequests(ctx.db, ctx.scope);
  return rows.map((r) => {
    const clock = dataSubjectRequestClock({
      kind: r.kind,
      receivedOn: r.receivedOn,
      thirdPartyMustAct: r.thirdPartyMustAct,
    });
    const open = r.status === 'open';
    return {
      id: r.id,
      kind: r.kind,
      receivedOn: r.receivedOn,
      thirdPartyMustAct: r.thirdPartyMustAct,
      status: r.status,
      closedOn: r.closedOn,
      refusalRule: r.refusalRule,
      cases: r.cases,
      clock: {
        ...clock,
        daysLeft: open ? daysBetween(today, clock.completeBy) : null,
        stage: open ? dataSubjectRequestStage(clock, today) : null,
      },
      personal: personal ? { requesterName: r.requesterName, asked: r.asked, answer: r.answer } : null,
    };
  });
}
