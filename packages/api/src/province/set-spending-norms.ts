/**
 * The province's spending norms from 1 January of a year (issue 13 point 7; Circular 56/2023/TT-BTC Art. 3, 5.1):
 * every commune's budget lines of that year on are checked against them, items it does not set keeping the
 * circular's maximum. Checked by the domain (above the circular → refused, nothing written); the same year set again
 * replaces it. Audited in the chain of every commune of the province.
 */
import { auditInProvince, upsertProvinceNorms, withAudit } from '@hgcs/db';
import { spendingNormsOf, type Granted, type ProvinceScope, type ProvinceSpendingNorms } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { normsView } from './norms-of.ts';

export function setSpendingNorms(ctx: ScopedContext<Granted<ProvinceScope>>, input: ProvinceSpendingNorms) {
  const norms = spendingNormsOf(input);
  return withAudit(ctx.db, { communeId: null, userId: ctx.user.userId, requestId: ctx.requestId }, async (tx) => {
    const { row, before } = await upsertProvinceNorms(tx, {
      provinceCode: ctx.scope.provinceCode,
      kind: 'spending',
      resolution: norms.resolution,
      effectiveFrom: norms.effectiveFrom,
      caps: norms.caps as Record<string, number>,
      createdBy: ctx.user.userId,
      updatedAt: ctx.now,
    });
    await auditInProvince(
      tx,
      ctx.scope.provinceCode,
      { userId: ctx.user.userId, requestId: ctx.requestId },
      {
        action: 'province.set_spending_norms',
        objectType: 'province_norms',
        objectId: row.id,
        before: before ? { effectiveFrom: before.effectiveFrom, ...before.caps } : undefined,
        after: { provinceCode: row.provinceCode, effectiveFrom: row.effectiveFrom, ...row.caps },
      },
    );
    return normsView(row);
  });
}
