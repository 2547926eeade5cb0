import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { poTo2026Report } from '../test/po-to-2026-report.ts';
import type { PlanYearReport } from './plan-year-report.ts';
import { writePlanReportXlsx } from './write-plan-report-xlsx.ts';

const report = poTo2026Report;
const tasks = report.groups.flatMap((g) => g.tasks);
const items = tasks.flatMap((t) => t.items);

async function readXlsx(input: PlanYearReport): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writePlanReportXlsx(input)).slice().buffer); // exceljs types its Buffer as an ArrayBuffer
  return workbook;
}
const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as unknown[]).slice(1);
const rowWithCode = (sheet: ExcelJS.Worksheet, code: string, column = 2) =>
  sheet.getRows(3, sheet.rowCount - 2)!.filter((r) => r.getCell(column).value === code);

describe('writePlanReportXlsx', async () => {
  const workbook = await readXlsx(report);
  const summary = workbook.getWorksheet('Tổng hợp')!;
  const detail = workbook.getWorksheet('Chi tiết')!;

  it('has a summary and a detail sheet, each titled, with a bold frozen header row under an auto-filter', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Đánh giá, kiến nghị']);
    for (const sheet of [summary, detail]) {
      expect(String(sheet.getCell('A1').value)).toContain('năm 2026 (tính đến ngày 27/11/2026)');
      expect(sheet.getRow(2).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.autoFilter).toBe(`A2:I${sheet.rowCount}`);
    }
    expect(headerOf(summary)).toEqual([
      'Nhóm nội dung',
      'Mã nhiệm vụ',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Tiến độ',
      'Công việc hoàn thành',
      'Tổng số công việc',
    ]);
    expect(headerOf(detail)).toEqual([
      'Nhóm',
      'Mã nhiệm vụ',
      'Công việc',
      'Hạn hoàn thành',
      'Tình trạng',
      'Tiến độ',
      'Người phụ trách',
      'Ghi chú',
      'Số minh chứng',
    ]);
  });

  it('prints every sheet on A4 landscape, one page wide, the title and header rows repeated, with margins', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
      });
      expect(sheet.pageSetup.margins).toMatchObject({ left: 0.6, right: 0.6, top: 0.8, bottom: 0.8 });
    }
  });

  it('has a sheet with sections III–V, the recipients and the signer with their name', () => {
    const sheet = workbook.getWorksheet('Đánh giá, kiến nghị')!;
    const cells = sheet.getRows(3, sheet.rowCount - 2)!.map((r) => [r.getCell(1).value, r.getCell(2).value]);
    expect(cells).toEqual([
      ['III. KHÓ KHĂN, VƯỚNG MẮC', report.assessment.difficulties],
      ['IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', report.assessment.nextSteps],
      ['V. ĐỀ XUẤT, KIẾN NGHỊ', 'Không có.'],
      ['Nơi nhận', [...report.recipients, 'Lưu: VT'].map((r) => `- ${r}`).join('\n')],
      ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Ksor Thu'],
    ]);
  });

  it('has one summary row per task and one detail row per work item', () => {
    expect(summary.rowCount).toBe(2 + tasks.length);
    expect(detail.rowCount).toBe(2 + items.length);
    expect(summary.getRows(3, tasks.length)!.map((r) => r.getCell(2).value)).toEqual(tasks.map((t) => t.code));
    expect(detail.getRows(3, items.length)!.map((r) => r.getCell(3).value)).toEqual(items.map((i) => i.label));
  });

  it('gives progress as a fraction shown as 0% and counts done items', () => {
    const [row] = rowWithCode(summary, '3b');
    expect(row!.getCell(7).value).toBeCloseTo(0.4);
    expect(row!.getCell(7).numFmt).toBe('0%');
    expect([row!.getCell(8).value, row!.getCell(9).value]).toEqual([0, 2]);
    expect(rowWithCode(summary, '2.1')[0]!.getCell(7).value).toBeNull();
    expect(rowWithCode(summary, '1')[0]!.getCell(1).value).toBe(`1. ${report.groups[0]!.title}`);
  });

  it('writes due dates as date cells and statuses in Vietnamese', () => {
    const [, training] = rowWithCode(detail, '3b');
    const due = training!.getCell(4);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date(Date.UTC(2026, 8, 30)));
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(training!.getCell(5).value).toBe('Quá hạn');
    expect(training!.getCell(6).value).toBeCloseTo(0.2);
    expect(training!.getCell(7).value).toBe("Siu H'Yến");
    expect(rowWithCode(detail, '7b')[0]!.getCell(4).value).toBeNull();
  });

  it('keeps &, <, quotes and Vietnamese diacritics as they were', async () => {
    const content = 'Hòa giải "tranh chấp" <đất rẫy> & \'nương\' — Pờ Tó'.normalize('NFD');
    const [first, ...rest] = report.groups;
    const tricky: PlanYearReport = {
      ...report,
      groups: [{ ...first!, tasks: [{ ...first!.tasks[0]!, content }] }, ...rest],
    };
    const sheet = (await readXlsx(tricky)).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('C3').value).toBe(content);
  });
});

describe('writePlanReportXlsx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'a missing field',
      (r: Record<string, unknown>) => {
        delete r.groups;
      },
    ],
    [
      'an unknown status',
      (r: PlanYearReport) => {
        (r.groups[2]!.tasks[1]!.items[0] as { status: string }).status = 'pending';
      },
    ],
    [
      'a day that does not exist',
      (r: PlanYearReport) => {
        r.groups[2]!.tasks[1]!.items[0]!.dueDate = '2026-13-01';
      },
    ],
  ] as const)('%s', async (_, spoil) => {
    const addWorksheet = vi.spyOn(ExcelJS.Workbook.prototype, 'addWorksheet');
    const bad = structuredClone(report);
    spoil(bad as PlanYearReport & Record<string, unknown>);
    await expect(writePlanReportXlsx(bad)).rejects.toBeInstanceOf(ZodError);
    expect(addWorksheet).not.toHaveBeenCalled();
  });
});
