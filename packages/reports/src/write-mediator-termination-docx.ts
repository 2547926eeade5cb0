/**
 * The chairman's decision ending a mediator's service (Quyết định thôi làm hòa giải viên) — Law 35/2013 Art. 11,
 * TTHC "Thủ tục thôi làm hòa giải viên" — in the Decree 30/2020/NĐ-CP layout, citing the ground of Art. 11.1.
 */
import { mediatorStandardSchema, terminationGroundSchema, terminationReasonText } from '@hgcs/domain';
import { z } from 'zod';
import { packAdministrativeDocx } from './docx-frame.ts';
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

export const mediatorTerminationSchema = z
  .object({
    ...decisionShape,
    mediator: decisionPersonSchema,
    /** Art. 11.1 (a), (b) or (c); for (b) the Art. 7 standard no longer met. */
    ground: terminationGroundSchema,
    lostStandard: mediatorStandardSchema.nullable().default(null),
  })
  .strict()
  .refine((d) => (d.ground === 'lost_standard') === (d.lostStandard !== null), {
    path: ['lostStandard'],
    message: 'Chỉ ghi tiêu chuẩn không còn đáp ứng khi căn cứ là (b)',
  });
export type MediatorTermination = z.input<typeof mediatorTerminationSchema>;

/**
 * Writes the termination decision as .docx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeMediatorTerminationDocx(decision);
 */
export async function writeMediatorTerminationDocx(input: MediatorTermination): Promise<Uint8Array> {
  const d = mediatorTerminationSchema.parse(input);
  const person = `${honorific(d.mediator.sex)} ${d.mediator.fullName}`;
  return packAdministrativeDocx({
    frame: decisionFrame(d),
    symbol: 'QĐ-UBND',
    kind: 'QUYẾT ĐỊNH',
    subject: 'Về việc thôi làm hòa giải viên',
    title: `Quyết định thôi làm hòa giải viên ${d.team}`,
    body: decisionBody(
      `Chủ tịch ${d.issuer.name}`,
      [
        ...mediationLegalBases,
        `Xét đề nghị của ${d.proposal.by}${d.proposal.date === null ? '' : ` ngày ${formatShortDate(d.proposal.date)}`}.`,
      ],
      [
        {
          text: `Cho ${person}, sinh năm ${d.mediator.birthYear}, hòa giải viên của ${d.team}, ${d.village}, thôi làm hòa giải viên. Lý do: ${terminationReasonText(d.ground, d.lostStandard)}.`,
        },
        { text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
        { text: executionArticle(d, `${d.team} và ${person}`) },
      ],
    ),
  });
}
