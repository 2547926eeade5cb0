/**
 * A request for mediation left at the kiosk (issue 12, point 3) enters the commune's cases intake (channel `kiosk`,
 * Law 35/2013 Art. 16.1) in the queue of the village's team, with the privacy notice's version and time, the person
 * as the one party (name, the village as address, the phone only when given), and a receipt: the tracking code and a
 * second factor that is answered once, here, and kept only as a keyed hash. One request per device key: a retry (the
 * answer lost on the way) finds the same case and answers its tracking code with a new factor, which replaces the
 * kept one — the person holds only the receipt printed from the answer that arrived. Only a registered, unrevoked
 * kiosk (its token in the `X-Kiosk-Device` header) sends requests, each device within its own rate limit.
 */
import { randomBytes } from 'node:crypto';
import {
  caseByClientKey,
  getCommune,
  insertCase,
  insertCaseEvent,
  insertReceipt,
  villageWithTeam,
  withAudit,
} from '@hgcs/db';
import {
  DomainError,
  kioskPrivacyNoticeVersion,
  kioskScope,
  receiptFactor,
  todayInVietnam,
  trackingCode,
  type KioskRequest,
} from '@hgcs/domain';
import type { Context } from '../context.ts';
import { constraintOf, isUniqueViolation } from '../db-errors.ts';
import { deviceOf } from '../kiosk-device/device-of.ts';
import { ratePolicies, takeHit } from '../rate-limit.ts';
import { factorHash } from './factor-hash.ts';
import { replaceFactor } from './replace-factor.ts';

const attempts = 5;

/** What the kiosk prints: the tracking code, the second factor (given only here), the day the request was received. */
export type KioskReceipt = { trackingCode: string; factor: string; receivedOn: string; created: boolean };

export async function submitRequest(ctx: Context, input: KioskRequest): Promise<KioskReceipt> {
  const communeId = Number(input.commune);
  if (!(await getCommune(ctx.db, communeId))) throw new DomainError('RESOURCE.NOT_FOUND');
  const scope = kioskScope(communeId);
  const device = await deviceOf(ctx.db, scope, ctx.deviceToken, ctx.now);
  if (!(await takeHit(ctx.db, ratePolicies.kioskSubmit, `device:${device.id}`, ctx.now)))
    throw new DomainError('RATE.LIMITED');
  if (input.privacyNoticeVersion !== kioskPrivacyNoticeVersion)
    throw new DomainError('KIOSK.NOTICE_OUTDATED', { field: 'privacyNoticeVersion' });
  const today = todayInVietnam(ctx.now);
  // A request kept offline brings the code and factor its receipt printed (decision 29); else the server makes them.
  const factor = input.offline?.factor ?? receiptFactor(randomBytes(6));
  const known = await caseByClientKey(ctx.db, scope, input.clientKey);
  if (known) return replaceFactor(ctx, scope, known, factor);
  const village = await villageWithTeam(ctx.db, scope, input.villageId);
  if (!village) throw new DomainError('RESOURCE.NOT_FOUND');
  if (!village.teamId) throw new DomainError('KIOSK.VILLAGE_WITHOUT_TEAM', { field: 'villageId' });
  const teamId = village.teamId;
  const actor = { communeId, userId: null, requestId: ctx.requestId };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withAudit(ctx.db, actor, async (tx, audit) => {
        const opened = await insertCase(
          tx,
          scope,
          {
            teamId,
            clientKey: input.clientKey,
            trackingCode: input.offline?.trackingCode ?? trackingCode(randomBytes(8)),
            channel: 'kiosk',
            referringBody: null,
            referringBodyName: null,
            requestedOn: today,
            receivedOn: today,
            disputeKind: input.category,
            summary: input.words ?? '',
            privacyNoticeAt: ctx.now,
            privacyNoticeVersion: input.privacyNoticeVersion,
            status: 'received',
            lastChangedOn: today,
          },
          [
            {
              fullName: input.fullName,
              birthYear: null,
              address: village.name,
              phone: input.contact.via === 'phone' ? input.contact.phone : null,
              position: 0,
            },
          ],
        );
        if (!opened.created) return replaceFactor(ctx, scope, opened, factor, tx);
        await insertReceipt(tx, scope, {
          caseId: opened.id,
          factorHash: factorHash(ctx.secretKey, opened.id, factor),
          contactVia: input.contact.via,
          deviceId: device.id,
        });
        await insertCaseEvent(tx, scope, {
          caseId: opened.id,
          event: 'receive',
          fromStatus: null,
          toStatus: 'received',
          onDate: today,
          actorUserId: null,
        });
        await audit({
          action: 'case.kiosk_request',
          objectType: 'case',
          objectId: opened.id,
          after: { teamId, channel: 'kiosk', disputeKind: input.category, receivedOn: today, status: 'received' },
        });
        return { trackingCode: opened.trackingCode, factor, receivedOn: today, created: true };
      });
    } catch (error) {
      if (isUniqueViolation(error) && constraintOf(error) === 'cases_tracking_code_uq' && input.offline) {
        const same = await caseByClientKey(ctx.db, scope, input.clientKey);
        if (same) return replaceFactor(ctx, scope, same, factor);
        throw new DomainError('KIOSK.OFFLINE_CODE_TAKEN', { field: 'offline.trackingCode' });
      }
      if (isUniqueViolation(error) && constraintOf(error) === 'cases_tracking_code_uq' && attempt < attempts) continue;
      if (isUniqueViolation(error) && constraintOf(error) === 'cases_client_key_uq') {
        const same = await caseByClientKey(ctx.db, scope, input.clientKey);
        if (same) return replaceFactor(ctx, scope, same, factor);
      }
      throw error;
    }
  }
}
