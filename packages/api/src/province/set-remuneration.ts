/**
 * The province's remuneration amounts from a day (issue 11 point 9; Circular 56/2023/TT-BTC Art. 3.17.a, 3.17.đ,
 * 5.1): the domain checks them against the circular's maxima (a refusal names the field and writes nothing); the
 * same day set again replaces that day's amounts. Audited in the chain of every commune of the province.
 */
import { auditInProvince, upsertProvinceNorms, withAudit } from '@hgcs/db';
import { remunerationNormsOf, type Granted, type ProvinceRemuneration, type ProvinceScope } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { normsView } from './norms-of.ts';

export function setRemuneration(ctx: ScopedContext<Granted<ProvinceScope>>, input: ProvinceRemuneration) {
  const norms = remunerationNormsOf(input);
  return withAudit(ctx.db, { communeId: null, userId: ctx.user.userId, requestId: ctx.requestId }, async (tx) => {
    const { row, before } = await upsertProvinceNorms(tx, {
      provinceCode: ctx.scope.provinceCode,
      kind: 'remuneration',
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
        action: 'province.set_remuneration',
        objectType: 'province_norms',
        objectId: row.id,
        before: before ? { effectiveFrom: before.effectiveFrom, ...before.caps } : undefined,
        after: { provinceCode: row.provinceCode, effectiveFrom: row.effectiveFrom, ...row.caps },
      },
    );
    return normsView(row);
  });
}
