/**
 * Receives a case (Law 35/2013 Art. 16) from a walk-in, a referral (with the referring body), the team's own
 * initiative or the kiosk, into the queue of its team: a random tracking code (the domain's `trackingCode`), the
 * parties kept apart, the privacy notice's version and time, the first event of its history. Idempotent on the
 * form's key: a retry returns the same case.
 */
import { randomBytes } from 'node:crypto';
import { caseByClientKey, getTeam, insertCase, insertCaseEvent, withAudit } from '@hgcs/db';
import { DomainError, todayInVietnam, trackingCode, type CaseIntakeRequest } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { constraintOf, isUniqueViolation } from '../db-errors.ts';

const attempts = 5;

export async function intakeCase(ctx: ScopedContext, input: CaseIntakeRequest) {
  const known = await caseByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (known) return { ...known, created: false };
  const team = await getTeam(ctx.db, ctx.scope, input.teamId);
  if (!team) throw new DomainError('CASE.TEAM_NOT_FOUND', { field: 'teamId' });
  if (team.status !== 'active') throw new DomainError('REGISTRY.TEAM_DISSOLVED', { field: 'teamId' });
  const today = todayInVietnam(ctx.now);
  if (input.receivedOn > today) throw new DomainError('CASE.DATE_IN_FUTURE', { field: 'receivedOn', today });
  const referral = input.intake.channel === 'referral' ? input.intake : null;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
        const opened = await insertCase(
          tx,
          ctx.scope,
          {
            teamId: input.teamId,
            clientKey: input.clientKey,
            trackingCode: trackingCode(randomBytes(8)),
            channel: input.intake.channel,
            referringBody: referral?.referringBody ?? null,
            referringBodyName: referral?.referringBodyName || null,
            requestedOn: input.requestedOn,
            receivedOn: input.receivedOn,
            disputeKind: input.category,
            summary: input.summary,
            privacyNoticeAt: ctx.now,
            privacyNoticeVersion: input.privacyNoticeVersion,
            status: 'received',
            lastChangedOn: input.receivedOn,
          },
          input.parties.map((p, position) => ({ ...p, position })),
        );
        if (!opened.created) return opened;
        await insertCaseEvent(tx, ctx.scope, {
          caseId: opened.id,
          event: 'receive',
          fromStatus: null,
          toStatus: 'received',
          onDate: input.receivedOn,
          actorUserId: ctx.user.userId,
        });
        await audit({
          action: 'case.intake',
          objectType: 'case',
          objectId: opened.id,
          after: {
            teamId: input.teamId,
            channel: input.intake.channel,
            disputeKind: input.category,
            receivedOn: input.receivedOn,
            status: 'received',
            count: input.parties.length,
          },
        });
        return opened;
      });
    } catch (error) {
      if (isUniqueViolation(error) && constraintOf(error) === 'cases_tracking_code_uq' && attempt < attempts) continue;
      if (isUniqueViolation(error) && constraintOf(error) === 'cases_client_key_uq') {
        const same = await caseByClientKey(ctx.db, ctx.scope, input.clientKey);
        if (same) return { ...same, created: false };
      }
      throw error;
    }
  }
}
