import { describe, expect, it } from 'vitest';
import { parseMediatorList, type MediatorListContext } from './parse-mediator-list.ts';

const context: MediatorListContext = {
  referenceYear: 2026,
  villages: [
    { id: 'v-bi-dong', name: 'Làng Bi Dông' },
    { id: 'v-bi-da', name: 'làng Bi Da' },
    { id: 'v-moi', name: 'Thôn Mới' },
    { id: 'v-hai', name: 'Thôn Hai' },
  ],
  teams: [
    { id: 't-bi-dong', name: 'Tổ hòa giải làng Bi Dông', villageId: 'v-bi-dong' },
    { id: 't-bi-da', name: 'Tổ hòa giải làng Bi Da', villageId: 'v-bi-da' },
    { id: 't-hai-1', name: 'Tổ hòa giải số 1 thôn Hai', villageId: 'v-hai' },
    { id: 't-hai-2', name: 'Tổ hòa giải số 2 thôn Hai', villageId: 'v-hai' },
  ],
};

/** A list as communes keep them: a heading, a title, a blank row, then the table. */
const heading = [['ỦY BAN NHÂN DÂN XÃ PỜ TÓ'], ['DANH SÁCH HÒA GIẢI VIÊN NĂM 2025'], []];
const header = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Giới tính (Nam/Nữ)',
  'Dân tộc',
  'Thôn/Làng',
  'Tổ hòa giải',
  'Chức vụ',
  'Nghề nghiệp',
  'Số điện thoại',
];
const person = (overrides: Partial<Record<number, unknown>> = {}): unknown[] => {
  const cells: unknown[] = [
    1,
    'Đinh Văn Hmưn',
    1968,
    'Nam',
    'Ba Na',
    'Làng Bi Dông',
    'Tổ hòa giải làng Bi Dông',
    'Tổ trưởng',
    'Già làng',
    '0912 345 678',
  ];
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
  return cells;
};

describe('parseMediatorList (issue 10, points 8 and 11)', () => {
  it('finds the header under the heading and reads a person with every column', () => {
    const r = parseMediatorList([...heading, header, person()], context);
    expect(r.issues).toEqual([]);
    expect(r.headerRow).toBe(4);
    expect(r.columns.sex).toEqual({ index: 3, title: 'Giới tính (Nam/Nữ)' });
    expect(r.valid).toEqual([
      {
        row: 5,
        key: 'v-bi-dong|1968|dinh van hmun',
        fullName: 'Đinh Văn Hmưn',
        birthYear: 1968,
        birthDate: null,
        sex: 'male',
        ethnicity: 'Ba Na',
        ethnicMinority: true,
        villageId: 'v-bi-dong',
        teamId: 't-bi-dong',
        role: 'leader',
        occupation: 'Già làng',
        phone: '0912345678',
      },
    ]);
  });

  it("accepts headers without diacritics and in another order, and the village's only team when there is no team column", () => {
    const rows = [
      ['Ho ten', 'Gioi tinh', 'Ngay sinh', 'Thon', 'Dan toc', 'Chuc danh'],
      ["Ksor H'Nhi", 'Nu', '05/09/1980', 'Bi Da', 'Kinh', 'To vien'],
    ];
    const r = parseMediatorList(rows, context);
    expect(r.issues).toEqual([]);
    expect(r.valid[0]).toMatchObject({
      fullName: "Ksor H'Nhi",
      sex: 'female',
      birthYear: 1980,
      birthDate: '1980-09-05',
      villageId: 'v-bi-da',
      teamId: 't-bi-da',
      role: 'member',
      ethnicMinority: false,
      phone: null,
    });
  });

  it('reads a birth date cell, a day number and a year typed as text', () => {
    const rows = [
      header,
      person({ 1: 'A Lưu', 2: new Date(Date.UTC(1975, 2, 15)), 7: 'Tổ viên' }),
      person({ 1: 'A Bơ', 2: 27468, 7: '' }),
      person({ 1: 'A Nơ', 2: ' 1990 ', 7: null }),
    ];
    expect(parseMediatorList(rows, context).valid.map((p) => [p.birthYear, p.birthDate])).toEqual([
      [1975, '1975-03-15'],
      [1975, '1975-03-15'],
      [1990, null],
    ]);
  });

  it('names every problem of a row with its code, the row and the column as written in the file (its texts are checked in @hgcs/i18n)', () => {
    const rows = [
      ...heading,
      header,
      person({ 1: '', 2: '19655', 3: 'x', 5: 'Làng Không Có', 7: 'Chủ tịch', 9: '12345' }),
    ];
    const r = parseMediatorList(rows, context);
    expect(r.valid).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual([
      'IMPORT.REQUIRED',
      'IMPORT.BAD_BIRTH',
      'IMPORT.BAD_SEX',
      'IMPORT.UNKNOWN_VILLAGE',
      'IMPORT.BAD_ROLE',
      'IMPORT.BAD_PHONE',
    ]);
    expect(r.issues[1]).toMatchObject({ code: 'IMPORT.BAD_BIRTH', row: 5, column: 'Năm sinh' });
  });

  it('refuses a birth year after the import year, a name with digits, and an unknown team of the village', () => {
    const rows = [header, person({ 2: 2027 }), person({ 1: 'Nguyễn Văn 2' }), person({ 6: 'Tổ hòa giải làng Bi Da' })];
    expect(parseMediatorList(rows, context).issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'IMPORT.BAD_BIRTH'],
      [3, 'IMPORT.BAD_NAME'],
      [4, 'IMPORT.UNKNOWN_TEAM'],
    ]);
  });

  it('asks for the team when the village has several, and matches it by name without diacritics', () => {
    const rows = [
      header,
      person({ 5: 'Thôn Hai', 6: null }),
      person({ 1: 'Lê Thị Hoa', 5: 'thon hai', 6: 'to hoa giai so 2 thon hai' }),
    ];
    const r = parseMediatorList(rows, context);
    expect(r.issues.map((i) => i.code)).toEqual(['IMPORT.TEAM_AMBIGUOUS']);
    expect(r.valid.map((p) => p.teamId)).toEqual(['t-hai-2']);
    expect(parseMediatorList([header, person({ 5: 'Thôn Mới', 6: null })], context).issues[0]?.code).toBe(
      'IMPORT.NO_TEAM_IN_VILLAGE',
    );
  });

  it('flags the same person twice (also typed without diacritics) and a second leader, keeping the first row', () => {
    const rows = [
      header,
      person(),
      person({ 0: 2, 1: 'DINH VAN HMUN', 7: 'Tổ viên' }),
      person({ 0: 3, 1: 'Rơ Mah Hyin', 3: 'Nữ' }),
    ];
    const r = parseMediatorList(rows, context);
    expect(r.valid.map((p) => p.row)).toEqual([2]);
    expect(r.issues.map((i) => i.code)).toEqual(['IMPORT.DUPLICATE_PERSON', 'IMPORT.SECOND_LEADER']);
  });

  it('gives the same keys on a re-import of the same list, so nothing is duplicated', () => {
    const first = parseMediatorList([header, person(), person({ 1: 'Rơ Mah Hyin', 3: 'Nữ', 7: 'Tổ viên' })], context);
    const again = parseMediatorList(
      [
        ['Ho va ten', 'Nam sinh', 'Gioi tinh', 'Lang'],
        ['Ro Mah  Hyin', '1968', 'nu', 'lang bi dong'],
      ],
      context,
    );
    expect(again.valid.map((p) => p.key)).toEqual([first.valid[1]!.key]);
  });

  it('skips empty rows, reads rich text and formula results, and numbers rows from where the sheet starts', () => {
    const rows = [
      header,
      [null, '', '  '],
      person({
        1: { richText: [{ text: 'Đinh ' }, { text: 'Thị Blơi' }] },
        2: { formula: 'A1', result: 1970 },
        3: 'Nữ',
        9: 912345678,
      }),
    ];
    const r = parseMediatorList(rows, { ...context, firstRowNumber: 10 });
    expect(r.issues).toEqual([]);
    expect(r.valid[0]).toMatchObject({ row: 12, fullName: 'Đinh Thị Blơi', birthYear: 1970, phone: '0912345678' });
  });

  it('stops at the file level when there is no header, a required column is missing, or a column is given twice', () => {
    expect(parseMediatorList([['Danh sách'], ['Tên', 'Tuổi']], context).issues.map((i) => i.code)).toEqual([
      'IMPORT.NO_HEADER',
    ]);
    const missing = parseMediatorList([['STT', 'Họ và tên', 'Dân tộc']], context);
    expect(missing.issues.map((i) => i.code)).toEqual([
      'IMPORT.MISSING_COLUMN',
      'IMPORT.MISSING_COLUMN',
      'IMPORT.MISSING_COLUMN',
    ]);
    expect(parseMediatorList([[...header, 'Ngày sinh']], context).issues.map((i) => i.code)).toEqual([
      'IMPORT.DUPLICATE_COLUMN',
    ]);
    expect(
      parseMediatorList(
        Array.from({ length: 5001 }, () => []),
        context,
      ).issues[0]?.code,
    ).toBe('IMPORT.TOO_MANY_ROWS');
  });

  it('refuses a malformed context', () => {
    expect(() => parseMediatorList([header], { ...context, referenceYear: 20266 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
