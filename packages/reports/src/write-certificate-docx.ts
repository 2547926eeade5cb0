/**
 * A certificate (giấy chứng nhận — issue 13, point 6) for a training attended or a contest result: the national
 * heading, the issuer, 'GIẤY CHỨNG NHẬN', the holder's name, what it certifies, place and date, the signature block,
 * and the QR code (its PNG given by the caller) of the public verification page with the address printed under it.
 */
import { isoDateSchema } from '@hgcs/domain';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { z } from 'zod';
import { paragraph } from './docx-blocks.ts';
import { printable } from './document-frame.ts';
import { nationalHeading, packPlainDocx } from './docx-plain.ts';
import { formatPlaceAndDate } from './format.ts';

export const certificateSchema = z
  .object({
    issuer: printable(200),
    place: printable(100),
    issuedOn: isoDateSchema,
    holderName: printable(200),
    title: printable(400),
    signerName: printable(100).nullable(),
    verifyUrl: z.string().url().max(300),
    qrPng: z.instanceof(Uint8Array),
  })
  .strict();
export type Certificate = z.input<typeof certificateSchema>;

/**
 * Writes a certificate as .docx bytes.
 * @example const bytes = await writeCertificateDocx({ ..., qrPng: await QRCode.toBuffer(url) });
 */
export async function writeCertificateDocx(input: Certificate): Promise<Uint8Array> {
  const c = certificateSchema.parse(input);
  return packPlainDocx({
    title: `Giấy chứng nhận — ${c.holderName}`,
    creator: c.issuer,
    body: [
      ...nationalHeading(),
      paragraph(c.issuer.toLocaleUpperCase('vi-VN'), { size: 14, bold: true }, { before: 240, after: 360 }),
      paragraph('GIẤY CHỨNG NHẬN', { size: 22, bold: true }, { after: 240 }),
      paragraph('Chứng nhận', { size: 14 }, { after: 120 }),
      paragraph(c.holderName, { size: 18, bold: true }, { after: 240 }),
      paragraph(c.title, { size: 14 }, { after: 360 }),
      paragraph(formatPlaceAndDate(c.place, c.issuedOn), { size: 14, italics: true }, { align: AlignmentType.RIGHT }),
      paragraph('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', { size: 14, bold: true }, { align: AlignmentType.RIGHT, after: 960 }),
      paragraph(c.signerName ?? '', { size: 14, bold: true }, { align: AlignmentType.RIGHT, after: 240 }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: 'png', data: c.qrPng, transformation: { width: 120, height: 120 } })],
      }),
      paragraph(`Kiểm tra giấy chứng nhận: ${c.verifyUrl}`, { size: 10 }),
    ],
  });
}
