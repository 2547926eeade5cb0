import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { poTo2027Plan } from '../test/po-to-2027-plan.ts';
import type { PlanYearPlan } from './plan-year-plan.ts';
import { writePlanYearPlanXlsx } from './write-plan-year-plan-xlsx.ts';

const plan = poTo2027Plan;
const items = plan.groups.flatMap((g) => g.items);

async function readXlsx(input: PlanYearPlan): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writePlanYearPlanXlsx(input)).slice().buffer); // exceljs types its Buffer as an ArrayBuffer
  return workbook;
}
const dataRows = (sheet: ExcelJS.Worksheet) => sheet.getRows(3, sheet.rowCount - 2) ?? [];

describe('writePlanYearPlanXlsx', async () => {
  const workbook = await readXlsx(plan);
  const sheet = workbook.worksheets[0]!;
  const row = (code: string) => dataRows(sheet).find((r) => r.getCell(2).value === code)!;

  it('has one sheet, titled, with a bold frozen header row under an auto-filter', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kế hoạch 2027']);
    expect(sheet.getCell('A1').value).toBe(
      'Kế hoạch triển khai thực hiện Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2024 - 2030” trên địa bàn xã Pờ Tó năm 2027',
    );
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe(`A2:H${sheet.rowCount}`);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Nhóm nội dung',
      'Mã nhiệm vụ',
      'Nội dung công việc',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Hạn hoàn thành',
      'Sản phẩm, minh chứng dự kiến',
    ]);
  });

  it('prints on A4 landscape, one page wide, the title and header rows repeated, with margins', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.6, right: 0.6, top: 0.8, bottom: 0.8 });
  });

  it('has one row per work item, in plan order, with its group', () => {
    expect(sheet.rowCount).toBe(2 + items.length);
    expect(dataRows(sheet).map((r) => r.getCell(2).value)).toEqual(items.map((w) => w.taskCode));
    expect(row('2.2').getCell(1).value).toBe('2. Công tác lãnh đạo, chỉ đạo');
    expect(row('4b').getCell(4).value).toBe('Phòng Kinh tế');
    expect(row('8a').getCell(3).value).toBe('Khảo sát, sơ kết, tổng kết việc thực hiện Đề án\n(Kiểm tra, khảo sát)');
    expect(row('8a').getCell(6).value).toBe('Hàng năm.');
    expect(row('3c').getCell(8).value).toBe(
      'Tài liệu pháp luật, kỹ năng đã biên soạn\nDanh sách cấp phát tài liệu cho tổ hòa giải',
    );
  });

  it('writes due dates as date cells shown dd/mm/yyyy, and leaves an unknown one empty', async () => {
    const due = row('4a').getCell(7);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date(Date.UTC(2027, 5, 30)));
    expect(due.numFmt).toBe('dd/mm/yyyy');
    const undated = structuredClone(plan);
    undated.groups[0]!.items[0]!.dueDate = null;
    expect((await readXlsx(undated)).worksheets[0]!.getCell('G3').value).toBeNull();
  });

  it('dates the workbook with the plan, not the clock', () => {
    expect(workbook.created).toEqual(new Date(Date.UTC(2027, 0, 15)));
    expect(workbook.creator).toBe('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
  });

  it('keeps &, <, quotes and Vietnamese diacritics as they were', async () => {
    const content = 'Hòa giải "tranh chấp" <đất rẫy> & \'nương\' — Pờ Tó'.normalize('NFD');
    const [first, ...rest] = plan.groups;
    const tricky: PlanYearPlan = {
      ...plan,
      groups: [{ ...first!, items: [{ ...first!.items[0]!, content }] }, ...rest],
    };
    expect((await readXlsx(tricky)).worksheets[0]!.getCell('C3').value).toBe(content);
  });
});

describe('writePlanYearPlanXlsx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'a missing field',
      (p: Record<string, unknown>) => {
        delete p.groups;
      },
    ],
    [
      'a day that does not exist',
      (p: PlanYearPlan) => {
        p.groups[2]!.items[1]!.dueDate = '2027-13-01';
      },
    ],
  ] as const)('%s', async (_, spoil) => {
    const addWorksheet = vi.spyOn(ExcelJS.Workbook.prototype, 'addWorksheet');
    const bad = structuredClone(plan);
    spoil(bad as PlanYearPlan & Record<string, unknown>);
    await expect(writePlanYearPlanXlsx(bad)).rejects.toBeInstanceOf(ZodError);
    expect(addWorksheet).not.toHaveBeenCalled();
  });
});
