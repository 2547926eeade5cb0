/**
 * The sheet layout the workbooks share: a title row, then a bold, frozen, auto-filtered header row, then the data.
 * Column widths are in characters; a column's number format (dates, percentages) applies to its data cells.
 * Printed on A4 landscape, every column on one page's width (as many pages down as it takes), the title and header
 * rows repeated on every page, margins in inches as Excel keeps them (about 15 mm at the sides, 20 mm top and bottom).
 */
import type ExcelJS from 'exceljs';

/** Page setup of every sheet: A4 (paper size 9), landscape, fit to one page wide, rows 1–2 repeated. */
export const printSetup: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  printTitlesRow: '1:2',
  margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
};

export type Column = { header: string; width: number; numFmt?: string };
export type Cell = string | number | Date | null;

/** Adds a sheet: title in row 1, header in row 2 (bold, frozen, auto-filtered over the data), data from row 3. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: printSetup });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.numFmt) column.numFmt = c.numFmt;
  });
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 13 };
  titleRow.alignment = { vertical: 'middle', wrapText: true };
  titleRow.height = 36;
  sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const values of rows) sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: columns.length } };
  return sheet;
}
