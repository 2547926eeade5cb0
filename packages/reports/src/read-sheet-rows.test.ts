import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetRows } from './read-sheet-rows.ts';
import { writeMediatorImportTemplateXlsx } from './write-mediator-import-template-xlsx.ts';

async function workbookOf(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readSheetRows', () => {
  it('reads the first sheet row by row, numbers and text as typed, blank rows kept in place', async () => {
    const bytes = await workbookOf([['STT', 'Họ và tên', 'Năm sinh'], [], [1, 'Đinh Thị Hờ', 1975]]);
    expect(await readSheetRows(bytes, 10)).toEqual([['STT', 'Họ và tên', 'Năm sinh'], [], [1, 'Đinh Thị Hờ', 1975]]);
  });

  it('reads the template the console hands out (its header on row 2, the example on row 3)', async () => {
    const bytes = await writeMediatorImportTemplateXlsx({
      communeName: 'xã Pờ Tó',
      villages: ['Làng Bi Dông'],
      teams: ['Tổ hòa giải làng Bi Dông'],
      date: '2026-11-02',
    });
    const rows = await readSheetRows(bytes, 10);
    expect(rows[1]?.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Năm sinh']);
    expect(rows[2]?.[1]).toBe('Đinh Thị Hờ');
  });

  it('stops one row past the limit, so the caller can refuse a list that is too long', async () => {
    const bytes = await workbookOf(Array.from({ length: 30 }, (_, i) => [i]));
    expect(await readSheetRows(bytes, 5)).toHaveLength(6);
  });

  it('throws on bytes that are not a workbook', async () => {
    await expect(readSheetRows(new TextEncoder().encode('STT;Họ và tên'), 10)).rejects.toThrow();
  });
});
