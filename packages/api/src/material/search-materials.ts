/**
 * The materials library searched: every word of `q` must begin a word of the title, description or tags, without
 * diacritics ("hoa giai dat dai" finds "Hòa giải đất đai"); optionally one kind and one language. The console reads
 * every item of its commune; the kiosk and the portal (`publicOnly`) only the public ones.
 */
import { getCommune, searchMaterials as query, type Db, type DbOrTx } from '@hgcs/db';
import { DomainError, materialSearchWords, type MaterialSearch } from '@hgcs/domain';
import { toMaterialView, toPublicMaterialView } from './view.ts';

export async function searchMaterials(db: DbOrTx, communeId: number, input: MaterialSearch) {
  const rows = await query(db, communeId, {
    words: materialSearchWords(input.q),
    kind: input.kind,
    language: input.language,
    publicOnly: false,
  });
  return { items: rows.map(toMaterialView) };
}

/** The commune's public items; "not found" when there is no such commune. */
export async function searchPublicMaterials(db: Db, communeId: number, input: MaterialSearch) {
  if (!(await getCommune(db, communeId))) throw new DomainError('RESOURCE.NOT_FOUND');
  const rows = await query(db, communeId, {
    words: materialSearchWords(input.q),
    kind: input.kind,
    language: input.language,
    publicOnly: true,
  });
  return { items: rows.map(toPublicMaterialView) };
}
