/**
 * The request to recognise a successful out-of-court mediation (đơn yêu cầu công nhận kết quả hòa giải thành ngoài Tòa án)
 * as a Word document, made from the case — Civil Procedure Code 2015 Art. 416–419: the court of the requester's place
 * (Art. 39.2.s), the contents of Art. 362.2 (date, court, requester, what is asked and why, related persons,
 * attachments), the mediator and the mediating team, the agreement to recognise, the written record attached (Art.
 * 418.2). Refused past the 6-month limit (Art. 418.1, R-COURT-1: `COURT.DEADLINE_PASSED`). Pure: data in, bytes out.
 */
import { courtRecognitionWindow, DomainError, isoDateSchema } from '@hgcs/domain';
import { AlignmentType } from 'docx';
import { z } from 'zod';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { nationalHeading, packPlainDocx } from './docx-plain.ts';
import { printable } from './document-frame.ts';
import { formatPlaceAndDate, formatShortDate } from './format.ts';

const person = z
  .object({
    fullName: printable(160),
    birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
    address: printable(300),
    phone: printable(20).nullable().default(null),
  })
  .strict();

export const courtRecognitionRequestDocumentSchema = z
  .object({
    place: printable(100),
    /** The day of the request; null leaves it for the pen. */
    date: isoDateSchema.nullable(),
    court: printable(200).default('Tòa án nhân dân khu vực 12 – Gia Lai'),
    requesters: z.array(person).min(1),
    otherParties: z.array(person).default([]),
    teamName: printable(200),
    teamAddress: printable(300),
    mediators: z.array(printable(160)).min(1),
    agreedOn: isoDateSchema,
    /** The agreement to be recognised, as the written record states it. */
    agreement: printable(20_000),
    attachments: z.array(printable(300)).default([]),
  })
  .strict();
export type CourtRecognitionRequestDocument = z.input<typeof courtRecognitionRequestDocumentSchema>;

const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };
const text = (t: string) => paragraph(t, { size: 14 }, justified);
const who = (p: z.output<typeof person>) =>
  `${p.fullName}${p.birthYear === null ? '' : `, sinh năm ${p.birthYear}`}; địa chỉ: ${p.address}${p.phone === null ? '' : `; điện thoại: ${p.phone}`}.`;

/**
 * Writes the request as .docx bytes; a `ZodError` on malformed input, `COURT.DEADLINE_PASSED` after the 6-month limit.
 * @example const bytes = await writeCourtRecognitionRequestDocx({ place: 'Pờ Tó', date: '2026-04-01', requesters, … });
 */
export async function writeCourtRecognitionRequestDocx(input: CourtRecognitionRequestDocument): Promise<Uint8Array> {
  const d = courtRecognitionRequestDocumentSchema.parse(input);
  const window = courtRecognitionWindow(d.agreedOn, d.date ?? d.agreedOn);
  if (!window.open) throw new DomainError('COURT.DEADLINE_PASSED', { deadline: window.deadline });
  const attachments = [`Văn bản hòa giải thành ngày ${formatShortDate(d.agreedOn)}`, ...d.attachments];
  return packPlainDocx({
    title: 'Đơn yêu cầu công nhận kết quả hòa giải thành ngoài Tòa án',
    creator: d.requesters[0]!.fullName,
    body: [
      ...nationalHeading(),
      paragraph(
        formatPlaceAndDate(d.place, d.date),
        { size: 14, italics: true },
        { align: AlignmentType.RIGHT, after: 240 },
      ),
      paragraph('ĐƠN YÊU CẦU', { size: 15, bold: true }),
      paragraph('Công nhận kết quả hòa giải thành ngoài Tòa án', { size: 14, bold: true }, { after: 240 }),
      paragraph(`Kính gửi: ${d.court}`, { size: 14, bold: true }, { after: 240 }),
      text('Người yêu cầu:'),
      ...d.requesters.map((p) => text(`- ${who(p)}`)),
      ...(d.otherParties.length === 0
        ? []
        : [text('Người có quyền lợi, nghĩa vụ liên quan:'), ...d.otherParties.map((p) => text(`- ${who(p)}`))]),
      text(
        `Tôi (chúng tôi) đề nghị Tòa án công nhận kết quả hòa giải thành ngoài Tòa án ngày ${formatShortDate(d.agreedOn)} do ${d.teamName} ` +
          `(địa chỉ: ${d.teamAddress}) tiến hành theo Luật Hòa giải ở cơ sở, hòa giải viên: ${d.mediators.join(', ')}.`,
      ),
      text('Nội dung thỏa thuận đề nghị công nhận:'),
      ...d.agreement.split(/\n+/).map((l) => text(l.trim())),
      text(
        'Lý do: các bên có đầy đủ năng lực hành vi dân sự, là người có quyền, nghĩa vụ đối với nội dung thỏa thuận; thỏa thuận hoàn toàn tự nguyện, ' +
          'không vi phạm điều cấm của luật, không trái đạo đức xã hội (Điều 417 Bộ luật Tố tụng dân sự). ' +
          `Đơn được nộp trong thời hạn 06 tháng kể từ ngày đạt được thỏa thuận (đến hết ngày ${formatShortDate(window.deadline)}, Điều 418).`,
      ),
      text('Tài liệu kèm theo:'),
      ...attachments.map((a, i) => text(`${i + 1}. ${a}`)),
      paragraph('NGƯỜI YÊU CẦU', { size: 14, bold: true }, { align: AlignmentType.RIGHT, before: 240 }),
      paragraph(
        '(Ký hoặc điểm chỉ, ghi rõ họ tên)',
        { size: 13, italics: true },
        { align: AlignmentType.RIGHT, after: mm(22) },
      ),
      ...d.requesters.map((p) => paragraph(p.fullName, { size: 14, bold: true }, { align: AlignmentType.RIGHT })),
    ],
  });
}
