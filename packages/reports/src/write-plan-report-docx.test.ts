import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { poTo2026Report } from '../test/po-to-2026-report.ts';
import { readDocx } from '../test/read-docx.ts';
import type { PlanYearReport } from './plan-year-report.ts';
import { writePlanReportDocx } from './write-plan-report-docx.ts';

const report = poTo2026Report;
const twipsToMm = (twips: number) => (twips * 25.4) / 1440;
const attr = (xml: string, element: string, name: string) =>
  Number(new RegExp(`<${element} [^>]*w:${name}="(\\d+)"`).exec(xml)?.[1]);

describe('writePlanReportDocx', async () => {
  const doc = await readDocx(await writePlanReportDocx(report));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  const runWith = (text: string) => {
    const run = doc.runs.find((r) => r.text === text);
    if (!run) throw new Error(`no run reads "${text}"`);
    return run.xml;
  };

  it('prints the issuer, the national heading, the number and the place and date (Decree 30, Phụ lục I)', () => {
    has('ỦY BAN NHÂN DÂN TỈNH GIA LAI');
    has('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    has('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    has('Độc lập - Tự do - Hạnh phúc');
    has('Số: 125/BC-UBND');
    has('Pờ Tó, ngày 27 tháng 11 năm 2026');
    expect(runWith('ỦY BAN NHÂN DÂN XÃ PỜ TÓ')).toContain('<w:b/>');
    expect(runWith('ỦY BAN NHÂN DÂN TỈNH GIA LAI')).not.toContain('<w:b/>');
    expect(runWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runWith('Pờ Tó, ngày 27 tháng 11 năm 2026')).toContain('<w:i/>');
  });

  it('sets the heading in a table without borders, issuer on the left and the nation on the right', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.documentXml)![0];
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)![1]!;
    expect([...borders.matchAll(/w:val="(\w+)"/g)].map((m) => m[1])).toEqual(Array(6).fill('none'));
    expect(table).not.toContain('<w:tcBorders>');
    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells[0]).toContain('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    expect(cells[1]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cells[2]).toContain('Số: 125/BC-UBND');
    expect(cells[3]).toContain('ngày 27 tháng 11 năm 2026');
  });

  it('titles the report and names the plan and the year', () => {
    has('BÁO CÁO');
    has(`Kết quả thực hiện Kế hoạch ${report.planTitle} năm 2026`);
    expect(runWith('BÁO CÁO')).toContain('<w:b/>');
  });

  it('prints every group, every task code and the progress figures', () => {
    const { total, done, overdue } = report.overall;
    expect(
      doc.paragraphs.some((p) => p.includes(`đã hoàn thành ${done}/${total} công việc; ${overdue} công việc quá hạn`)),
    ).toBe(true);
    expect(doc.paragraphs.some((p) => p.includes('Tiến độ chung đạt 42,5%.'))).toBe(true);
    for (const group of report.groups) {
      has(`${group.code}. ${group.title}`);
      for (const task of group.tasks) has(task.code);
    }
    has('Tiến độ: 100%'); // group 1: both items done
    has('Tiến độ: —'); // group 2: nothing tracked yet
    has('40%\nĐang thực hiện: 1\nQuá hạn: 1'); // task 3b: (60 + 20) / 2
    has('—\nĐã hủy: 1'); // task 7a: its only item cancelled
  });

  it('prints sections III–V from the chairman\'s record, one paragraph per line, "Không có." where nothing was written', () => {
    const at = (text: string) => doc.paragraphs.indexOf(text);
    expect(at('III. KHÓ KHĂN, VƯỚNG MẮC')).toBeGreaterThan(at('II. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG'));
    expect(
      doc.paragraphs.slice(at('III. KHÓ KHĂN, VƯỚNG MẮC') + 1, at('IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI')),
    ).toEqual(['Một số thôn, làng ở xa, đi lại khó khăn.', 'Kinh phí bồi dưỡng hòa giải viên còn hạn chế.']);
    expect(doc.paragraphs.slice(at('IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI') + 1, at('V. ĐỀ XUẤT, KIẾN NGHỊ'))).toEqual([
      'Tổ chức tập huấn cho hòa giải viên mới trong quý I năm 2027.',
    ]);
    expect(doc.paragraphs[at('V. ĐỀ XUẤT, KIẾN NGHỊ') + 1]).toBe('Không có.');
    expect(at('V. ĐỀ XUẤT, KIẾN NGHỊ')).toBeLessThan(at('Nơi nhận:'));
    expect(runWith('III. KHÓ KHĂN, VƯỚNG MẮC')).toContain('<w:b/>');
  });

  it('closes with "Nơi nhận" (ending "- Lưu: VT.") beside the signature', () => {
    has('Nơi nhận:');
    expect(runWith('Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    const recipients = doc.paragraphs.slice(
      doc.paragraphs.indexOf('Nơi nhận:') + 1,
      doc.paragraphs.indexOf('- Lưu: VT.') + 1,
    );
    expect(recipients).toEqual([...report.recipients.map((r) => `- ${r};`), '- Lưu: VT.']);
    has('TM. ỦY BAN NHÂN DÂN');
    has('CHỦ TỊCH');
    has('Ksor Thu');
    expect(runWith('CHỦ TỊCH')).toContain('<w:b/>');
    expect(runWith('Ksor Thu')).toContain('<w:b/>');
  });

  it('is A4 with Decree 30 margins, in Times New Roman', () => {
    expect(attr(doc.documentXml, 'w:pgSz', 'w')).toBe(11906);
    expect(attr(doc.documentXml, 'w:pgSz', 'h')).toBe(16838);
    const margin = (side: string) => twipsToMm(attr(doc.documentXml, 'w:pgMar', side));
    for (const side of ['top', 'bottom']) expect(margin(side)).toSatisfy((mm: number) => mm >= 20 && mm <= 25);
    expect(margin('left')).toSatisfy((mm: number) => mm >= 30 && mm <= 35);
    expect(margin('right')).toSatisfy((mm: number) => mm >= 15 && mm <= 20);
    expect(doc.stylesXml).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('leaves the number blank for the clerk and drops a missing parent body', async () => {
    const draft = await readDocx(
      await writePlanReportDocx({
        ...report,
        documentNumber: null,
        issuer: { parentName: null, name: report.issuer.name },
        date: '2026-02-05',
      }),
    );
    expect(draft.paragraphs).toContain('Số:      /BC-UBND');
    expect(draft.paragraphs).not.toContain('ỦY BAN NHÂN DÂN TỈNH GIA LAI');
    expect(draft.paragraphs).toContain('Pờ Tó, ngày 05 tháng 02 năm 2026');
  });

  it('keeps &, <, quotes and Vietnamese diacritics as they were', async () => {
    const content = 'Hòa giải "tranh chấp" <đất rẫy> & \'nương\' — Pơlei Ia Ly; Pờ Tó (NFD)'.replace(
      'Pờ Tó',
      'Pờ Tó'.normalize('NFD'),
    );
    const [first, ...rest] = report.groups;
    const task = { ...first!.tasks[0]!, content, leadAgency: 'Văn phòng HĐND & UBND xã' };
    const tricky: PlanYearReport = {
      ...report,
      groups: [{ ...first!, title: '<Nhóm> & "1"', tasks: [task] }, ...rest],
    };
    const read = await readDocx(await writePlanReportDocx(tricky));
    expect(read.paragraphs).toContain(content);
    expect(read.paragraphs).toContain('Văn phòng HĐND & UBND xã');
    expect(read.paragraphs).toContain('1. <Nhóm> & "1"');
  });
});

describe('writePlanReportDocx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'a missing field',
      (r: Record<string, unknown>) => {
        delete r.signer;
      },
    ],
    [
      'an unknown status',
      (r: PlanYearReport) => {
        (r.groups[0]!.tasks[0]!.items[0] as { status: string }).status = 'finished';
      },
    ],
    [
      'a day that does not exist',
      (r: PlanYearReport) => {
        r.date = '2026-02-30';
      },
    ],
    [
      'a date in the wrong form',
      (r: PlanYearReport) => {
        r.groups[0]!.tasks[0]!.items[0]!.dueDate = '27/11/2026';
      },
    ],
  ] as const)('%s', async (_, spoil) => {
    const pack = vi.spyOn(Packer, 'pack');
    const bad = structuredClone(report);
    spoil(bad as PlanYearReport & Record<string, unknown>);
    await expect(writePlanReportDocx(bad)).rejects.toBeInstanceOf(ZodError);
    expect(pack).not.toHaveBeenCalled();
  });
});
