/**
 * The team's logbook (Sổ theo dõi hoạt động hòa giải ở cơ sở) as a Word document: the book's heading, Part I with the
 * form's ten columns (domain reference §1.11, Law 35/2013 Art. 21.4) on A4 landscape, Part II (the team leader's
 * summary per mediator) and the year's totals. Pure: data in, bytes out.
 */
import { buildLogbook } from '@hgcs/domain';
import { AlignmentType } from 'docx';
import { paragraph } from './docx-blocks.ts';
import { gridTable, type GridColumn } from './docx-frame.ts';
import { landscapeTextWidth, nationalHeading, packPlainDocx } from './docx-plain.ts';
import { formatShortDate } from './format.ts';
import {
  categoryOrder,
  categoryShortNames,
  logbookCells,
  logbookExportSchema,
  type LogbookExport,
} from './logbook-export.ts';

const w = (share: number) => Math.floor(landscapeTextWidth * share);
const partOne: GridColumn[] = [
  { title: 'STT\n(1)', width: w(0.04) },
  { title: 'Ngày tiếp nhận\n(2)', width: w(0.08) },
  { title: 'Họ tên hòa giải viên, người được mời\n(3)', width: w(0.12), align: 'left' },
  { title: 'Họ tên, tuổi, địa chỉ của các bên, người có liên quan\n(4)', width: w(0.15), align: 'left' },
  { title: 'Nội dung chủ yếu của vụ, việc\n(5)', width: w(0.15), align: 'left' },
  { title: 'Thỏa thuận của các bên / yêu cầu của mỗi bên\n(6)', width: w(0.15), align: 'left' },
  { title: 'Thành\n(7)', width: w(0.06) },
  { title: 'Không thành\n(8)', width: w(0.06) },
  { title: 'Chữ ký\n(9)', width: w(0.08) },
  { title: 'Ghi chú\n(10)', width: w(0.11), align: 'left' },
];

/**
 * Writes the logbook of a team's year as .docx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeLogbookDocx({ provinceName: 'Gia Lai', …, year: 2026, cases });
 */
export async function writeLogbookDocx(input: LogbookExport): Promise<Uint8Array> {
  const e = logbookExportSchema.parse(input);
  const book = buildLogbook({ year: e.year, cases: e.cases });
  const line = (label: string, value: string | null) =>
    paragraph(`${label}: ${value ?? '…………………'}`, { size: 14 }, { align: AlignmentType.LEFT });
  const t = book.totals;
  return packPlainDocx({
    title: `Sổ theo dõi hoạt động hòa giải ở cơ sở — ${e.teamName} — ${e.year}`,
    creator: e.teamName,
    landscape: true,
    body: [
      ...nationalHeading(landscapeTextWidth),
      paragraph('SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ', { size: 16, bold: true }, { after: 240 }),
      line('Tỉnh', e.provinceName),
      line('Xã', e.communeName),
      line('Thôn/làng', e.villageName),
      line('Tổ hòa giải', e.teamName),
      line('Năm', String(e.year)),
      line('Quyển số', e.volume),
      line('Mở sổ ngày', e.openedOn === null ? null : formatShortDate(e.openedOn)),
      line('Khóa sổ ngày', e.closedOn === null ? null : formatShortDate(e.closedOn)),
      paragraph(
        'PHẦN I. THEO DÕI VỤ, VIỆC HÒA GIẢI',
        { size: 14, bold: true },
        { before: 240, after: 120, keepNext: true },
      ),
      gridTable(
        partOne,
        book.rows.map((r) => [
          String(r.number),
          formatShortDate(r.receivedOn),
          logbookCells.mediators(r),
          logbookCells.parties(r),
          r.summary,
          r.agreementOrDemands,
          r.result === 'successful' ? 'x' : '',
          r.result === 'unsuccessful' ? 'x' : '',
          '',
          logbookCells.notes(r),
        ]),
        landscapeTextWidth,
      ),
      paragraph(
        'PHẦN II. TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI',
        { size: 14, bold: true },
        { before: 240, after: 120, keepNext: true },
      ),
      gridTable(
        [
          { title: 'STT', width: w(0.05) },
          { title: 'Hòa giải viên', width: w(0.2), align: 'left' },
          ...categoryOrder.map((c) => ({ title: categoryShortNames[c], width: w(0.075) })),
          { title: 'Thành', width: w(0.07) },
          { title: 'Không thành', width: w(0.07) },
          { title: 'Đang hòa giải', width: w(0.085) },
        ],
        book.byMediator.map((m, i) => [
          String(i + 1),
          m.fullName,
          ...categoryOrder.map((c) => String(m.byCategory[c] ?? 0)),
          String(m.successful),
          String(m.unsuccessful),
          String(m.ongoing),
        ]),
        landscapeTextWidth,
      ),
      paragraph(
        `Tổng số vụ, việc tiếp nhận trong năm: ${t.received}; hòa giải thành: ${t.successful}; hòa giải không thành: ${t.unsuccessful}` +
          ` (trong đó các bên yêu cầu chấm dứt: ${t.stoppedByParty}); đang hòa giải: ${t.inProgress}; chưa giải quyết: ${t.notYetHandled};` +
          ` không thuộc phạm vi hòa giải: ${t.outOfScope}.`,
        { size: 14 },
        { align: AlignmentType.JUSTIFIED, before: 240 },
      ),
    ],
  });
}
