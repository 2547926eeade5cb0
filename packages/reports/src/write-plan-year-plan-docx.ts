/**
 * The year's plan ("KẾ HOẠCH Triển khai thực hiện Đề án … năm N") as a Word document in the Decree 30/2020/NĐ-CP
 * layout the year's report uses: I. purpose and requirements, II. the year's work items group by group, III. the
 * plan's funding, IV. who chairs which tasks. Pure: data in, bytes out.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { gridTable, packAdministrativeDocx, type GridColumn } from './docx-frame.ts';
import { formatShortDate } from './format.ts';
import {
  planYearPlanSchema,
  tasksByLead,
  titleInSentence,
  workContent,
  type PlanYearPlan,
  type PlanYearWork,
} from './plan-year-plan.ts';

const workColumns: GridColumn[] = [
  { title: 'Mã', width: 600 },
  { title: 'Nội dung công việc', width: 2700, align: 'left' },
  { title: 'Cơ quan chủ trì', width: 1300 },
  { title: 'Cơ quan phối hợp', width: 1650, align: 'left' },
  { title: 'Thời gian thực hiện', width: 1300 },
  { title: 'Sản phẩm, minh chứng', width: 1804, align: 'left' },
];

const timing = (w: PlanYearWork) =>
  w.dueDate === null ? w.timingText : `${w.timingText}\nHạn: ${formatShortDate(w.dueDate)}`;
const evidence = (w: PlanYearWork) =>
  w.expectedEvidence.length === 0 ? '—' : w.expectedEvidence.map((e) => `- ${e}`).join('\n');

function workTable(items: PlanYearWork[]): Table {
  return gridTable(
    workColumns,
    items.map((w) => [w.taskCode, workContent(w), w.leadAgency, w.coordinating, timing(w), evidence(w)]),
  );
}

function body(plan: PlanYearPlan): (Paragraph | Table)[] {
  const text = { size: 14 };
  const bold = { size: 14, bold: true };
  const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };
  const heading = (words: string) => paragraph(words, bold, { ...justified, keepNext: true });
  const { year } = plan;
  const leads = tasksByLead(plan);
  return [
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Mục đích'),
    paragraph(
      `Cụ thể hóa các nhiệm vụ năm ${year} của Kế hoạch ${titleInSentence(plan.planTitle)}; xác định rõ nội dung công việc, ` +
        'cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm, minh chứng của từng công việc.',
      text,
      justified,
    ),
    heading('2. Yêu cầu'),
    paragraph(
      'Các cơ quan, đơn vị được giao chủ trì, phối hợp chủ động triển khai đúng nội dung, bảo đảm thời hạn; ' +
        'kịp thời cập nhật kết quả và minh chứng thực hiện để theo dõi, báo cáo.',
      text,
      justified,
    ),
    heading('II. NỘI DUNG THỰC HIỆN'),
    ...plan.groups.flatMap((g) => [
      paragraph(`${g.code}. ${g.title}`, bold, { ...justified, after: 60, keepNext: true }),
      ...(g.items.length === 0
        ? [paragraph(`Năm ${year} không có công việc thuộc nội dung này.`, { size: 14, italics: true }, justified)]
        : [
            ...g.activities.map((a) => paragraph(`- ${a}`, text, { ...justified, after: 60, keepNext: true })),
            workTable(g.items),
            paragraph('', text, { after: 120 }),
          ]),
    ]),
    heading('III. KINH PHÍ THỰC HIỆN'),
    ...(plan.funding.length === 0
      ? [paragraph('Kế hoạch chưa ghi nguồn kinh phí.', text, justified)]
      : plan.funding.map((f, i) => paragraph(`${i + 1}. ${f}`, text, justified))),
    heading('IV. TỔ CHỨC THỰC HIỆN'),
    ...(leads.length === 0
      ? [paragraph(`Năm ${year} không có nhiệm vụ được giao.`, text, justified)]
      : leads.map((l, i) =>
          paragraph(
            `${i + 1}. ${l.leadAgency}: chủ trì thực hiện nhiệm vụ ${l.taskCodes.join(', ')}.`,
            text,
            justified,
          ),
        )),
    paragraph(
      'Các cơ quan, đơn vị được giao phối hợp có trách nhiệm phối hợp với cơ quan chủ trì thực hiện nhiệm vụ. Trong quá trình thực hiện, ' +
        'nếu có khó khăn, vướng mắc, đề nghị phản ánh kịp thời để xem xét, giải quyết./.',
      text,
      { ...justified, after: 240 },
    ),
  ];
}

/**
 * Writes the year's plan as .docx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writePlanYearPlanDocx(plan); // save as 'ke-hoach-2027.docx'
 */
export async function writePlanYearPlanDocx(input: PlanYearPlan): Promise<Uint8Array> {
  const plan = planYearPlanSchema.parse(input);
  return packAdministrativeDocx({
    frame: plan,
    symbol: 'KH-UBND',
    kind: 'KẾ HOẠCH',
    subject: `${plan.planTitle} năm ${plan.year}`,
    title: `Kế hoạch ${titleInSentence(plan.planTitle)} năm ${plan.year}`,
    body: body(plan),
  });
}
