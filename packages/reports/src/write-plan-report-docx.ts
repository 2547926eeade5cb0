/**
 * The year's implementation report as a Word document laid out as Decree 30/2020/NĐ-CP (Phụ lục I) lays out an
 * administrative document: A4, Times New Roman, the issuer and national heading side by side, the title, the body,
 * then 'Nơi nhận' beside the signature. Pure: data in, bytes out.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { gridTable, packAdministrativeDocx, type GridColumn } from './docx-frame.ts';
import { formatPercent, formatShortDate } from './format.ts';
import { assessmentSections, planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
import { statusLabels } from './status-labels.ts';

function taskStatus(task: PlanYearReport['groups'][number]['tasks'][number]): string {
  if (task.items.length === 0) return `${formatPercent(task.progress)}\nChưa có công việc`;
  const counts = (Object.keys(statusLabels.vi) as (keyof typeof statusLabels.vi)[])
    .map((status) => [status, task.items.filter((i) => i.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${statusLabels.vi[status]}: ${n}`);
  return [formatPercent(task.progress), ...counts].join('\n');
}

const taskColumns: GridColumn[] = [
  { title: 'Mã', width: 700 },
  { title: 'Nội dung nhiệm vụ', width: 3300, align: 'left' },
  { title: 'Cơ quan chủ trì', width: 1700 },
  { title: 'Thời gian thực hiện', width: 1400 },
  { title: 'Tiến độ, tình trạng', width: 1455 },
  { title: 'Minh chứng', width: 800 },
];

function taskTable(tasks: PlanYearReport['groups'][number]['tasks']): Table {
  return gridTable(
    taskColumns,
    tasks.map((t) => [
      t.code,
      t.content,
      t.leadAgency,
      t.timingText,
      taskStatus(t),
      String(t.items.reduce((s, i) => s + i.evidenceCount, 0)),
    ]),
  );
}

function body(report: PlanYearReport): (Paragraph | Table)[] {
  const { overall } = report;
  const text = { size: 14 };
  const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };
  const summary =
    `Tính đến ngày ${formatShortDate(report.date)}, trong năm ${report.year} có ${overall.total} công việc được theo dõi: ` +
    `đã hoàn thành ${overall.done}/${overall.total} công việc; ${overall.overdue} công việc quá hạn; ${overall.cancelled} công việc đã hủy. ` +
    (overall.progress === null
      ? 'Chưa có số liệu để tính tiến độ chung.'
      : `Tiến độ chung đạt ${formatPercent(overall.progress)}.`);
  return [
    paragraph('I. KẾT QUẢ CHUNG', { size: 14, bold: true }, { ...justified, keepNext: true }),
    paragraph(summary, text, justified),
    paragraph('II. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG', { size: 14, bold: true }, { ...justified, keepNext: true }),
    ...report.groups.flatMap((g) => [
      paragraph(`${g.code}. ${g.title}`, { size: 14, bold: true }, { ...justified, after: 60, keepNext: true }),
      paragraph(
        `Tiến độ: ${formatPercent(g.progress)}`,
        { size: 14, italics: true },
        { ...justified, keepNext: g.tasks.length > 0 },
      ),
      ...(g.tasks.length === 0 ? [] : [taskTable(g.tasks), paragraph('', text, { after: 120 })]),
    ]),
    ...assessmentSections.flatMap(({ heading, key }) => [
      paragraph(heading, { size: 14, bold: true }, { ...justified, keepNext: true }),
      ...(report.assessment[key] ?? 'Không có.')
        .split(/\n+/)
        .filter((l) => l.trim() !== '')
        .map((l) => paragraph(l.trim(), text, justified)),
    ]),
  ];
}

/**
 * Writes the year's implementation report as .docx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writePlanReportDocx(report); // save as 'bao-cao-2026.docx'
 */
export async function writePlanReportDocx(input: PlanYearReport): Promise<Uint8Array> {
  const report = planYearReportSchema.parse(input);
  return packAdministrativeDocx({
    frame: report,
    symbol: 'BC-UBND',
    kind: 'BÁO CÁO',
    subject: `Kết quả thực hiện Kế hoạch ${report.planTitle} năm ${report.year}`,
    title: `Báo cáo kết quả thực hiện Kế hoạch năm ${report.year}`,
    body: body(report),
  });
}
