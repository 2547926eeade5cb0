/**
 * Checks a request by its tracking code and the receipt's second factor (issue 12, point 4): the stage in plain
 * words, nothing else. A wrong factor, an unknown code and a code that was not asked for at the kiosk get the same
 * answer, so codes cannot be enumerated. Per code, 5 wrong factors lock its checks for 30 minutes (audited when the
 * lock falls); per client, the procedure's own rate limit (ratePolicies.kioskCheck) applies first.
 */
import { getCommune, receiptByCodeForUpdate, setReceiptChecks, withAudit } from '@hgcs/db';
import { DomainError, kioskScope, publicStage, type PublicStage } from '@hgcs/domain';
import type { Context } from '../context.ts';
import { factorMatches } from './factor-hash.ts';

export const wrongFactorsBeforeLock = 5;
export const lockMinutes = 30;

export async function checkRequest(
  ctx: Context,
  input: { commune: string; code: string; factor: string },
): Promise<{ stage: PublicStage }> {
  const communeId = Number(input.commune);
  if (!(await getCommune(ctx.db, communeId))) throw new DomainError('KIOSK.REQUEST_NOT_FOUND', { field: 'code' });
  const scope = kioskScope(communeId);
  const actor = { communeId, userId: null, requestId: ctx.requestId };
  const outcome = await withAudit(ctx.db, actor, async (tx, audit) => {
    const row = await receiptByCodeForUpdate(tx, scope, input.code);
    if (!row) return { error: new DomainError('KIOSK.REQUEST_NOT_FOUND', { field: 'code' }) };
    if (row.lockedUntil && row.lockedUntil > ctx.now) return { error: lockedError(row.lockedUntil, ctx.now) };
    if (factorMatches(ctx.secretKey, row.caseId, input.factor, row.factorHash)) {
      if (row.failedChecks > 0 || row.lockedUntil)
        await setReceiptChecks(tx, scope, row.caseId, { failedChecks: 0, lockedUntil: null });
      return { stage: publicStage(row.status) };
    }
    const failed = row.failedChecks + 1;
    if (failed < wrongFactorsBeforeLock) {
      await setReceiptChecks(tx, scope, row.caseId, { failedChecks: failed, lockedUntil: null });
      return { error: new DomainError('KIOSK.REQUEST_NOT_FOUND', { field: 'factor' }) };
    }
    const until = new Date(ctx.now.getTime() + lockMinutes * 60_000);
    await setReceiptChecks(tx, scope, row.caseId, { failedChecks: 0, lockedUntil: until });
    await audit({
      action: 'case.kiosk_check_locked',
      objectType: 'case',
      objectId: row.caseId,
      after: { count: wrongFactorsBeforeLock, minutes: lockMinutes },
    });
    return { error: lockedError(until, ctx.now) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

function lockedError(until: Date, now: Date) {
  return new DomainError('KIOSK.CHECK_LOCKED', {
    field: 'code',
    minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)),
  });
}
