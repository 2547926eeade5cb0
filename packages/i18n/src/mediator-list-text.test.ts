import { describe, expect, it } from 'vitest';
import { parseMediatorList, type MediatorListContext } from '@hgcs/domain';
import { errorText } from './index.ts';

/** The import's problems as the officer reads them: the catalogue's Vietnamese. */
const vi = (i: { code: string; params: Readonly<Record<string, string | number>> }) =>
  errorText('vi', i.code, i.params);

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
  it('explains every problem of a row in plain Vietnamese with the row and the column as written in the file', () => {
    const rows = [
      ...heading,
      header,
      person({ 1: '', 2: '19655', 3: 'x', 5: 'Làng Không Có', 7: 'Chủ tịch', 9: '12345' }),
    ];
    const r = parseMediatorList(rows, context);
    expect(r.valid).toEqual([]);
    expect(r.issues.map(vi)).toEqual([
      'Dòng 5, cột “Họ và tên”: chưa ghi nội dung.',
      'Dòng 5, cột “Năm sinh”: “19655” không phải năm sinh hoặc ngày sinh hợp lệ (ví dụ 1965 hoặc 15/03/1965).',
      'Dòng 5, cột “Giới tính (Nam/Nữ)”: “x” không rõ giới tính; hãy ghi “Nam” hoặc “Nữ”.',
      'Dòng 5, cột “Thôn/Làng”: xã không có thôn/làng “Làng Không Có”; hãy kiểm tra tên hoặc thêm thôn/làng trước.',
      'Dòng 5, cột “Chức vụ”: “Chủ tịch” không rõ chức vụ trong tổ; hãy ghi “Tổ trưởng” hoặc “Tổ viên”.',
      'Dòng 5, cột “Số điện thoại”: “12345” không phải số điện thoại (10 hoặc 11 chữ số, bắt đầu bằng số 0).',
    ]);
    expect(r.issues[1]).toMatchObject({ code: 'IMPORT.BAD_BIRTH', row: 5, column: 'Năm sinh' });
  });

  it('asks for the team when the village has several, and matches it by name without diacritics', () => {
    const rows = [
      header,
      person({ 5: 'Thôn Hai', 6: null }),
      person({ 1: 'Lê Thị Hoa', 5: 'thon hai', 6: 'to hoa giai so 2 thon hai' }),
    ];
    const r = parseMediatorList(rows, context);
    expect(r.issues.map(vi)).toEqual([
      'Dòng 2: thôn/làng “Thôn Hai” có nhiều tổ hòa giải; hãy ghi tên tổ ở cột “Tổ hòa giải”.',
    ]);
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
    expect(r.issues.map(vi)).toEqual([
      'Dòng 3: trùng với dòng 2 (cùng họ tên, năm sinh và thôn/làng); mỗi người chỉ ghi một dòng.',
      'Dòng 4: tổ “Tổ hòa giải làng Bi Dông” đã có tổ trưởng ở dòng 2; mỗi tổ chỉ có một tổ trưởng.',
    ]);
  });

  it('stops at the file level when there is no header, a required column is missing, or a column is given twice', () => {
    expect(parseMediatorList([['Danh sách'], ['Tên', 'Tuổi']], context).issues.map(vi)).toEqual([
      'Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 15 dòng đầu của trang tính.',
    ]);
    const missing = parseMediatorList([['STT', 'Họ và tên', 'Dân tộc']], context);
    expect(missing.issues.map(vi)).toEqual([
      'Dòng tiêu đề (dòng 1) thiếu cột “Năm sinh”.',
      'Dòng tiêu đề (dòng 1) thiếu cột “Giới tính”.',
      'Dòng tiêu đề (dòng 1) thiếu cột “Thôn/Làng”.',
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
});
