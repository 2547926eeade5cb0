/**
 * The province's own amounts as its Department of Justice sees them: every remuneration and spending-norms resolution,
 * latest day first, and the circular's maxima they are bounded by (Circular 56/2023/TT-BTC Art. 3, 5.1).
 */
import { provinceNormsOf, type DbOrTx, type ProvinceNormRow } from '@hgcs/db';
import { normsAboveCircular, spendingNorms } from '@hgcs/domain';

export type ProvinceNormsView = {
  id: string;
  kind: 'remuneration' | 'spending';
  resolution: string;
  effectiveFrom: string;
  caps: Record<string, number>;
  /** Items set above the circular's maximum (❓ Art. 5.1; spending norms only, remuneration cannot be). */
  aboveCircular: string[];
};

export const normsView = (r: ProvinceNormRow): ProvinceNormsView => ({
  id: r.id,
  kind: r.kind,
  resolution: r.resolution,
  effectiveFrom: r.effectiveFrom,
  caps: r.caps,
  aboveCircular: normsAboveCircular({ resolution: r.resolution, effectiveFrom: r.effectiveFrom, caps: r.caps }),
});

export async function normsOf(db: DbOrTx, provinceCode: string) {
  const rows = (await provinceNormsOf(db, provinceCode)).map(normsView);
  const vnd = (n: keyof typeof spendingNorms) => {
    const cap = spendingNorms[n].cap;
    return cap.kind === 'vnd' ? cap.amount : null;
  };
  return {
    provinceCode,
    remuneration: rows.filter((r) => r.kind === 'remuneration'),
    spending: rows.filter((r) => r.kind === 'spending'),
    circular: {
      successfulVnd: vnd('mediator_remuneration_successful'),
      otherVnd: vnd('mediator_remuneration'),
      teamMonthlyVnd: vnd('team_operations_support'),
    },
  };
}
