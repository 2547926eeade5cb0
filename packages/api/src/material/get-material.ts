/** One item of the materials library (internal ones included: the console reads it). */
import { getMaterial, type DbOrTx } from '@hgcs/db';
import { DomainError, type CommuneLevelScope } from '@hgcs/domain';
import { toMaterialView } from './view.ts';

export async function readMaterial(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const row = await getMaterial(db, scope, id);
  if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
  return toMaterialView(row);
}
