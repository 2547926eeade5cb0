/**
 * The written successful-mediation record (văn bản hòa giải thành) as a Word document — Law 35/2013 Art. 24.2: (a) the
 * basis, (b) the parties, (c) the matter, (d) the course of the mediation, (đ) the agreement and how it is carried out,
 * (e) rights and obligations, (g) how and by when, (h) a place for each party's signature or fingerprint and each
 * mediator's signature (R-CASE-3). Printed to be signed, so (h) is the only content that may still be missing; any
 * other gap refuses the print (`CASE.WRITTEN_AGREEMENT_INCOMPLETE`). It also tells the parties the last day to ask a court
 * to recognise it (Civil Procedure Code 2015 Art. 418.1, R-COURT-1). Pure: data in, bytes out.
 */
import {
  checkWrittenAgreement,
  courtRecognitionWindow,
  DomainError,
  isoDateSchema,
  writtenAgreementSchema,
} from '@hgcs/domain';
import { AlignmentType } from 'docx';
import { z } from 'zod';
import { mm, paragraph, sideBySide, textWidth, type Layout } from './docx-blocks.ts';
import { nationalHeading, packPlainDocx } from './docx-plain.ts';
import { printable } from './document-frame.ts';
import { formatPlaceAndDate, formatShortDate } from './format.ts';

export const writtenAgreementDocumentSchema = z
  .object({
    place: printable(100),
    /** The day the parties reached the agreement (it starts the court's 6-month window). */
    agreedOn: isoDateSchema,
    teamName: printable(200),
    villageName: printable(120),
    /** Birth years for (b), by party id, where known. */
    partyBirthYears: z.record(z.string(), z.number().int().min(1900).max(2100)).default({}),
    mediators: z.array(z.object({ mediatorId: z.string().min(1), fullName: printable(160) }).strict()).min(1),
    agreement: writtenAgreementSchema,
  })
  .strict();
export type WrittenAgreementDocument = z.input<typeof writtenAgreementDocumentSchema>;

const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };
const heading = (text: string) =>
  paragraph(text, { size: 14, bold: true }, { ...justified, firstLine: 0, keepNext: true });
const lines = (text: string) => text.split(/\n+/).map((l) => paragraph(l.trim(), { size: 14 }, justified));

/**
 * Writes the record as .docx bytes; a `ZodError` on malformed input, `CASE.WRITTEN_AGREEMENT_INCOMPLETE` when a content
 * other than the signatures is missing.
 * @example const bytes = await writeWrittenAgreementDocx({ place: 'Pờ Tó', agreedOn: '2026-03-10', …, agreement });
 */
export async function writeWrittenAgreementDocx(input: WrittenAgreementDocument): Promise<Uint8Array> {
  const d = writtenAgreementDocumentSchema.parse(input);
  const a = d.agreement;
  const missing = checkWrittenAgreement(a).filter((i) => i.code !== 'AGREEMENT.MISSING_SIGNATURE');
  if (missing.length > 0) throw new DomainError('CASE.WRITTEN_AGREEMENT_INCOMPLETE', { count: missing.length });
  const names = new Map(d.mediators.map((m) => [m.mediatorId, m.fullName]));
  const window = courtRecognitionWindow(d.agreedOn, d.agreedOn);
  const signatureBlock = (title: string, people: string[]) => [
    paragraph(title, { size: 14, bold: true }),
    paragraph(title.startsWith('CÁC BÊN') ? '(Ký hoặc điểm chỉ, ghi rõ họ tên)' : '(Ký, ghi rõ họ tên)', {
      size: 13,
      italics: true,
    }),
    ...people.map((p) => paragraph(p, { size: 14, bold: true }, { before: mm(22) })),
  ];
  return packPlainDocx({
    title: `Văn bản hòa giải thành — ${d.teamName}`,
    creator: d.teamName,
    body: [
      ...nationalHeading(),
      paragraph(
        formatPlaceAndDate(d.place, d.agreedOn),
        { size: 14, italics: true },
        { align: AlignmentType.RIGHT, after: 240 },
      ),
      paragraph('VĂN BẢN HÒA GIẢI THÀNH', { size: 15, bold: true }, { after: 240 }),
      paragraph(
        `Hôm nay, tại ${d.place}, ${d.teamName} (${d.villageName}) đã tiến hành hòa giải vụ, việc sau:`,
        { size: 14 },
        justified,
      ),
      heading('1. Căn cứ tiến hành hòa giải'),
      ...lines(a.basis),
      heading('2. Thông tin cơ bản về các bên'),
      ...a.parties.map((p, i) => {
        const born = d.partyBirthYears[p.partyId];
        return paragraph(
          `Bên thứ ${i + 1}: ${p.fullName}${born === undefined ? '' : `, sinh năm ${born}`}; địa chỉ: ${p.address}.`,
          { size: 14 },
          justified,
        );
      }),
      paragraph(
        `Hòa giải viên: ${a.mediatorIds.map((id) => names.get(id) ?? id).join(', ')}.`,
        { size: 14 },
        justified,
      ),
      heading('3. Nội dung chủ yếu của vụ, việc'),
      ...lines(a.matterSummary),
      heading('4. Diễn biến của quá trình hòa giải'),
      ...lines(a.mediationCourse),
      heading('5. Thỏa thuận đạt được và giải pháp thực hiện'),
      ...lines(a.agreementAndMeasures),
      heading('6. Quyền và nghĩa vụ của các bên'),
      ...lines(a.rightsAndObligations),
      heading('7. Phương thức, thời hạn thực hiện thỏa thuận'),
      ...lines(a.performanceMethodAndTime),
      paragraph(
        `Các bên có trách nhiệm thực hiện thỏa thuận (Điều 25 Luật Hòa giải ở cơ sở). Một hoặc cả hai bên có quyền yêu cầu Tòa án công nhận kết quả hòa giải thành ngoài Tòa án trong thời hạn 06 tháng kể từ ngày đạt được thỏa thuận (Điều 418 Bộ luật Tố tụng dân sự), tức là đến hết ngày ${formatShortDate(window.deadline)}${window.provisional ? ' (dự kiến theo lịch nghỉ lễ chưa công bố)' : ''}.`,
        { size: 14, italics: true },
        justified,
      ),
      paragraph(
        `Văn bản được lập thành ${a.parties.length + 1} bản; mỗi bên giữ 01 bản, tổ hòa giải lưu 01 bản.`,
        { size: 14 },
        justified,
      ),
      sideBySide(
        [Math.floor(textWidth / 2), textWidth - Math.floor(textWidth / 2)],
        [
          [
            signatureBlock(
              'CÁC BÊN',
              a.parties.map((p) => p.fullName),
            ),
            signatureBlock(
              'HÒA GIẢI VIÊN',
              a.mediatorIds.map((id) => names.get(id) ?? id),
            ),
          ],
        ],
      ),
    ],
  });
}
