import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { biDong2026Logbook } from '../test/bi-dong-2026-logbook.ts';
import { readDocx } from '../test/read-docx.ts';
import { readXlsx, sheetRows } from '../test/read-xlsx.ts';
import { writeLogbookDocx } from './write-logbook-docx.ts';
import { writeLogbookXlsx } from './write-logbook-xlsx.ts';

describe('writeLogbookDocx (Law 35/2013 Art. 21.4; domain reference §1.11)', async () => {
  const doc = await readDocx(await writeLogbookDocx(biDong2026Logbook));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  it('prints the national heading, the title and the book heading', () => {
    has('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    has('SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ');
    has('Tổ hòa giải: Tổ hòa giải làng Bi Dông');
    has('Quyển số: 01');
    has('Mở sổ ngày: 02/01/2026');
    has('Khóa sổ ngày: …………………');
  });
  it('lays the ten columns on A4 landscape', () => {
    expect(doc.documentXml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(doc.documentXml).toMatch(
      /<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"|<w:pgSz [^>]*w:h="11906"[^>]*w:w="16838"/,
    );
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(
        doc.paragraphs.some((p) => p.endsWith(`(${n})`)),
        String(n),
      ).toBe(true);
  });
  it('writes each case of the year in order, with mediators, invited, parties and ages, result and notes', () => {
    const at = doc.paragraphs.indexOf('Tranh chấp lối đi chung giữa hai hộ');
    expect(doc.paragraphs.slice(at - 4, at + 6)).toEqual([
      '1',
      '02/03/2026',
      'Rơ Mah H’Bla\nĐinh Blui\nA Nhơn (người được mời)',
      'Đinh Văn Hùng, 46 tuổi, làng Bi Dông\nRơ Châm Y Lan, làng Bi Da',
      'Tranh chấp lối đi chung giữa hai hộ',
      'Mở lại lối đi rộng 2 m trước 30/4/2026',
      'x',
      '',
      '',
      '',
    ]);
    has('Đinh Văn Hùng, 46 tuổi, làng Bi Dông\nRơ Châm Y Lan, làng Bi Da');
    has('Rơ Mah H’Bla\nĐinh Blui\nA Nhơn (người được mời)');
    has('Các bên/một bên yêu cầu chấm dứt hòa giải');
    has('Không thuộc phạm vi hòa giải ở cơ sở; hướng dẫn đến: Công an xã (trình báo, tố giác)');
    expect(doc.paragraphs.some((p) => p.includes('Vụ việc năm 2025'))).toBe(false);
  });
  it("sums the year for the team leader's part II and the statistics", () => {
    has('PHẦN II. TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI');
    has(
      'Tổng số vụ, việc tiếp nhận trong năm: 3; hòa giải thành: 1; hòa giải không thành: 1 (trong đó các bên yêu cầu chấm dứt: 1); đang hòa giải: 0; chưa giải quyết: 0; không thuộc phạm vi hòa giải: 1.',
    );
  });
  it('refuses bad input before writing a byte', async () => {
    await expect(writeLogbookDocx({ ...biDong2026Logbook, teamName: '' })).rejects.toBeInstanceOf(ZodError);
  });
});

describe('writeLogbookXlsx', async () => {
  const workbook = await readXlsx(await writeLogbookXlsx(biDong2026Logbook));
  it('has the book and the summary, the cases in order with real dates', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sổ hòa giải', 'Tổng hợp']);
    const rows = sheetRows(workbook.getWorksheet('Sổ hòa giải')!);
    expect(rows[0]?.[0]).toBe(
      'Sổ theo dõi hoạt động hòa giải ở cơ sở năm 2026 — Tổ hòa giải làng Bi Dông, làng Bi Dông, xã Pờ Tó, tỉnh Gia Lai',
    );
    expect(rows.slice(2).map((r) => [r[0], (r[1] as Date).toISOString().slice(0, 10), r[6], r[7]])).toEqual([
      [1, '2026-03-02', 'x', null],
      [2, '2026-04-06', null, 'x'],
      [3, '2026-05-04', null, null],
    ]);
  });
  it('totals the year and each mediator', () => {
    const rows = sheetRows(workbook.getWorksheet('Tổng hợp')!);
    expect(rows[2]?.slice(0, 2)).toEqual([1, 'Rơ Mah H’Bla']);
    const total = (label: string) => rows.find((r) => r[1] === label)?.[2];
    expect([
      total('Tổng số vụ, việc tiếp nhận'),
      total('Hòa giải thành'),
      total('Không thuộc phạm vi hòa giải'),
    ]).toEqual([3, 1, 1]);
  });
});
