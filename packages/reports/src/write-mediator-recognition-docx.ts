/**
 * The chairman's decision recognising elected mediators (Quyết định công nhận hòa giải viên) — Law 35/2013 Art. 8.4,
 * TTHC "Thủ tục công nhận hòa giải viên" — in the Decree 30/2020/NĐ-CP layout, with the elected names. Pure: data
 * in, bytes out; the number and date stay blank until the chairman records them.
 */
import { z } from 'zod';
import { textWidth } from './docx-blocks.ts';
import { gridTable, packAdministrativeDocx } from './docx-frame.ts';
import { decisionBody } from './docx-decision.ts';
import {
  decisionFrame,
  decisionPersonSchema,
  decisionShape,
  executionArticle,
  honorific,
  mediationLegalBases,
} from './decision-frame.ts';
import { formatShortDate } from './format.ts';

export const mediatorRecognitionSchema = z
  .object({
    ...decisionShape,
    /** The elected, in the order of the Front head's list (most votes first, Art. 8.3.b). */
    mediators: z.array(decisionPersonSchema).min(1),
  })
  .strict();
export type MediatorRecognition = z.input<typeof mediatorRecognitionSchema>;

/**
 * Writes the recognition decision as .docx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writeMediatorRecognitionDocx(decision); // 'quyet-dinh-cong-nhan-hoa-giai-vien.docx'
 */
export async function writeMediatorRecognitionDocx(input: MediatorRecognition): Promise<Uint8Array> {
  const d = mediatorRecognitionSchema.parse(input);
  const [only] = d.mediators;
  const withEthnicity = d.mediators.some((m) => m.ethnicity !== null);
  const article1 =
    d.mediators.length === 1 && only
      ? {
          text: `Công nhận ${honorific(only.sex)} ${only.fullName}, sinh năm ${only.birthYear}${only.ethnicity === null ? '' : `, dân tộc ${only.ethnicity}`}, là hòa giải viên của ${d.team}, ${d.village}.`,
        }
      : {
          text: `Công nhận các ông, bà có tên sau đây là hòa giải viên của ${d.team}, ${d.village}:`,
          after: [
            gridTable(
              [
                { title: 'STT', width: 700 },
                { title: 'Họ và tên', width: textWidth - 3400 - (withEthnicity ? 1300 : 0), align: 'left' },
                { title: 'Năm sinh', width: 1400 },
                { title: 'Giới tính', width: 1300 },
                ...(withEthnicity ? [{ title: 'Dân tộc', width: 1300 }] : []),
              ],
              d.mediators.map((m, i) => [
                String(i + 1),
                m.fullName,
                String(m.birthYear),
                m.sex === 'female' ? 'Nữ' : 'Nam',
                ...(withEthnicity ? [m.ethnicity ?? ''] : []),
              ]),
            ),
          ],
        };
  const named =
    d.mediators.length === 1 && only ? `${honorific(only.sex)} ${only.fullName}` : 'các ông, bà có tên tại Điều 1';
  return packAdministrativeDocx({
    frame: decisionFrame(d),
    symbol: 'QĐ-UBND',
    kind: 'QUYẾT ĐỊNH',
    subject: 'Về việc công nhận hòa giải viên',
    title: `Quyết định công nhận hòa giải viên ${d.team}`,
    body: decisionBody(
      `Chủ tịch ${d.issuer.name}`,
      [
        ...mediationLegalBases,
        `Xét đề nghị của ${d.proposal.by} tại Danh sách người được đề nghị công nhận là hòa giải viên${d.proposal.date === null ? '' : ` ngày ${formatShortDate(d.proposal.date)}`}.`,
      ],
      [
        article1,
        {
          text: 'Hòa giải viên có các quyền và nghĩa vụ quy định tại Điều 9 và Điều 10 Luật Hòa giải ở cơ sở. Quyết định này có hiệu lực kể từ ngày ký.',
        },
        { text: executionArticle(d, named) },
      ],
    ),
  });
}
