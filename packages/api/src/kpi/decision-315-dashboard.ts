/**
 * The Decision 315/QĐ-TTg dashboard of one commune for a year (issue 13 point 8): the commune's counted records in
 * one round of grouped queries, folded by the domain (`buildDecision315Dashboard`, which evaluates with
 * `evaluateDecision315Kpis`). A commune user reads their own commune (naming another is AUTH.FORBIDDEN); a province
 * user names one of the province's communes (another, or none, is RESOURCE.NOT_FOUND). The dashboard of a commune
 * and year is kept in the in-process cache until a write to a table it reads commits (cache/commune-figures.ts).
 */
import { decision315Records, type Db } from '@hgcs/db';
import { buildDecision315Dashboard, DomainError, type AnyScope, type Decision315DashboardInput } from '@hgcs/domain';
import { readCommuneFigures } from '../cache/commune-figures.ts';
import { readProvinceCommunes } from '../cache/commune-reference.ts';

async function communeOf(db: Db, scope: AnyScope, code: string | undefined) {
  if (scope.kind !== 'province') {
    if (code !== undefined && Number(code) !== scope.communeId) throw new DomainError('AUTH.FORBIDDEN');
    return { id: scope.communeId, name: null as string | null };
  }
  const id = code === undefined ? NaN : Number(code);
  if (!scope.communeIds.includes(id)) throw new DomainError('RESOURCE.NOT_FOUND');
  const communes = await readProvinceCommunes(db, scope.provinceCode);
  return { id, name: communes.find((c) => c.id === id)?.name ?? null };
}

export async function decision315Dashboard(db: Db, scope: AnyScope, input: Decision315DashboardInput) {
  const commune = await communeOf(db, scope, input.communeCode);
  const dashboard = await readCommuneFigures(db, commune.id, `d315:${input.year}`, async () =>
    buildDecision315Dashboard(await decision315Records(db, commune.id, input.year)),
  );
  return { communeCode: String(commune.id), communeName: commune.name, ...dashboard };
}
