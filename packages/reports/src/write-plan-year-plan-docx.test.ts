import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { poTo2027Plan } from '../test/po-to-2027-plan.ts';
import { readDocx, textOf, type ReadDocx } from '../test/read-docx.ts';
import type { PlanYearPlan } from './plan-year-plan.ts';
import { writePlanYearPlanDocx } from './write-plan-year-plan-docx.ts';

const plan = poTo2027Plan;
const items = plan.groups.flatMap((g) => g.items);
const attr = (xml: string, element: string, name: string) =>
  Number(new RegExp(`<${element} [^>]*w:${name}="(\\d+)"`).exec(xml)?.[1]);

/** The ruled tables of the body (the first table is the heading, the last 'Nơi nhận' and the signature), as cell texts. */
function workTables(doc: ReadDocx): string[][][] {
  const tables = [...doc.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).slice(1, -1);
  return tables.map((t) =>
    [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
}

describe('writePlanYearPlanDocx', async () => {
  const doc = await readDocx(await writePlanYearPlanDocx(plan));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  const indexOf = (text: string) => doc.paragraphs.indexOf(text);
  const runWith = (text: string) => doc.runs.find((r) => r.text === text)?.xml ?? '';
  const tables = workTables(doc);

  it('prints the Decree 30 heading with a KH-UBND number, the place and the date', () => {
    for (const line of [
      'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
      'ỦY BAN NHÂN DÂN XÃ PỜ TÓ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ])
      has(line);
    has('Số: 18/KH-UBND');
    has('Pờ Tó, ngày 15 tháng 01 năm 2027');
    expect(runWith('ỦY BAN NHÂN DÂN XÃ PỜ TÓ')).toContain('<w:b/>');
    expect(runWith('Pờ Tó, ngày 15 tháng 01 năm 2027')).toContain('<w:i/>');
  });

  it('leaves the date blank for the clerk when the plan has no issuing date yet (never the day it is printed)', async () => {
    const undated = await readDocx(await writePlanYearPlanDocx({ ...plan, date: null }));
    const line = undated.paragraphs.find((p) => p.startsWith('Pờ Tó, ngày'));
    expect(line).toMatch(/^Pờ Tó, ngày\s+tháng\s+năm\s+$/);
  });

  it('titles the document "KẾ HOẠCH" with the plan\'s title and the year under it', () => {
    has('KẾ HOẠCH');
    has(`${plan.planTitle} năm 2027`);
    expect(runWith('KẾ HOẠCH')).toContain('<w:b/>');
    expect(indexOf('KẾ HOẠCH')).toBeLessThan(indexOf('I. MỤC ĐÍCH, YÊU CẦU'));
  });

  it('has the four parts in order, each heading bold', () => {
    const parts = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THỰC HIỆN',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ];
    const at = parts.map(indexOf);
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const part of parts) expect(runWith(part)).toContain('<w:b/>');
  });

  it('says the purpose in a sentence naming the plan in running text and the year', () => {
    const purpose = doc.paragraphs[indexOf('1. Mục đích') + 1]!;
    expect(purpose).toMatch(
      /^Cụ thể hóa các nhiệm vụ năm 2027 của Kế hoạch triển khai thực hiện Đề án “Nâng cao năng lực/,
    );
    expect(doc.paragraphs[indexOf('2. Yêu cầu') + 1]).toMatch(/^Các cơ quan, đơn vị được giao chủ trì, phối hợp/);
  });

  it('prints every group with a table of its work items: code, content, lead, partners, timing with due date, evidence', () => {
    for (const g of plan.groups) has(`${g.code}. ${g.title}`);
    expect(tables).toHaveLength(plan.groups.filter((g) => g.items.length > 0).length);
    for (const t of tables)
      expect(t[0]).toEqual([
        'Mã',
        'Nội dung công việc',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời gian thực hiện',
        'Sản phẩm, minh chứng',
      ]);
    const rows = tables.flatMap((t) => t.slice(1));
    expect(rows.map((r) => r[0])).toEqual(items.map((w) => w.taskCode));
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    expect(row('1')).toEqual([
      '1',
      items[0]!.content,
      'Văn phòng HĐND và UBND xã',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã; các phòng, ban chuyên môn có liên quan',
      'Hàng năm.\nHạn: 31/12/2027',
      items[0]!.expectedEvidence.map((e) => `- ${e}`).join('\n'),
    ]);
    expect(row('2.2')[4]).toBe('Năm 2027 - 2030.\nHạn: 31/12/2027');
    expect(row('4a')[4]).toBe('Khi có yêu cầu.\nHạn: 30/06/2027');
    expect(row('8a').slice(1, 5)).toEqual([
      'Khảo sát, sơ kết, tổng kết việc thực hiện Đề án\n(Kiểm tra, khảo sát)',
      'Văn phòng HĐND và UBND xã',
      expect.any(String),
      'Hàng năm.\nHạn: 31/12/2027',
    ]);
    expect(rows.some((r) => r[0] === '7b')).toBe(false); // its dates follow the Sở Tư pháp's plan, not entered yet
  });

  it('repeats the table header on every page and never splits a row', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/g;
    const body = [...doc.documentXml.matchAll(table)].map((m) => m[0]).slice(1, -1);
    for (const t of body) {
      expect(t.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      expect(t.match(/<w:cantSplit\/>/g)?.length).toBe(t.match(/<w:tr>/g)?.length);
    }
  });

  it("prints a group's activities before its table, and says so when a group has no work that year", async () => {
    const activities = plan.groups[1]!.activities;
    expect(indexOf(`- ${activities[0]}`)).toBeGreaterThan(indexOf(`2. ${plan.groups[1]!.title}`));
    const without2 = {
      ...plan,
      year: 2026,
      groups: plan.groups.map((g) => (g.code === '2' ? { ...g, items: [] } : g)),
    };
    const read = await readDocx(await writePlanYearPlanDocx(without2));
    expect(read.paragraphs[read.paragraphs.indexOf(`2. ${plan.groups[1]!.title}`) + 1]).toBe(
      'Năm 2026 không có công việc thuộc nội dung này.',
    );
    expect(read.paragraphs).not.toContain(`- ${activities[0]}`);
    expect(workTables(read)).toHaveLength(7);
  });

  it('numbers the funding lines and names each lead agency with its task codes', () => {
    const funding = doc.paragraphs.slice(indexOf('III. KINH PHÍ THỰC HIỆN') + 1, indexOf('IV. TỔ CHỨC THỰC HIỆN'));
    expect(funding).toEqual(plan.funding.map((f, i) => `${i + 1}. ${f}`));
    const organisation = doc.paragraphs.slice(indexOf('IV. TỔ CHỨC THỰC HIỆN') + 1, indexOf('Nơi nhận:'));
    expect(organisation.slice(0, 3)).toEqual([
      '1. Văn phòng HĐND và UBND xã: chủ trì thực hiện nhiệm vụ 1, 2.1, 2.2, 3a, 3b, 3c, 4a, 5b, 6a, 6b, 7a, 8a, 8b.',
      '2. Phòng Kinh tế: chủ trì thực hiện nhiệm vụ 4b.',
      '3. Phòng Văn hóa – Xã hội: chủ trì thực hiện nhiệm vụ 5a.',
    ]);
    expect(organisation.filter((p) => p !== '').at(-1)).toMatch(/\.\/\.$/);
  });

  it('closes with "Nơi nhận" (ending "- Lưu: VT.") beside the signature', () => {
    const recipients = doc.paragraphs.slice(indexOf('Nơi nhận:') + 1, indexOf('- Lưu: VT.') + 1);
    expect(recipients).toEqual([...plan.recipients.map((r) => `- ${r};`), '- Lưu: VT.']);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Ksor Thu']) has(line);
  });

  it('is A4 in Times New Roman, numbered from page 2, like the report', () => {
    expect([attr(doc.documentXml, 'w:pgSz', 'w'), attr(doc.documentXml, 'w:pgSz', 'h')]).toEqual([11906, 16838]);
    expect(doc.documentXml).toContain('<w:titlePg/>');
    expect(doc.stylesXml).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"/);
  });

  it('leaves the number blank for the clerk and prints a plan without work or funding plainly', async () => {
    const empty = {
      ...plan,
      year: 2024,
      documentNumber: null,
      funding: [],
      groups: plan.groups.map((g) => ({ ...g, items: [] })),
    };
    const read = await readDocx(await writePlanYearPlanDocx(empty));
    expect(read.paragraphs).toContain('Số:      /KH-UBND');
    expect(read.paragraphs).toContain('Kế hoạch chưa ghi nguồn kinh phí.');
    expect(read.paragraphs).toContain('Năm 2024 không có nhiệm vụ được giao.');
    expect(workTables(read)).toEqual([]);
  });

  it('keeps &, <, quotes and Vietnamese diacritics as they were', async () => {
    const content = 'Hòa giải "tranh chấp" <đất rẫy> & \'nương\' — Pờ Tó'.normalize('NFD');
    const [first, ...rest] = plan.groups;
    const tricky: PlanYearPlan = {
      ...plan,
      groups: [
        {
          ...first!,
          title: '<Nhóm> & "1"',
          items: [{ ...first!.items[0]!, content, leadAgency: 'Văn phòng HĐND & UBND xã' }],
        },
        ...rest,
      ],
    };
    const read = await readDocx(await writePlanYearPlanDocx(tricky));
    const [row] = workTables(read)[0]!.slice(1);
    expect(row!.slice(1, 3)).toEqual([content, 'Văn phòng HĐND & UBND xã']);
    expect(read.paragraphs).toContain('1. <Nhóm> & "1"');
    expect(read.paragraphs).toContain('1. Văn phòng HĐND & UBND xã: chủ trì thực hiện nhiệm vụ 1.');
  });
});

describe('writePlanYearPlanDocx refuses bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'a missing field',
      (p: Record<string, unknown>) => {
        delete p.funding;
      },
    ],
    [
      'a day that does not exist',
      (p: PlanYearPlan) => {
        p.date = '2027-04-31';
      },
    ],
    [
      'a due date in the wrong form',
      (p: PlanYearPlan) => {
        p.groups[0]!.items[0]!.dueDate = '31/12/2027';
      },
    ],
  ] as const)('%s', async (_, spoil) => {
    const pack = vi.spyOn(Packer, 'pack');
    const bad = structuredClone(plan);
    spoil(bad as PlanYearPlan & Record<string, unknown>);
    await expect(writePlanYearPlanDocx(bad)).rejects.toBeInstanceOf(ZodError);
    expect(pack).not.toHaveBeenCalled();
  });
});
