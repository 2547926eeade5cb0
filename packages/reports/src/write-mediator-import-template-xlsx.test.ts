import { parseMediatorList } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { readXlsx, sheetRows } from '../test/read-xlsx.ts';
import { writeMediatorImportTemplateXlsx, type MediatorImportTemplate } from './write-mediator-import-template-xlsx.ts';

const template: MediatorImportTemplate = {
  communeName: 'xã Pờ Tó',
  date: '2026-03-02',
  villages: ['Làng Bi Dông', 'Làng Bi Da'],
  teams: ['Tổ hòa giải làng Bi Dông', 'Tổ hòa giải làng Bi Da'],
};

describe('writeMediatorImportTemplateXlsx', async () => {
  const workbook = await readXlsx(await writeMediatorImportTemplateXlsx(template));
  const sheet = workbook.getWorksheet('Danh sách hòa giải viên')!;

  it("has the import's Vietnamese headers and an example row, plus the lists and the instructions", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách hòa giải viên', 'Danh mục', 'Hướng dẫn']);
    expect(sheetRows(sheet)[1]).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Giới tính',
      'Dân tộc',
      'Thôn/Làng',
      'Tổ hòa giải',
      'Chức vụ',
      'Nghề nghiệp',
      'Số điện thoại',
    ]);
    expect(sheetRows(sheet)[2]).toEqual([
      1,
      'Đinh Thị Hờ',
      1975,
      'Nữ',
      'Ba Na',
      'Làng Bi Dông',
      'Tổ hòa giải làng Bi Dông',
      'Tổ trưởng',
      'Làm nông',
      '0912345678',
    ]);
    expect(workbook.getWorksheet('Hướng dẫn')!.getCell('A1').value).toBe('Cách điền danh sách hòa giải viên');
    expect(workbook.created).toEqual(new Date(Date.UTC(2026, 2, 2)));
  });

  it('is read back by the import as one valid person (template and reader agree)', () => {
    const r = parseMediatorList(sheetRows(sheet), {
      referenceYear: 2026,
      villages: [
        { id: 'v1', name: 'Làng Bi Dông' },
        { id: 'v2', name: 'Làng Bi Da' },
      ],
      teams: [
        { id: 't1', name: 'Tổ hòa giải làng Bi Dông', villageId: 'v1' },
        { id: 't2', name: 'Tổ hòa giải làng Bi Da', villageId: 'v2' },
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.valid).toMatchObject([
      {
        row: 3,
        fullName: 'Đinh Thị Hờ',
        birthYear: 1975,
        sex: 'female',
        teamId: 't1',
        role: 'leader',
        phone: '0912345678',
      },
    ]);
  });

  it('offers drop-down lists for sex, role, village and team, and keeps phone numbers as text', () => {
    expect(sheet.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(sheet.getCell('H502').dataValidation).toMatchObject({ type: 'list', formulae: ['"Tổ trưởng,Tổ viên"'] });
    expect(sheet.getCell('F3').dataValidation.formulae).toEqual(["'Danh mục'!$A$2:$A$3"]);
    expect(sheet.getCell('G3').dataValidation.formulae).toEqual(["'Danh mục'!$B$2:$B$3"]);
    expect(sheet.getColumn(10).numFmt).toBe('@');
    expect(sheetRows(workbook.getWorksheet('Danh mục')!)).toEqual([
      ['Thôn/Làng', 'Tổ hòa giải'],
      ['Làng Bi Dông', 'Tổ hòa giải làng Bi Dông'],
      ['Làng Bi Da', 'Tổ hòa giải làng Bi Da'],
    ]);
  });

  it('names the team after the first village when the commune has no team yet', async () => {
    const book = await readXlsx(await writeMediatorImportTemplateXlsx({ ...template, teams: [] }));
    expect(book.getWorksheet('Danh sách hòa giải viên')!.getCell('G3').value).toBe('Tổ hòa giải Làng Bi Dông');
  });
});

describe('writeMediatorImportTemplateXlsx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());
  it.each([
    ['no village', { ...template, villages: [] }],
    ['a date that does not exist', { ...template, date: '2026-02-29' }],
  ])('%s', async (_, bad) => {
    const addWorksheet = vi.spyOn(ExcelJS.Workbook.prototype, 'addWorksheet');
    await expect(writeMediatorImportTemplateXlsx(bad)).rejects.toBeInstanceOf(ZodError);
    expect(addWorksheet).not.toHaveBeenCalled();
  });
});
