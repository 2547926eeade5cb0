/** The spending-norms resolutions of a commune's province, as the domain's cap options take them (oldest first). */
import { provinceNormsOfCommune, type DbOrTx } from '@hgcs/db';
import { provincialNormsInForce, type ProvincialNorms } from '@hgcs/domain';

export async function spendingNormsOfCommune(db: DbOrTx, communeId: number): Promise<ProvincialNorms[]> {
  const rows = await provinceNormsOfCommune(db, communeId, 'spending');
  return rows
    .map((r) => ({ resolution: r.resolution, effectiveFrom: r.effectiveFrom, caps: r.caps }))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** Which norms a year's lines are checked against: the province's resolution in force on 1 January, or the circular. */
export function normsInForceFor(history: readonly ProvincialNorms[], year: number) {
  const n = provincialNormsInForce(history, `${year}-01-01`);
  return n
    ? { source: 'province' as const, resolution: n.resolution, effectiveFrom: n.effectiveFrom, caps: n.caps }
    : { source: 'circular_56' as const, resolution: 'Thông tư 56/2023/TT-BTC', effectiveFrom: null, caps: {} };
}
