/**
 * The commune's statistical report on grassroots mediation as a workbook (issue 13 point 9), in the report's layout
 * (the domain's StatisticalReport: Circular 03/2019/TT-BTP periods, tables after the Ministry's forms): sheet
 * 'Biểu 1 - Tổ chức' (villages, teams, mediators by sex, ethnicity, qualification and training) and 'Biểu 2 - Kết quả'
 * (cases by field and result, out of scope, both success rates, remuneration paid). Qualifications the registry does
 * not record are written "Chưa ghi nhận", never 0. Pure: data in, bytes out.
 */
import { statisticalReportSchema } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { toUtcDate } from './format.ts';
import { addSheet, type Cell } from './xlsx-blocks.ts';

export const statisticalReportExportSchema = z
  .object({
    provinceName: z.string().min(1),
    communeName: z.string().min(1),
    status: z.enum(['prepared', 'approved']),
    qualificationRecorded: z.boolean(),
    report: statisticalReportSchema,
  })
  .strict();
export type StatisticalReportExport = z.infer<typeof statisticalReportExportSchema>;

const kindNames = {
  six_month: '6 tháng',
  annual_preliminary: 'năm (số liệu sơ bộ)',
  annual_official: 'năm (số liệu chính thức)',
} as const;
const rowNames = [
  ['received', 'Tổng số vụ, việc tiếp nhận'],
  ['civil', '  Dân sự'],
  ['marriage_family', '  Hôn nhân và gia đình'],
  ['other', '  Khác'],
] as const;
const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * Writes the report as .xlsx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeStatisticalReportXlsx({ provinceName: 'Gia Lai', communeName: 'Pờ Tó', … });
 */
export async function writeStatisticalReportXlsx(input: StatisticalReportExport): Promise<Uint8Array> {
  const e = statisticalReportExportSchema.parse(input);
  const r = e.report;
  const p = r.period;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = `UBND xã ${e.communeName}`;
  workbook.created = workbook.modified = toUtcDate(p.to);
  const heading = `xã ${e.communeName}, tỉnh ${e.provinceName} — kỳ ${kindNames[p.kind]} năm ${p.year} (từ ${vnDate(p.from)} đến ${vnDate(p.to)}; số liệu thực tế đến ${vnDate(p.actualTo)})${e.status === 'approved' ? '' : ' — DỰ THẢO, chưa duyệt'}`;
  const m = r.organisation.mediators;
  const degree = (n: number): Cell => (e.qualificationRecorded ? n : 'Chưa ghi nhận');
  const org = addSheet(
    workbook,
    'Biểu 1 - Tổ chức',
    `Biểu 1. Tổ chức, hòa giải viên ở cơ sở — ${heading}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Chỉ tiêu', width: 52 },
      { header: 'Số lượng', width: 14 },
    ],
    [
      ['1', 'Số thôn, làng, tổ dân phố', r.organisation.villages],
      ['2', 'Số tổ hòa giải', r.organisation.teams],
      ['3', 'Số hòa giải viên', m.total],
      ['3.1', '  Nam', m.male],
      ['3.2', '  Nữ', m.female],
      ['3.3', '  Dân tộc Kinh', m.kinh],
      ['3.4', '  Dân tộc thiểu số', m.ethnicMinority],
      ...Object.entries(m.byEthnicGroup)
        .sort(([a], [b]) => a.localeCompare(b, 'vi'))
        .map(([g, n]): Cell[] => ['', `    trong đó: ${g}`, n]),
      ['3.5', '  Có trình độ chuyên môn luật', degree(m.lawDegree)],
      ['3.6', '  Có trình độ chuyên môn khác', degree(m.otherDegree)],
      ['3.7', '  Chưa qua đào tạo chuyên môn', degree(m.noDegree)],
      ['3.8', '  Được tập huấn, bồi dưỡng trong kỳ', m.trainedInPeriod],
      ['3.9', '  Đã từng được tập huấn, bồi dưỡng', m.everTrained],
    ] as Cell[][],
  );
  org.autoFilter = undefined as never;
  const a = r.activity;
  const rate = (x: number | null): Cell => (x === null ? 'Không có dữ liệu' : x);
  const act = addSheet(
    workbook,
    'Biểu 2 - Kết quả',
    `Biểu 2. Kết quả hoạt động hòa giải ở cơ sở — ${heading}`,
    [
      { header: 'Lĩnh vực', width: 30 },
      { header: 'Tổng số', width: 11 },
      { header: 'Hòa giải thành', width: 13 },
      { header: 'Hòa giải không thành', width: 13 },
      { header: 'Đang hòa giải', width: 12 },
      { header: 'Chưa giải quyết', width: 12 },
    ],
    rowNames.map(([key, name]): Cell[] => {
      const c = key === 'received' ? a.received : a.byScope[key];
      return [name, c.total, c.successful, c.unsuccessful, c.inProgress, c.notHandled];
    }),
  );
  act.autoFilter = undefined as never;
  act.addRow([]);
  act.addRow(['Không thuộc phạm vi hòa giải (đã hướng dẫn, chuyển)', a.outOfScopeReferred]);
  const pct = '0.00%';
  act.addRow(['Tỷ lệ hòa giải thành / số tiếp nhận', rate(a.successRate.ofReceived)]).getCell(2).numFmt = pct;
  act.addRow(['Tỷ lệ hòa giải thành / số đã kết thúc', rate(a.successRate.ofConcluded)]).getCell(2).numFmt = pct;
  act.addRow(['Thù lao đã chi cho hòa giải viên (đồng)', r.remunerationPaidVnd]).getCell(2).numFmt = '#,##0';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
