/** The registry's names of the people an election names (one read for a whole page). */
import { mediatorsByIds, type DbOrTx } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';
import type { Names } from './view.ts';

export async function namesOf(db: DbOrTx, scope: CommuneLevelScope, ids: Iterable<string>): Promise<Names> {
  const rows = await mediatorsByIds(db, scope, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
