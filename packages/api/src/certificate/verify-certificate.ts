/**
 * The public verification of a certificate by the code its QR carries (no sign-in): valid or revoked, its title,
 * date, issuer and the holder's name as printed — nothing else. An unknown code is "not found". The commune is read
 * from the code; the procedure has its own per-client limit (ratePolicies.certificateVerify).
 */
import { certificateByCode, getCommune } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import type { Context } from '../context.ts';

export async function verifyCertificate(ctx: Context, code: string) {
  const communeId = Number(code.slice(0, code.indexOf('-')));
  const row = (await getCommune(ctx.db, communeId)) ? await certificateByCode(ctx.db, communeId, code) : undefined;
  if (!row) throw new DomainError('CERTIFICATE.NOT_FOUND');
  return {
    status: row.revokedAt ? ('revoked' as const) : ('valid' as const),
    title: row.title,
    holderName: row.holderName,
    issuedOn: row.issuedOn,
    issuer: row.issuer,
  };
}
