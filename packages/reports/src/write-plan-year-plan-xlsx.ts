/**
 * The year's plan as a workbook for the commune's staff to sort and filter: one sheet, a title row, then a bold,
 * frozen, auto-filtered header row and one row per work item, due dates as date cells. Pure: data in, bytes out
 * (the workbook's dates are the plan's date, not the clock).
 */
import ExcelJS from 'exceljs';
import { toUtcDate } from './format.ts';
import { planYearPlanSchema, titleInSentence, workContent, type PlanYearPlan } from './plan-year-plan.ts';
import { addSheet, type Cell } from './xlsx-blocks.ts';

/**
 * Writes the year's plan as .xlsx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writePlanYearPlanXlsx(plan); // save as 'ke-hoach-2027.xlsx'
 */
export async function writePlanYearPlanXlsx(input: PlanYearPlan): Promise<Uint8Array> {
  const plan = planYearPlanSchema.parse(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = plan.issuer.name;
  // An undated plan (its issuing date not yet set) is stamped 1 January of its year, never the clock.
  workbook.created = workbook.modified = toUtcDate(plan.date ?? `${plan.year}-01-01`);
  addSheet(
    workbook,
    `Kế hoạch ${plan.year}`,
    `Kế hoạch ${titleInSentence(plan.planTitle)} năm ${plan.year}`,
    [
      { header: 'Nhóm nội dung', width: 36 },
      { header: 'Mã nhiệm vụ', width: 10 },
      { header: 'Nội dung công việc', width: 60 },
      { header: 'Cơ quan chủ trì', width: 26 },
      { header: 'Cơ quan phối hợp', width: 36 },
      { header: 'Thời gian thực hiện', width: 22 },
      { header: 'Hạn hoàn thành', width: 14, numFmt: 'dd/mm/yyyy' },
      { header: 'Sản phẩm, minh chứng dự kiến', width: 50 },
    ],
    plan.groups.flatMap((g) =>
      g.items.map((w): Cell[] => [
        `${g.code}. ${g.title}`,
        w.taskCode,
        workContent(w),
        w.leadAgency,
        w.coordinating,
        w.timingText,
        w.dueDate === null ? null : toUtcDate(w.dueDate),
        w.expectedEvidence.join('\n') || null,
      ]),
    ),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
