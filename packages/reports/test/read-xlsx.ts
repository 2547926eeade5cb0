/** Reads written .xlsx bytes back for tests, and a sheet as rows of cell values (as the import receives them). */
import ExcelJS from 'exceljs';

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer); // exceljs types its Buffer as an ArrayBuffer
  return workbook;
}

export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => sheet.getCell(r, c + 1).value));
  return rows;
}
