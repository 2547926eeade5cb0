/**
 * The chairman's decision recognising an elected team leader (Quyết định công nhận tổ trưởng tổ hòa giải) — Law
 * 35/2013 Art. 14.2, TTHC "Thủ tục công nhận tổ trưởng tổ hòa giải" — in the Decree 30/2020/NĐ-CP layout.
 */
import { isoDateSchema } from '@hgcs/domain';
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

export const teamLeaderRecognitionSchema = z
  .object({
    ...decisionShape,
    leader: decisionPersonSchema,
    /** The day the team's mediators elected the leader (form 04 or 05). */
    electedOn: isoDateSchema,
  })
  .strict();
export type TeamLeaderRecognition = z.input<typeof teamLeaderRecognitionSchema>;

/**
 * Writes the team-leader recognition decision as .docx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeTeamLeaderRecognitionDocx(decision);
 */
export async function writeTeamLeaderRecognitionDocx(input: TeamLeaderRecognition): Promise<Uint8Array> {
  const d = teamLeaderRecognitionSchema.parse(input);
  const person = `${honorific(d.leader.sex)} ${d.leader.fullName}`;
  return packAdministrativeDocx({
    frame: decisionFrame(d),
    symbol: 'QĐ-UBND',
    kind: 'QUYẾT ĐỊNH',
    subject: 'Về việc công nhận tổ trưởng tổ hòa giải',
    title: `Quyết định công nhận tổ trưởng ${d.team}`,
    body: decisionBody(
      `Chủ tịch ${d.issuer.name}`,
      [
        ...mediationLegalBases,
        `Xét kết quả bầu tổ trưởng tổ hòa giải ngày ${formatShortDate(d.electedOn)} và đề nghị của ${d.proposal.by}${d.proposal.date === null ? '' : ` ngày ${formatShortDate(d.proposal.date)}`}.`,
      ],
      [
        {
          text: `Công nhận ${person}, sinh năm ${d.leader.birthYear}${d.leader.ethnicity === null ? '' : `, dân tộc ${d.leader.ethnicity}`}, hòa giải viên, là Tổ trưởng ${d.team}, ${d.village}.`,
        },
        {
          text: 'Tổ trưởng tổ hòa giải có các quyền và nghĩa vụ quy định tại Điều 15 Luật Hòa giải ở cơ sở. Quyết định này có hiệu lực kể từ ngày ký.',
        },
        { text: executionArticle(d, `${d.team} và ${person}`) },
      ],
    ),
  });
}
