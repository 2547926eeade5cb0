/**
 * The workbook a commune fills in to import its existing mediator lists (issue 10, point 8): a sheet with the
 * headers the import reads (`mediatorListColumns` of @hgcs/domain, so template and reader cannot drift apart), one
 * example row, drop-down lists for sex, role and the commune's villages, phone numbers kept as text (their leading
 * 0), and a sheet of instructions. Pure: data in, bytes out.
 */
import { isoDateSchema, mediatorListColumns, mediatorListFields } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { printable } from './document-frame.ts';
import { toUtcDate } from './format.ts';
import { addSheet } from './xlsx-blocks.ts';

export const mediatorImportTemplateSchema = z
  .object({
    communeName: printable(200),
    /** The commune's villages and teams, offered in drop-down lists. */
    villages: z.array(printable(120)).min(1),
    teams: z.array(printable(200)),
    /** The day the template is made (the workbook's date; never the clock). */
    date: isoDateSchema,
  })
  .strict();
export type MediatorImportTemplate = z.input<typeof mediatorImportTemplateSchema>;

/** Rows that get the drop-down lists. */
export const templateRows = 500;

const widths: Record<(typeof mediatorListFields)[number], number> = {
  index: 6,
  fullName: 28,
  birth: 12,
  sex: 10,
  ethnicity: 12,
  village: 20,
  team: 30,
  role: 12,
  occupation: 24,
  phone: 16,
};

/**
 * Writes the import template as .xlsx bytes (a `ZodError` before any byte on bad input).
 * @example const bytes = await writeMediatorImportTemplateXlsx({ communeName: 'xã Pờ Tó', villages, teams, date }); // 'mau-nhap-hoa-giai-vien.xlsx'
 */
export async function writeMediatorImportTemplateXlsx(input: MediatorImportTemplate): Promise<Uint8Array> {
  const t = mediatorImportTemplateSchema.parse(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = t.communeName;
  workbook.created = workbook.modified = toUtcDate(t.date);
  const village = t.villages[0]!;
  const example: Record<(typeof mediatorListFields)[number], string | number> = {
    index: 1,
    fullName: 'Đinh Thị Hờ',
    birth: 1975,
    sex: 'Nữ',
    ethnicity: 'Ba Na',
    village,
    team: t.teams[0] ?? `Tổ hòa giải ${village}`,
    role: 'Tổ trưởng',
    occupation: 'Làm nông',
    phone: '0912345678',
  };
  const sheet = addSheet(
    workbook,
    'Danh sách hòa giải viên',
    `Danh sách hòa giải viên ${t.communeName} (dòng 3 là ví dụ: hãy ghi đè hoặc xóa)`,
    mediatorListFields.map((f) => ({
      header: mediatorListColumns[f].title,
      width: widths[f],
      ...(f === 'phone' ? { numFmt: '@' } : {}),
    })),
    [mediatorListFields.map((f) => example[f])],
  );
  sheet.getRow(3).font = { italic: true, color: { argb: 'FF595959' } };

  const lists = workbook.addWorksheet('Danh mục');
  lists.getColumn(1).width = 24;
  lists.getColumn(2).width = 36;
  lists.addRow(['Thôn/Làng', 'Tổ hòa giải']).font = { bold: true };
  for (let i = 0; i < Math.max(t.villages.length, t.teams.length); i++)
    lists.addRow([t.villages[i] ?? null, t.teams[i] ?? null]);
  const list = (formula: string, title: string) => ({
    type: 'list' as const,
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorTitle: title,
    error: `Hãy chọn trong danh sách (${title}).`,
  });
  const column = (field: (typeof mediatorListFields)[number]) => mediatorListFields.indexOf(field) + 1;
  for (let row = 3; row < 3 + templateRows; row++) {
    sheet.getCell(row, column('sex')).dataValidation = list('"Nam,Nữ"', 'Giới tính');
    sheet.getCell(row, column('role')).dataValidation = list('"Tổ trưởng,Tổ viên"', 'Chức vụ');
    sheet.getCell(row, column('village')).dataValidation = list(
      `'Danh mục'!$A$2:$A$${1 + t.villages.length}`,
      'Thôn/Làng',
    );
    if (t.teams.length > 0)
      sheet.getCell(row, column('team')).dataValidation = list(
        `'Danh mục'!$B$2:$B$${1 + t.teams.length}`,
        'Tổ hòa giải',
      );
  }

  const help = workbook.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  for (const line of [
    'Cách điền danh sách hòa giải viên',
    '1. Mỗi người ghi một dòng, bắt đầu từ dòng 3 của trang “Danh sách hòa giải viên”; dòng 3 là ví dụ, hãy ghi đè hoặc xóa.',
    '2. Bắt buộc: Họ và tên, Năm sinh (ví dụ 1975, hoặc ngày sinh 15/03/1975), Giới tính (Nam/Nữ), Thôn/Làng.',
    '3. Tổ hòa giải: có thể để trống nếu thôn/làng chỉ có một tổ. Chức vụ: Tổ trưởng hoặc Tổ viên (để trống là Tổ viên); mỗi tổ một tổ trưởng.',
    '4. Dân tộc và số điện thoại là thông tin cá nhân: chỉ ghi khi người đó đồng ý, và chỉ người có thẩm quyền mới xem được.',
    '5. Nhập lại cùng danh sách không tạo người trùng: một người được nhận biết bằng họ tên, năm sinh và thôn/làng.',
    '6. Trước khi ghi, hệ thống hiển thị các dòng hợp lệ và các lỗi theo từng dòng; chưa có gì được ghi cho đến khi cán bộ xác nhận.',
  ])
    help.addRow([line]).alignment = { wrapText: true, vertical: 'top' };
  help.getRow(1).font = { bold: true, size: 13 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
