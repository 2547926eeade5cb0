/**
 * The team's logbook as a workbook (issue 11 point 8): 'Sổ hòa giải' with the form's ten columns (domain reference
 * §1.11), 'Tổng hợp' with the team leader's summary per mediator and the year's totals the commune's statistics use
 * (received, successful, unsuccessful, in progress, not yet handled, out of scope; by category). Pure: data in, bytes out.
 */
import { buildLogbook } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { toUtcDate } from './format.ts';
import {
  categoryOrder,
  categoryShortNames,
  logbookCells,
  logbookExportSchema,
  type LogbookExport,
} from './logbook-export.ts';
import { addSheet, type Cell } from './xlsx-blocks.ts';

/**
 * Writes the logbook as .xlsx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeLogbookXlsx({ provinceName: 'Gia Lai', …, year: 2026, cases });
 */
export async function writeLogbookXlsx(input: LogbookExport): Promise<Uint8Array> {
  const e = logbookExportSchema.parse(input);
  const book = buildLogbook({ year: e.year, cases: e.cases });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = e.teamName;
  workbook.created = workbook.modified = toUtcDate(e.closedOn ?? `${e.year}-12-31`);
  const where = `${e.teamName}, ${e.villageName}, ${e.communeName}, tỉnh ${e.provinceName}`;
  addSheet(
    workbook,
    'Sổ hòa giải',
    `Sổ theo dõi hoạt động hòa giải ở cơ sở năm ${e.year} — ${where}`,
    [
      { header: 'STT (1)', width: 6 },
      { header: 'Ngày tiếp nhận (2)', width: 12, numFmt: 'dd/mm/yyyy' },
      { header: 'Hòa giải viên, người được mời (3)', width: 26 },
      { header: 'Các bên, người có liên quan: họ tên, tuổi, địa chỉ (4)', width: 34 },
      { header: 'Nội dung chủ yếu (5)', width: 36 },
      { header: 'Thỏa thuận / yêu cầu của các bên (6)', width: 34 },
      { header: 'Thành (7)', width: 8 },
      { header: 'Không thành (8)', width: 10 },
      { header: 'Chữ ký (9)', width: 12 },
      { header: 'Ghi chú (10)', width: 30 },
    ],
    book.rows.map((r): Cell[] => [
      r.number,
      toUtcDate(r.receivedOn),
      logbookCells.mediators(r),
      logbookCells.parties(r),
      r.summary,
      r.agreementOrDemands || null,
      r.result === 'successful' ? 'x' : null,
      r.result === 'unsuccessful' ? 'x' : null,
      null,
      logbookCells.notes(r) || null,
    ]),
  );
  const t = book.totals;
  const summary = addSheet(
    workbook,
    'Tổng hợp',
    `Tổng hợp năm ${e.year} — ${where}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Hòa giải viên', width: 26 },
      ...categoryOrder.map((c) => ({ header: categoryShortNames[c], width: 12 })),
      { header: 'Thành', width: 9 },
      { header: 'Không thành', width: 10 },
      { header: 'Đang hòa giải', width: 10 },
    ],
    book.byMediator.map((m, i): Cell[] => [
      i + 1,
      m.fullName,
      ...categoryOrder.map((c) => m.byCategory[c] ?? 0),
      m.successful,
      m.unsuccessful,
      m.ongoing,
    ]),
  );
  summary.addRow([]);
  for (const [label, value] of [
    ['Tổng số vụ, việc tiếp nhận', t.received],
    ['Hòa giải thành', t.successful],
    ['Hòa giải không thành', t.unsuccessful],
    ['  trong đó: các bên yêu cầu chấm dứt', t.stoppedByParty],
    ['Đang hòa giải', t.inProgress],
    ['Chưa giải quyết', t.notYetHandled],
    ['Không thuộc phạm vi hòa giải', t.outOfScope],
    ...categoryOrder.map((c) => [`Vụ, việc ${categoryShortNames[c].toLowerCase()}`, t.byCategory[c]] as const),
  ] as const)
    summary.addRow([null, label, value]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
