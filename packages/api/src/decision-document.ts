/**
 * What the chairman's decisions on mediators (recognition, team leader, termination) take from the registry: the
 * commune as issuer, the recorded number (with its QĐ-UBND symbol) and date — both blank until recorded — the
 * chairman as signer, the village as a decision names it ('làng Bi Dông') and the team; and the file to send.
 * Ethnicity is not printed (personal data the decision does not need).
 */
import { chairmanName, getCommune, mediatorsByIds, type Db } from '@hgcs/db';
import { DomainError, type CommuneLevelScope } from '@hgcs/domain';
import { mediaTypes } from './plan/commune-document.ts';

/** 'Làng Bi Dông' → 'làng Bi Dông': the unit word is lower case inside a sentence. */
export const villageInText = (name: string) =>
  /^(Thôn|Làng|Tổ dân phố|Buôn|Plei|Bản|Ấp)\s/u.test(name)
    ? `${name[0]!.toLocaleLowerCase('vi-VN')}${name.slice(1)}`
    : name;

export async function decisionFrameOf(
  db: Db,
  scope: CommuneLevelScope,
  team: { name: string; villageName: string },
  decision: { decisionNo: string | null; decisionOn: string | null },
) {
  const [commune, chairman] = await Promise.all([getCommune(db, scope.communeId), chairmanName(db, scope.communeId)]);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const no = decision.decisionNo;
  return {
    issuer: { parentName: null, name: `ỦY BAN NHÂN DÂN ${commune.name.toUpperCase()}` },
    documentNumber: no === null ? null : no.includes('/') ? no : `${no}/QĐ-UBND`,
    place: commune.name.replace(/^Xã\s+/i, ''),
    date: decision.decisionOn,
    signer: { deputy: false, name: chairman },
    village: villageInText(team.villageName),
    team: team.name,
    extraRecipients: [],
  };
}

/** The persons a decision names, in the order given. */
export async function decisionPersons(db: Db, scope: CommuneLevelScope, ids: readonly string[]) {
  const rows = new Map((await mediatorsByIds(db, scope, ids)).map((r) => [r.id, r]));
  return ids.map((id) => {
    const p = rows.get(id);
    if (!p) throw new DomainError('RESOURCE.NOT_FOUND');
    return { fullName: p.fullName, birthYear: p.birthYear, sex: p.gender, ethnicity: null };
  });
}

export const docxFile = (bytes: Uint8Array, fileName: string) => ({ bytes, mediaType: mediaTypes.docx, fileName });

/** An id from a download's path: a uuid, else "not found" (never a database error). */
export function decisionId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new DomainError('RESOURCE.NOT_FOUND');
  return id;
}
