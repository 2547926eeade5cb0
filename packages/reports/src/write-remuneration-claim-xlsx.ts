/**
 * The remuneration claim of a period as a workbook (issue 11 point 9): 'Theo vụ việc' one row per paid case with its
 * mediators' shares, 'Theo hòa giải viên' and 'Theo tổ' the sums the team pays out and the commune confirms, and
 * 'Không đề nghị' the cases left out with why (already paid, listed twice, out of scope, not ended, outside the period).
 * Amounts decided by @hgcs/domain's `buildRemunerationClaim`. Pure: data in, bytes out.
 */
import { buildRemunerationClaim } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import ExcelJS from 'exceljs';
import { formatShortDate, toUtcDate } from './format.ts';
import { remunerationClaimExportSchema, type RemunerationClaimExport } from './remuneration-claim-export.ts';
import { addSheet, type Cell } from './xlsx-blocks.ts';

export const exclusionReasons = {
  already_paid: 'Đã thanh toán ở đợt trước',
  duplicate: 'Trùng vụ việc trong danh sách',
  outside_period: 'Kết thúc ngoài kỳ đề nghị',
  not_payable: 'Không đủ điều kiện hưởng thù lao',
} as const;

const money = '#,##0';

/**
 * Writes the claim as .xlsx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeRemunerationClaimXlsx({ communeName: 'xã Pờ Tó', period, cases });
 */
export async function writeRemunerationClaimXlsx(input: RemunerationClaimExport): Promise<Uint8Array> {
  const e = remunerationClaimExportSchema.parse(input);
  const claim = buildRemunerationClaim(e.cases, e.provinceRates, e.period, e.basis);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = e.communeName;
  workbook.created = workbook.modified = toUtcDate(claim.to);
  const span = `từ ${formatShortDate(claim.from)} đến ${formatShortDate(claim.to)}`;
  const teamName = new Map(e.cases.map((c) => [c.teamId, c.teamName]));
  addSheet(
    workbook,
    'Theo vụ việc',
    `Danh sách vụ, việc đề nghị thanh toán thù lao hòa giải viên ${span} — ${e.communeName}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Mã vụ việc', width: 15 },
      { header: 'Tổ hòa giải', width: 28 },
      { header: 'Ngày kết thúc', width: 12, numFmt: 'dd/mm/yyyy' },
      { header: 'Kết quả', width: 14 },
      { header: 'Mức chi (đồng)', width: 14, numFmt: money },
      { header: 'Hòa giải viên được hưởng', width: 40 },
      { header: 'Thành tiền (đồng)', width: 14, numFmt: money },
      { header: 'Căn cứ mức chi', width: 34 },
    ],
    [
      ...claim.lines.map((l, i): Cell[] => [
        i + 1,
        l.trackingCode,
        teamName.get(l.teamId) ?? l.teamId,
        toUtcDate(l.endedOn),
        l.successful ? 'Hòa giải thành' : 'Không thành',
        l.rateVnd,
        l.shares.map((s) => `${s.fullName}: ${s.amountVnd.toLocaleString('vi-VN')}`).join('\n'),
        l.totalVnd,
        l.capReference,
      ]),
      [null, null, 'Tổng cộng', null, null, null, null, claim.totalVnd, null],
    ],
  );
  addSheet(
    workbook,
    'Theo hòa giải viên',
    `Thù lao theo hòa giải viên ${span}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Hòa giải viên', width: 28 },
      { header: 'Tổ hòa giải', width: 28 },
      { header: 'Số vụ, việc', width: 10 },
      { header: 'Số tiền (đồng)', width: 14, numFmt: money },
      { header: 'Ký nhận', width: 14 },
    ],
    claim.byMediator.map((m, i): Cell[] => [
      i + 1,
      m.fullName,
      teamName.get(m.teamId) ?? m.teamId,
      m.cases,
      m.amountVnd,
      null,
    ]),
  );
  addSheet(
    workbook,
    'Theo tổ',
    `Thù lao theo tổ hòa giải ${span}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Tổ hòa giải', width: 32 },
      { header: 'Số vụ, việc', width: 10 },
      { header: 'Số tiền (đồng)', width: 14, numFmt: money },
    ],
    [
      ...claim.byTeam.map((t, i): Cell[] => [i + 1, t.teamName, t.cases, t.totalVnd]),
      [null, 'Tổng cộng', claim.lines.length, claim.totalVnd],
    ],
  );
  addSheet(
    workbook,
    'Không đề nghị',
    `Vụ, việc không đưa vào đề nghị ${span}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Mã vụ việc', width: 15 },
      { header: 'Lý do', width: 30 },
      { header: 'Chi tiết', width: 60 },
    ],
    claim.excluded.map((x, i): Cell[] => [
      i + 1,
      x.trackingCode,
      exclusionReasons[x.reason],
      x.issues.map((is) => errorText('vi', is.code, is.params)).join('\n') || null,
    ]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
