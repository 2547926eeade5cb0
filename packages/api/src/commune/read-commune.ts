/** The caller's commune with its villages (as far as the scope reaches) and agencies. */
import { getCommune } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { readAgencies, readVillages } from '../cache/commune-reference.ts';
import type { ScopedContext } from '../context.ts';
import { toCommuneView } from './view.ts';

export async function readCommune(ctx: ScopedContext) {
  const [commune, villages, agencies] = await Promise.all([
    getCommune(ctx.db, ctx.scope.communeId),
    readVillages(ctx.db, ctx.scope),
    readAgencies(ctx.db, ctx.scope),
  ]);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  return toCommuneView(commune, villages, agencies);
}
