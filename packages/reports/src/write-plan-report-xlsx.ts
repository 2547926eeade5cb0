/**
 * The year's implementation report as a workbook for the commune's staff to filter and sum: 'Tổng hợp' has a row per
 * task, 'Chi tiết' a row per work item, 'Đánh giá, kiến nghị' the chairman's sections III–V, the recipients and the
 * signer. Each sheet: a title row, then a bold, frozen, filtered header row, printed as xlsx-blocks sets it up.
 * Pure: data in, bytes out (the workbook's dates are the report's date, not the clock).
 */
import ExcelJS from 'exceljs';
import { formatShortDate, toUtcDate } from './format.ts';
import { assessmentSections, planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
import { statusLabels } from './status-labels.ts';
import { addSheet, type Cell } from './xlsx-blocks.ts';

const percent = (progress: number | null) => (progress === null ? null : progress / 100);

/**
 * Writes the year's implementation report as .xlsx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writePlanReportXlsx(report); // save as 'bao-cao-2026.xlsx'
 */
export async function writePlanReportXlsx(input: PlanYearReport): Promise<Uint8Array> {
  const report = planYearReportSchema.parse(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = report.issuer.name;
  workbook.created = workbook.modified = toUtcDate(report.date);
  const title = `Kết quả thực hiện Kế hoạch ${report.planTitle} năm ${report.year} (tính đến ngày ${formatShortDate(report.date)})`;
  const tasks = report.groups.flatMap((group) => group.tasks.map((task) => ({ group, task })));

  addSheet(
    workbook,
    'Tổng hợp',
    title,
    [
      { header: 'Nhóm nội dung', width: 36 },
      { header: 'Mã nhiệm vụ', width: 10 },
      { header: 'Nội dung nhiệm vụ', width: 60 },
      { header: 'Cơ quan chủ trì', width: 26 },
      { header: 'Cơ quan phối hợp', width: 36 },
      { header: 'Thời gian thực hiện', width: 22 },
      { header: 'Tiến độ', width: 10, numFmt: '0%' },
      { header: 'Công việc hoàn thành', width: 13 },
      { header: 'Tổng số công việc', width: 12 },
    ],
    tasks.map(({ group, task }) => [
      `${group.code}. ${group.title}`,
      task.code,
      task.content,
      task.leadAgency,
      task.coordinating,
      task.timingText,
      percent(task.progress),
      task.items.filter((i) => i.status === 'done').length,
      task.items.length,
    ]),
  );

  addSheet(
    workbook,
    'Chi tiết',
    title,
    [
      { header: 'Nhóm', width: 8 },
      { header: 'Mã nhiệm vụ', width: 10 },
      { header: 'Công việc', width: 50 },
      { header: 'Hạn hoàn thành', width: 14, numFmt: 'dd/mm/yyyy' },
      { header: 'Tình trạng', width: 16 },
      { header: 'Tiến độ', width: 10, numFmt: '0%' },
      { header: 'Người phụ trách', width: 24 },
      { header: 'Ghi chú', width: 40 },
      { header: 'Số minh chứng', width: 12 },
    ],
    tasks.flatMap(({ group, task }) =>
      task.items.map((item): Cell[] => [
        group.code,
        task.code,
        item.label,
        item.dueDate === null ? null : toUtcDate(item.dueDate),
        statusLabels.vi[item.status],
        percent(item.progress),
        item.responsible,
        item.notes,
        item.evidenceCount,
      ]),
    ),
  );

  addSheet(
    workbook,
    'Đánh giá, kiến nghị',
    title,
    [
      { header: 'Nội dung', width: 40 },
      { header: 'Chi tiết', width: 110 },
    ],
    [
      ...assessmentSections.map(({ heading, key }): Cell[] => [heading, report.assessment[key] ?? 'Không có.']),
      ['Nơi nhận', [...report.recipients, 'Lưu: VT'].map((r) => `- ${r}`).join('\n')],
      [[report.signer.authority, report.signer.title].filter((line) => line !== null).join('\n'), report.signer.name],
    ],
  );

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
