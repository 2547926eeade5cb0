/** A certificate as DOCX with the QR code of its public verification page (`portalUrl` + `/verify#<code>`). */
import { chairmanName, getCertificate, getCommune } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { writeCertificateDocx } from '@hgcs/reports';
import QRCode from 'qrcode';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { decisionId, docxFile } from '../decision-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { verifyPath } from './issue-certificate.ts';

export async function exportCertificateDocx(ctx: Context, id: string, portalUrl: string) {
  const scoped = await authorizeScopeAudited(ctx, 'certificate.read', 'exports.certificate');
  const { scope } = scoped;
  const row = await getCertificate(ctx.db, scope, decisionId(id));
  if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
  const [commune, chairman] = await Promise.all([
    getCommune(ctx.db, scope.communeId),
    chairmanName(ctx.db, scope.communeId),
  ]);
  const verifyUrl = `${portalUrl.replace(/\/$/, '')}${verifyPath(row.code)}`;
  const bytes = await writeCertificateDocx({
    issuer: row.issuer,
    place: (commune?.name ?? '').replace(/^Xã\s+/i, ''),
    issuedOn: row.issuedOn,
    holderName: row.holderName,
    title: row.title,
    signerName: chairman,
    verifyUrl,
    qrPng: new Uint8Array(await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 240 })),
  });
  await auditDownload(
    { ...ctx, ...scoped },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: `certificate:${row.id}`,
      after: { kind: 'certificate', format: 'docx' },
    },
  );
  return docxFile(bytes, 'giay-chung-nhan.docx');
}
