/**
 * The year's implementation report as a Word document laid out as Decree 30/2020/NĐ-CP (Phụ lục I) lays out an
 * administrative document: A4, Times New Roman, the issuer and national heading side by side, the title, the body,
 * then 'Nơi nhận' beside the signature. Pure: data in, bytes out.
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableRow, TextRun, TableLayoutType, VerticalAlign, WidthType } from 'docx';
import { cell, cellMargin, mm, pageLayout, paragraph, rule, sideBySide, textWidth, type Layout } from './docx-blocks.ts';
import { formatPercent, formatPlaceAndDate, formatShortDate } from './format.ts';
import { planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
import { statusLabels } from './status-labels.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

function heading(report: PlanYearReport): Table {
  const left = mm(70);
  const right = textWidth - left;
  const { parentName, name } = report.issuer;
  return sideBySide([left, right], [
    [
      [...(parentName === null ? [] : [paragraph(upper(parentName), { size: 12 })]), paragraph(upper(name), { size: 12, bold: true }), rule(mm(25), left - 2 * cellMargin, 120)],
      [paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }), paragraph('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }), rule(mm(56), right - 2 * cellMargin, 120)],
    ],
    [
      [paragraph(`Số: ${report.documentNumber ?? '     /BC-UBND'}`, { size: 13 })],
      [paragraph(formatPlaceAndDate(report.place, report.date), { size: 13, italics: true })],
    ],
  ]);
}

function taskStatus(task: PlanYearReport['groups'][number]['tasks'][number]): string {
  if (task.items.length === 0) return `${formatPercent(task.progress)}\nChưa có công việc`;
  const counts = (Object.keys(statusLabels.vi) as (keyof typeof statusLabels.vi)[])
    .map((status) => [status, task.items.filter((i) => i.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${statusLabels.vi[status]}: ${n}`);
  return [formatPercent(task.progress), ...counts].join('\n');
}

const taskColumns = [
  { title: 'Mã', width: 700 }, { title: 'Nội dung nhiệm vụ', width: 3300 }, { title: 'Cơ quan chủ trì', width: 1700 },
  { title: 'Thời gian thực hiện', width: 1400 }, { title: 'Tiến độ, tình trạng', width: 1455 }, { title: 'Minh chứng', width: 800 },
];
const gridBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function taskTable(tasks: PlanYearReport['groups'][number]['tasks']): Table {
  const row = (texts: string[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: texts.map((text, i) => cell(taskColumns[i]!.width, [paragraph(text, { size: 12, bold: header }, { align: header || i !== 1 ? AlignmentType.CENTER : AlignmentType.LEFT })], header ? VerticalAlign.CENTER : VerticalAlign.TOP)),
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: taskColumns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: { top: gridBorder, bottom: gridBorder, left: gridBorder, right: gridBorder, insideHorizontal: gridBorder, insideVertical: gridBorder },
    rows: [
      row(taskColumns.map((c) => c.title), true),
      ...tasks.map((t) => row([t.code, t.content, t.leadAgency, t.timingText, taskStatus(t), String(t.items.reduce((s, i) => s + i.evidenceCount, 0))], false)),
    ],
  });
}

function body(report: PlanYearReport): (Paragraph | Table)[] {
  const { overall } = report;
  const text = { size: 14 };
  const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };
  const summary = `Tính đến ngày ${formatShortDate(report.date)}, trong năm ${report.year} có ${overall.total} công việc được theo dõi: `
    + `đã hoàn thành ${overall.done}/${overall.total} công việc; ${overall.overdue} công việc quá hạn; ${overall.cancelled} công việc đã hủy. `
    + (overall.progress === null ? 'Chưa có số liệu để tính tiến độ chung.' : `Tiến độ chung đạt ${formatPercent(overall.progress)}.`);
  return [
    paragraph('I. KẾT QUẢ CHUNG', { size: 14, bold: true }, { ...justified, keepNext: true }),
    paragraph(summary, text, justified),
    paragraph('II. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG', { size: 14, bold: true }, { ...justified, keepNext: true }),
    ...report.groups.flatMap((g) => [
      paragraph(`${g.code}. ${g.title}`, { size: 14, bold: true }, { ...justified, after: 60, keepNext: true }),
      paragraph(`Tiến độ: ${formatPercent(g.progress)}`, { size: 14, italics: true }, { ...justified, keepNext: g.tasks.length > 0 }),
      ...(g.tasks.length === 0 ? [] : [taskTable(g.tasks), paragraph('', text, { after: 120 })]),
    ]),
  ];
}

function closing(report: PlanYearReport): Table {
  const left = mm(75);
  const recipients = [...report.recipients.map((r) => `- ${r};`), '- Lưu: VT.'];
  const { authority, title, name } = report.signer;
  return sideBySide([left, textWidth - left], [[
    [paragraph('Nơi nhận:', { size: 12, bold: true, italics: true }, { align: AlignmentType.LEFT }), ...recipients.map((r) => paragraph(r, { size: 11 }, { align: AlignmentType.LEFT }))],
    [paragraph(upper(authority), { size: 14, bold: true }), paragraph(upper(title), { size: 14, bold: true }, { after: mm(25) }), paragraph(name ?? '', { size: 14, bold: true })],
  ]]);
}

/**
 * Writes the year's implementation report as .docx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writePlanReportDocx(report); // save as 'bao-cao-2026.docx'
 */
export async function writePlanReportDocx(input: PlanYearReport): Promise<Uint8Array> {
  const report = planYearReportSchema.parse(input);
  const doc = new Document({
    title: `Báo cáo kết quả thực hiện Kế hoạch năm ${report.year}`,
    creator: report.issuer.name,
    lastModifiedBy: report.issuer.name,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{
      properties: { page: { size: { width: pageLayout.width, height: pageLayout.height }, margin: pageLayout.margin }, titlePage: true },
      // Decree 30: page numbers centred in the top margin, from the second page on.
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })] }),
        first: new Header({ children: [] }),
      },
      children: [
        heading(report),
        paragraph('BÁO CÁO', { size: 14, bold: true }, { before: 360 }),
        paragraph(`Kết quả thực hiện Kế hoạch ${report.planTitle} năm ${report.year}`, { size: 14, bold: true }),
        rule(mm(35), textWidth, 240),
        ...body(report),
        closing(report),
      ],
    }],
  });
  return Packer.pack(doc, 'uint8array');
}
