/**
 * Reads the first worksheet of an .xlsx workbook as rows of cell values, as exceljs gives them (text, numbers,
 * dates, rich text, formulas with results) — what @hgcs/domain's `parseMediatorList` checks. Rows past `maxRows`
 * are not read (the caller refuses such a file). Throws on bytes that are not a workbook.
 */
import ExcelJS from 'exceljs';

/** The rows of the first worksheet, from row 1; empty rows inside the table stay as empty arrays. */
export async function readSheetRows(bytes: Uint8Array, maxRows: number): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer); // exceljs types its Buffer as an ArrayBuffer
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  const last = Math.min(sheet.actualRowCount === 0 ? 0 : sheet.rowCount, maxRows + 1);
  for (let n = 1; n <= last; n++) {
    const values = sheet.getRow(n).values;
    rows.push(Array.isArray(values) ? values.slice(1).map((v) => v ?? null) : []);
  }
  return rows;
}
