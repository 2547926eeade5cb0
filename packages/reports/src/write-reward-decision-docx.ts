/**
 * The draft of a reward (issue 13, point 5) in the Decree 30/2020/NĐ-CP layout: when the commune chairman decides the
 * form (Law on Emulation and Commendation 2022 Art. 80.3) a decision (QĐ-UBND) awarding it; when it is decided above
 * the commune (Art. 83.1) a submission (Tờ trình, TTr-UBND) proposing it. Either lists the evidence drawn from the
 * product: cases mediated successfully, training attended, contest results.
 */
import { isoDateSchema } from '@hgcs/domain';
import { z } from 'zod';
import { decisionBody } from './docx-decision.ts';
import { packAdministrativeDocx } from './docx-frame.ts';
import { decisionFrame, decisionShape } from './decision-frame.ts';
import { printable } from './document-frame.ts';
import { formatShortDate } from './format.ts';
import { paragraph } from './docx-blocks.ts';
import { AlignmentType } from 'docx';

export const rewardDecisionSchema = z
  .object({
    ...decisionShape,
    action: z.enum(['decide', 'propose_upward']),
    /** The form's name ('Giấy khen của Chủ tịch UBND xã'). */
    formName: printable(200),
    /** Who receives it as printed ('ông Rơ Mah Hyun, hòa giải viên Tổ hòa giải làng Một' or the team's name). */
    recipient: printable(400),
    period: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    achievements: printable(2000),
    evidence: z
      .object({
        cases: z.array(printable(300)).max(200),
        training: z.array(printable(300)).max(200),
        contests: z.array(printable(300)).max(200),
      })
      .strict(),
  })
  .strict();
export type RewardDecision = z.input<typeof rewardDecisionSchema>;

const line = (text: string) => paragraph(text, { size: 14 }, { align: AlignmentType.LEFT, after: 60 });

/**
 * Writes the draft reward decision (or submission) as .docx bytes.
 * @example const bytes = await writeRewardDecisionDocx(draft);
 */
export async function writeRewardDecisionDocx(input: RewardDecision): Promise<Uint8Array> {
  const d = rewardDecisionSchema.parse(input);
  const period = `từ ngày ${formatShortDate(d.period.from)} đến ngày ${formatShortDate(d.period.to)}`;
  const evidence = [
    ...(d.evidence.cases.length
      ? [line(`Vụ việc hòa giải thành (${d.evidence.cases.length}):`), ...d.evidence.cases.map((c) => line(`- ${c}`))]
      : []),
    ...(d.evidence.training.length
      ? [line('Tham gia tập huấn, bồi dưỡng:'), ...d.evidence.training.map((c) => line(`- ${c}`))]
      : []),
    ...(d.evidence.contests.length
      ? [line('Tham gia hội thi hòa giải viên giỏi:'), ...d.evidence.contests.map((c) => line(`- ${c}`))]
      : []),
  ];
  const bases = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;',
    `Xét đề nghị của ${d.proposal.by}${d.proposal.date === null ? '' : ` ngày ${formatShortDate(d.proposal.date)}`}.`,
  ];
  const frame = decisionFrame(d);
  if (d.action === 'decide')
    return packAdministrativeDocx({
      frame,
      symbol: 'QĐ-UBND',
      kind: 'QUYẾT ĐỊNH',
      subject: `Về việc tặng ${d.formName}`,
      title: `Quyết định khen thưởng (dự thảo)`,
      body: decisionBody(`Chủ tịch ${d.issuer.name}`, bases, [
        {
          text: `Tặng ${d.formName} cho ${d.recipient}, đã có thành tích trong công tác hòa giải ở cơ sở ${period}: ${d.achievements}`,
          after: evidence,
        },
        { text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
        {
          text: `${d.executingOffice}, Trưởng ban công tác Mặt trận ${d.village}, Trưởng ${d.village} và ${d.recipient} chịu trách nhiệm thi hành Quyết định này./.`,
        },
      ]),
    });
  return packAdministrativeDocx({
    frame: { ...frame, recipients: ['Cấp có thẩm quyền khen thưởng', ...frame.recipients.slice(1)] },
    symbol: 'TTr-UBND',
    kind: 'TỜ TRÌNH',
    subject: `Về việc đề nghị tặng ${d.formName}`,
    title: 'Tờ trình đề nghị khen thưởng (dự thảo)',
    body: [
      ...bases.map((b) => paragraph(b, { size: 14, italics: true }, { align: AlignmentType.JUSTIFIED, after: 120 })),
      paragraph(
        `${d.issuer.name} đề nghị xét tặng ${d.formName} cho ${d.recipient}, đã có thành tích trong công tác hòa giải ở cơ sở ${period}: ${d.achievements}`,
        { size: 14 },
        { align: AlignmentType.JUSTIFIED, after: 120 },
      ),
      ...evidence,
    ],
  });
}
