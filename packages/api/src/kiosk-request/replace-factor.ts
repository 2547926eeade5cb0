/**
 * A retried request (the same device key) answers the case it opened with a fresh second factor, replacing the kept
 * hash: the first answer may never have reached the device, so only the factor of the last answer can be printed.
 */
import { caseReceivedOn, setReceiptFactor, withAudit, type DbOrTx } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';
import type { Context } from '../context.ts';
import { factorHash } from './factor-hash.ts';
import type { KioskReceipt } from './submit-request.ts';

export async function replaceFactor(
  ctx: Context,
  scope: CommuneLevelScope,
  known: { id: string; trackingCode: string },
  factor: string,
  tx?: DbOrTx,
): Promise<KioskReceipt> {
  const write = (db: DbOrTx) => setReceiptFactor(db, scope, known.id, factorHash(ctx.secretKey, known.id, factor));
  if (tx) await write(tx);
  else
    await withAudit(
      ctx.db,
      { communeId: scope.communeId, userId: null, requestId: ctx.requestId },
      async (t, audit) => {
        await write(t);
        await audit({ action: 'case.kiosk_receipt_again', objectType: 'case', objectId: known.id });
      },
    );
  const receivedOn = await caseReceivedOn(tx ?? ctx.db, scope, known.id);
  return { trackingCode: known.trackingCode, factor, receivedOn, created: false };
}
