/**
 * The remuneration claim of a period as a Word document in the Decree 30/2020/NĐ-CP layout, for the commune to
 * confirm and pay through the teams (domain reference §2.2: the dossier lists the cases; the commune pays within 05
 * working days): the paid cases with their mediators and amounts, the sums per team, the total. Amounts decided by
 * @hgcs/domain's `buildRemunerationClaim` (Decree 15/2014 Art. 13–14; Circular 56/2023 Art. 3.17.a).
 */
import { buildRemunerationClaim } from '@hgcs/domain';
import { AlignmentType } from 'docx';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { gridTable, packAdministrativeDocx } from './docx-frame.ts';
import { formatShortDate } from './format.ts';
import {
  formatVnd,
  remunerationClaimDocumentSchema,
  type RemunerationClaimDocument,
} from './remuneration-claim-export.ts';

const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };

/**
 * Writes the claim as .docx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeRemunerationClaimDocx({ issuer, documentNumber: null, …, period, cases });
 */
export async function writeRemunerationClaimDocx(input: RemunerationClaimDocument): Promise<Uint8Array> {
  const d = remunerationClaimDocumentSchema.parse(input);
  const claim = buildRemunerationClaim(d.cases, d.provinceRates, d.period, d.basis);
  const teamName = new Map(d.cases.map((c) => [c.teamId, c.teamName]));
  const span = `từ ngày ${formatShortDate(claim.from)} đến ngày ${formatShortDate(claim.to)}`;
  return packAdministrativeDocx({
    frame: d,
    symbol: 'DS-UBND',
    kind: 'DANH SÁCH',
    subject: `Đề nghị thanh toán thù lao cho hòa giải viên ${span}`,
    title: `Danh sách đề nghị thanh toán thù lao hòa giải viên ${span}`,
    body: [
      paragraph(
        `Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ và Thông tư số 56/2023/TT-BTC ngày 18 tháng 8 năm 2023 của Bộ Tài chính, ` +
          `các vụ, việc hòa giải đã kết thúc ${span} trên địa bàn ${d.communeName} đủ điều kiện hưởng thù lao như sau:`,
        { size: 14 },
        justified,
      ),
      gridTable(
        [
          { title: 'STT', width: 600 },
          { title: 'Mã vụ việc', width: 1500 },
          { title: 'Tổ hòa giải', width: 1900, align: 'left' },
          { title: 'Ngày kết thúc', width: 1200 },
          { title: 'Kết quả', width: 1100 },
          { title: 'Hòa giải viên, số tiền (đồng)', width: 2050, align: 'left' },
          { title: 'Thành tiền (đồng)', width: 1100 },
        ],
        [
          ...claim.lines.map((l, i) => [
            String(i + 1),
            l.trackingCode,
            teamName.get(l.teamId) ?? l.teamId,
            formatShortDate(l.endedOn),
            l.successful ? 'Thành' : 'Không thành',
            l.shares.map((s) => `${s.fullName}: ${formatVnd(s.amountVnd)}`).join('\n'),
            formatVnd(l.totalVnd),
          ]),
          ['', '', 'Tổng cộng', '', '', '', formatVnd(claim.totalVnd)],
        ],
      ),
      paragraph('Tổng hợp theo tổ hòa giải:', { size: 14, bold: true }, { ...justified, before: 240, keepNext: true }),
      gridTable(
        [
          { title: 'STT', width: 600 },
          { title: 'Tổ hòa giải', width: 4655, align: 'left' },
          { title: 'Số vụ, việc', width: 1600 },
          { title: 'Số tiền (đồng)', width: 2600 },
        ],
        claim.byTeam.map((t, i) => [String(i + 1), t.teamName, String(t.cases), formatVnd(t.totalVnd)]),
      ),
      paragraph(
        `Tổng số tiền đề nghị thanh toán: ${formatVnd(claim.totalVnd)} đồng (${claim.lines.length} vụ, việc).` +
          (claim.excluded.length === 0
            ? ''
            : ` Có ${claim.excluded.length} vụ, việc không đưa vào đề nghị (đã thanh toán, không đủ điều kiện hoặc ngoài kỳ).`),
        { size: 14 },
        { ...justified, before: 240 },
      ),
    ],
  });
}
