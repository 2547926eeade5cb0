/**
 * The referral letter (giấy giới thiệu) for a matter outside grassroots mediation — Law 35/2013 Art. 21.3 (guide the
 * parties to the competent body), Decree 15/2014 Art. 5–6 (R-SCOPE-1) — in the Decree 30/2020/NĐ-CP layout. It names the
 * person, the body and why the matter cannot be mediated here (the scope code's catalogue text), and only the tracking
 * code of the case: no dispute details leave the case file (Law 35/2013 Art. 4.3; PDP-14).
 */
import { referralTargetSchema, referralTo } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { AlignmentType } from 'docx';
import { z } from 'zod';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { packAdministrativeDocx } from './docx-frame.ts';
import { documentFrameShape, printable } from './document-frame.ts';

export const referralLetterSchema = z
  .object({
    ...documentFrameShape,
    /** The competent body (R-SCOPE-1); `bodyName` replaces its generic name when the office knows the exact one. */
    target: referralTargetSchema,
    bodyName: printable(200).nullable().default(null),
    person: z.object({ fullName: printable(160), address: printable(300) }).strict(),
    trackingCode: printable(40),
    /** The SCOPE.* codes of `decideMediability`'s exclusions (or the reason found during mediation). */
    reasons: z.array(z.string().regex(/^SCOPE\.[A-Z_]+$/)).min(1),
    /** The letter is valid until (null: not printed). */
    validUntil: printable(40).nullable().default(null),
  })
  .strict();
export type ReferralLetter = z.input<typeof referralLetterSchema>;

const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };

/**
 * Writes the referral letter as .docx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeReferralLetterDocx({ …frame, target: 'police', person, trackingCode, reasons: ['SCOPE.CRIMINAL_PROSECUTION'] });
 */
export async function writeReferralLetterDocx(input: ReferralLetter): Promise<Uint8Array> {
  const d = referralLetterSchema.parse(input);
  const body = d.bodyName ?? referralTo(d.target).vi;
  return packAdministrativeDocx({
    frame: d,
    symbol: 'GGT-UBND',
    kind: 'GIẤY GIỚI THIỆU',
    subject: 'Về việc hướng dẫn giải quyết vụ, việc không thuộc phạm vi hòa giải ở cơ sở',
    title: `Giấy giới thiệu — vụ việc ${d.trackingCode}`,
    body: [
      paragraph(`Kính gửi: ${body}.`, { size: 14 }, { before: 120, after: 240 }),
      paragraph(
        `${d.issuer.name} trân trọng giới thiệu ông/bà ${d.person.fullName}, địa chỉ: ${d.person.address}, ` +
          `đến ${body} để được hướng dẫn, giải quyết vụ, việc (mã tra cứu ${d.trackingCode}).`,
        { size: 14 },
        justified,
      ),
      paragraph('Vụ, việc không thuộc phạm vi hòa giải ở cơ sở vì:', { size: 14 }, justified),
      ...d.reasons.map((code) => paragraph(`- ${errorText('vi', code)}`, { size: 14 }, justified)),
      paragraph(
        `Đề nghị ${body} hướng dẫn, giải quyết theo thẩm quyền (Điều 21 Luật Hòa giải ở cơ sở).` +
          (d.validUntil === null ? '' : ` Giấy giới thiệu có giá trị đến ${d.validUntil}.`),
        { size: 14 },
        justified,
      ),
    ],
  });
}
