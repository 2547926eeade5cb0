import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { readXlsx, sheetRows } from '../test/read-xlsx.ts';
import type { RegistryExport } from './registry-export.ts';
import { writeRegistryXlsx } from './write-registry-xlsx.ts';

const member = (
  fullName: string,
  sex: 'female' | 'male',
  ethnicMinority: boolean,
  extra: Partial<RegistryExport['teams'][number]['members'][number]> = {},
) => ({
  fullName,
  birthYear: 1970,
  sex,
  ethnicity: ethnicMinority ? 'Ba Na' : 'Kinh',
  ethnicMinority,
  occupation: 'Làm nông',
  phone: '0912345678',
  role: 'member' as const,
  joinedOn: '2020-05-01',
  recognition: { number: '12/QĐ-UBND', date: '2020-05-01' },
  leftOn: null,
  leftReason: null,
  ...extra,
});

const registry: RegistryExport = {
  communeName: 'xã Pờ Tó',
  asOf: '2026-12-31',
  includePersonalData: false,
  teams: [
    {
      village: 'Làng Bi Dông',
      villageEthnicMinorityArea: true,
      name: 'Tổ hòa giải làng Bi Dông',
      members: [
        member('Đinh Văn Hmưn', 'male', true, { role: 'leader' }),
        member('Đinh Thị Hờ', 'female', true),
        member('Nguyễn Văn Tâm', 'male', false),
        member('Rơ Mah Blưh', 'male', true, { leftOn: '2026-08-10', leftReason: 'lost_standard' }),
      ],
    },
    {
      village: 'Làng Bi Da',
      villageEthnicMinorityArea: true,
      name: 'Tổ hòa giải làng Bi Da',
      members: [
        member('A Lưu', 'male', true, { role: 'leader', leftOn: '2026-06-01', leftReason: 'voluntary' }),
        member('Lê Văn Hải', 'male', false, { recognition: null }),
      ],
    },
  ],
};

describe('writeRegistryXlsx', async () => {
  const workbook = await readXlsx(await writeRegistryXlsx(registry));
  const teams = sheetRows(workbook.getWorksheet('Tổ hòa giải')!);
  const members = sheetRows(workbook.getWorksheet('Hòa giải viên')!);

  it('lists each team with its composition on the day and whether it meets Art. 12.1 (former members do not count)', () => {
    expect(teams[0]![0]).toBe('Các tổ hòa giải xã Pờ Tó (tính đến ngày 31/12/2026)');
    expect(teams[1]).toEqual([
      'STT',
      'Thôn/Làng',
      'Tổ hòa giải',
      'Tổ trưởng',
      'Số hòa giải viên',
      'Nữ',
      'Dân tộc thiểu số',
      'Đạt cơ cấu (Điều 12 Luật HGCS)',
      'Chưa đạt',
    ]);
    expect(teams[2]).toEqual([1, 'Làng Bi Dông', 'Tổ hòa giải làng Bi Dông', 'Đinh Văn Hmưn', 3, 1, 2, 'Đạt', null]);
    expect(teams[3]).toEqual([
      2,
      'Làng Bi Da',
      'Tổ hòa giải làng Bi Da',
      null,
      1,
      0,
      0,
      'Chưa đạt',
      [
        'Tổ hòa giải có 1 hòa giải viên đang hoạt động; cần ít nhất 3.',
        'Tổ hòa giải phải có ít nhất một hòa giải viên nữ.',
        'Thôn/làng là vùng có nhiều đồng bào dân tộc thiểu số: tổ phải có hòa giải viên là người dân tộc thiểu số.',
        'Tổ hòa giải chưa có tổ trưởng.',
      ].join('\n'),
    ]);
  });

  it('lists every membership with its history, and leaves birth year, ethnicity and phone out unless allowed', () => {
    expect(members[1]).toEqual([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Thôn/Làng',
      'Tổ hòa giải',
      'Chức vụ',
      'Nghề nghiệp',
      'Ngày vào tổ',
      'Quyết định công nhận',
      'Ngày thôi',
      'Lý do thôi',
      'Đang hoạt động',
    ]);
    expect(members).toHaveLength(2 + 6);
    expect(members[5]).toEqual([
      4,
      'Rơ Mah Blưh',
      'Nam',
      'Làng Bi Dông',
      'Tổ hòa giải làng Bi Dông',
      'Tổ viên',
      'Làm nông',
      new Date(Date.UTC(2020, 4, 1)),
      '12/QĐ-UBND ngày 01/05/2020',
      new Date(Date.UTC(2026, 7, 10)),
      'Không còn đủ tiêu chuẩn',
      'Không',
    ]);
    expect(members[7]!.slice(1, 2).concat(members[7]!.slice(8, 9), members[7]!.slice(11))).toEqual([
      'Lê Văn Hải',
      null,
      'Có',
    ]);
    expect(JSON.stringify(members)).not.toContain('0912345678');
    expect(JSON.stringify(members)).not.toContain('Ba Na');
  });

  it('adds ethnicity and phone (as text) for a role that may read them', async () => {
    const book = await readXlsx(await writeRegistryXlsx({ ...registry, includePersonalData: true }));
    const sheet = book.getWorksheet('Hòa giải viên')!;
    const rows = sheetRows(sheet);
    expect(rows[1]!.slice(2, 3).concat(rows[1]!.slice(4, 5), rows[1]!.slice(9, 10))).toEqual([
      'Năm sinh',
      'Dân tộc',
      'Số điện thoại',
    ]);
    expect(rows[2]!.slice(4, 5).concat(rows[2]!.slice(9, 10))).toEqual(['Ba Na', '0912345678']);
    expect(sheet.getColumn(10).numFmt).toBe('@');
  });

  it('counts members as of the day asked: before someone left, they still count', async () => {
    const book = await readXlsx(await writeRegistryXlsx({ ...registry, asOf: '2026-05-31' }));
    expect(sheetRows(book.getWorksheet('Tổ hòa giải')!)[3]!.slice(3, 5)).toEqual(['A Lưu', 2]);
    expect(book.created).toEqual(new Date(Date.UTC(2026, 4, 31)));
  });
});

describe('writeRegistryXlsx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());
  it.each([
    [
      'a departure without its reason',
      () => {
        const bad = structuredClone(registry);
        bad.teams[0]!.members[0]!.leftOn = '2026-01-01';
        return bad;
      },
    ],
    [
      'a recognition dated on a day that does not exist',
      () => {
        const bad = structuredClone(registry);
        bad.teams[0]!.members[0]!.recognition = { number: '1/QĐ-UBND', date: '2026-02-30' };
        return bad;
      },
    ],
  ])('%s', async (_, make) => {
    const addWorksheet = vi.spyOn(ExcelJS.Workbook.prototype, 'addWorksheet');
    await expect(writeRegistryXlsx(make())).rejects.toBeInstanceOf(ZodError);
    expect(addWorksheet).not.toHaveBeenCalled();
  });
});
