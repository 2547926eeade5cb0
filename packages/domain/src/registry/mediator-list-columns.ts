/**
 * The columns a Vietnamese commune's list of mediators usually has, with the header variants found on such lists
 * (with or without diacritics, with notes in brackets: "Giới tính (Nam/Nữ)"), and the search for the header row.
 */
import { foldText } from './fold-text.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';

/** The fields the import reads. `birth` is "Năm sinh" or "Ngày sinh". */
export const mediatorListFields = [
  'index',
  'fullName',
  'birth',
  'sex',
  'ethnicity',
  'village',
  'team',
  'role',
  'occupation',
  'phone',
] as const;
export type MediatorListField = (typeof mediatorListFields)[number];

/** The header each field has in the template, and the folded variants accepted on a commune's own list. */
export const mediatorListColumns: Readonly<
  Record<MediatorListField, { title: string; required: boolean; variants: readonly string[] }>
> = {
  index: { title: 'STT', required: false, variants: ['stt', 'tt', 'so tt', 'so thu tu'] },
  fullName: {
    title: 'Họ và tên',
    required: true,
    variants: ['ho va ten', 'ho ten', 'ho va ten hoa giai vien', 'ho ten hoa giai vien', 'ten hoa giai vien'],
  },
  birth: {
    title: 'Năm sinh',
    required: true,
    variants: ['nam sinh', 'ngay sinh', 'ngay thang nam sinh', 'sinh nam', 'nam sinh ngay sinh', 'ngay sinh nam sinh'],
  },
  sex: { title: 'Giới tính', required: true, variants: ['gioi tinh', 'gioi', 'nam nu', 'phai'] },
  ethnicity: { title: 'Dân tộc', required: false, variants: ['dan toc'] },
  village: {
    title: 'Thôn/Làng',
    required: true,
    variants: [
      'thon lang',
      'lang thon',
      'thon',
      'lang',
      'thon to dan pho',
      'thon lang to dan pho',
      'noi cu tru',
      'thon lang noi cu tru',
      'dia chi',
      'noi o',
      'cho o',
    ],
  },
  team: {
    title: 'Tổ hòa giải',
    required: false,
    variants: ['to hoa giai', 'ten to hoa giai', 'thuoc to hoa giai', 'to'],
  },
  role: {
    title: 'Chức vụ',
    required: false,
    variants: ['chuc vu', 'chuc danh', 'vai tro', 'chuc vu trong to', 'chuc vu trong to hoa giai', 'to truong to vien'],
  },
  occupation: {
    title: 'Nghề nghiệp',
    required: false,
    variants: [
      'nghe nghiep',
      'nghe nghiep chuc vu',
      'nghe nghiep vi tri cong tac',
      'nghe nghiep hoac uy tin',
      'nghe nghiep noi cong tac',
    ],
  },
  phone: {
    title: 'Số điện thoại',
    required: false,
    variants: ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'dt', 'dien thoai lien he'],
  },
};

/** Where each field is in the sheet: its 0-based index and the title as written in the file. */
export type ColumnMap = Partial<Record<MediatorListField, { index: number; title: string }>>;

/** A header cell's folded words, notes in brackets dropped: "Giới tính (Nam/Nữ)" → "gioi tinh". */
export function foldHeader(title: string): string {
  return foldText(title.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' '));
}

/** The field a header cell names, or null. */
export function fieldOfHeader(title: string): MediatorListField | null {
  const folded = foldHeader(title);
  return mediatorListFields.find((f) => mediatorListColumns[f].variants.includes(folded)) ?? null;
}

/** How many rows from the top are searched for the header (lists open with the commune's heading and a title). */
export const headerSearchRows = 15;

/**
 * Finds the header row (the first with a "Họ và tên" column among the first rows) and maps its columns; lists the
 * missing required columns and any column given twice as file issues.
 */
export function findHeader(
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
): { rowIndex: number; columns: ColumnMap } | { issues: ImportIssue[] } {
  const rowIndex = rows
    .slice(0, headerSearchRows)
    .findIndex((cells) => cells.some((c) => fieldOfHeader(c) === 'fullName'));
  if (rowIndex < 0) return { issues: [importIssue('IMPORT.NO_HEADER', null, null, { rows: headerSearchRows })] };
  const row = rowIndex + firstRowNumber;
  const columns: ColumnMap = {};
  const issues: ImportIssue[] = [];
  rows[rowIndex]!.forEach((title, index) => {
    const field = fieldOfHeader(title);
    if (field === null) return;
    if (columns[field] !== undefined)
      issues.push(
        importIssue('IMPORT.DUPLICATE_COLUMN', null, null, { row, column: mediatorListColumns[field].title }),
      );
    else columns[field] = { index, title: title.trim() };
  });
  for (const field of mediatorListFields) {
    if (mediatorListColumns[field].required && columns[field] === undefined)
      issues.push(importIssue('IMPORT.MISSING_COLUMN', null, null, { row, column: mediatorListColumns[field].title }));
  }
  return issues.length > 0 ? { issues } : { rowIndex, columns };
}
