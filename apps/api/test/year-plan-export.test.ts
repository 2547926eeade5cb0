/**
 * The year's plan over real HTTP: /exports/year-plan/<year>.docx|xlsx, read back with jszip and exceljs. Pờ Tó's
 * 2027 items are changed first (a request of 4a recorded, 8a's interim review dated, 3c cancelled) so that the files
 * show the commune's own work of that year, and another commune's user sees none of it.
 */
import { listWorkItems } from '@hgcs/db';
import { poToPlan, systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
const get = (who: string, path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Text of WordprocessingML: `w:t` contents in order, `w:br` as a line break, entities decoded. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1].replace(/&(\w+);/g, (e, name: string) => entities[name] ?? e)))
    .join('');

/** A downloaded .docx as paragraph texts and the rows of its ruled work tables (between the heading and the signature). */
async function readDocx(response: Response) {
  const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file('word/document.xml')!.async('string');
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).slice(1, -1);
  return {
    paragraphs: [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])),
    rows: tables.flatMap((t) =>
      [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
        .slice(1)
        .map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))),
    ),
  };
}

async function readXlsx(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  for (const u of [
    { username: 'vanphong', role: 'office_staff', agencyCode: 'office' },
    { username: 'khac', role: 'office_staff', agencyCode: 'office', communeId: 24014 },
  ] as const) {
    await createUser(s.db, u);
    tokens[u.username] = await s.signIn(u.username);
  }
  const office = s.client(tokens.vanphong);
  await office.workItem.recordRequest.mutate({
    taskCode: '4a',
    requestedBy: 'Sở Tư pháp tỉnh Gia Lai',
    requestedOn: '2027-03-02',
    reason: 'Góp ý dự thảo Luật sửa đổi',
    dueDate: '2027-04-15',
    clientKey: randomUUID(),
  });
  await office.workItem.scheduleHigherPlan.mutate({
    taskCode: '8a',
    partKey: 'interim_review',
    year: 2027,
    dueDate: '2027-06-30',
    note: null,
    clientKey: randomUUID(),
  });
  const item3c = (await listWorkItems(s.db, systemScope(24013), { year: 2027 })).find((i) => i.taskCode === '3c')!;
  await office.workItem.cancel.mutate({ id: item3c.id, version: 1, reason: 'Gộp với sổ tay của tỉnh' });
});
afterAll(() => s.close());

describe("the year's plan as DOCX", () => {
  it('is a KẾ HOẠCH in the Decree 30 layout with a blank KH-UBND number, named for the year', async () => {
    const response = await get('vanphong', '/exports/year-plan/2027.docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ke-hoach-315-nam-2027.docx"');
    const { paragraphs } = await readDocx(response);
    for (const line of [
      'ỦY BAN NHÂN DÂN XÃ PỜ TÓ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:      /KH-UBND',
      'KẾ HOẠCH',
      `${poToPlan.title} năm 2027`,
    ]) {
      expect(paragraphs).toContain(line);
    }
    for (const part of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THỰC HIỆN',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      '- Lưu: VT.',
    ]) {
      expect(paragraphs).toContain(part);
    }
    for (const group of poToPlan.groups) expect(paragraphs).toContain(`${group.code}. ${group.title}`);
    for (const [i, line] of poToPlan.funding.entries()) expect(paragraphs).toContain(`${i + 1}. ${line}`);
  });

  it("lists that year's work items only: 2.2 runs 2027–2030, so it is in the 2027 plan and not in 2026's", async () => {
    const plan2027 = await readDocx(await get('vanphong', '/exports/year-plan/2027.docx'));
    const plan2026 = await readDocx(await get('vanphong', '/exports/year-plan/2026.docx'));
    const codes = (rows: string[][]) => rows.map((r) => r[0]);
    expect(codes(plan2027.rows)).toEqual(expect.arrayContaining(['1', '2.1', '2.2', '8b']));
    expect(codes(plan2026.rows)).toContain('1');
    expect(codes(plan2026.rows)).not.toContain('2.2');
    expect(plan2026.paragraphs).toContain('Năm 2026 không có công việc thuộc nội dung này.');
    expect(plan2027.rows.find((r) => r[0] === '2.2')).toEqual([
      '2.2',
      poToPlan.groups[1]!.tasks[1]!.content,
      'Văn phòng HĐND và UBND xã',
      'Các phòng, ban chuyên môn có liên quan',
      'Năm 2027 - 2030.\nHạn: 31/12/2027',
      expect.stringContaining('- Báo cáo tổng kết, rút kinh nghiệm'),
    ]);
  });

  it('shows recorded requests and higher-plan dates with their part, and leaves cancelled items out', async () => {
    const { rows, paragraphs } = await readDocx(await get('vanphong', '/exports/year-plan/2027.docx'));
    expect(rows.find((r) => r[0] === '4a')?.[4]).toBe('Khi có yêu cầu.\nHạn: 15/04/2027');
    expect(rows.filter((r) => r[0] === '8a').map((r) => [r[1], r[4]])).toEqual([
      ['Khảo sát, sơ kết, tổng kết việc thực hiện Đề án\n(Sơ kết)', 'Theo Kế hoạch của cấp trên.\nHạn: 30/06/2027'],
      ['Khảo sát, sơ kết, tổng kết việc thực hiện Đề án\n(Kiểm tra, khảo sát)', 'Hàng năm.\nHạn: 31/12/2027'],
    ]);
    expect(rows.map((r) => r[0])).not.toContain('3c');
    expect(paragraphs).toContain(
      '1. Văn phòng HĐND và UBND xã: chủ trì thực hiện nhiệm vụ 1, 2.1, 2.2, 3a, 3b, 4a, 5b, 6a, 6b, 7a, 8a, 8b.',
    );
  });
});

describe("the year's plan as XLSX", () => {
  it('has one frozen, filtered sheet with a row per work item and due dates as date cells', async () => {
    const response = await get('vanphong', '/exports/year-plan/2027.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ke-hoach-315-nam-2027.xlsx"');
    const [sheet, ...others] = (await readXlsx(response)).worksheets;
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('Kế hoạch 2027');
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet!.autoFilter).toBe(`A2:H${sheet!.rowCount}`);
    const rows = sheet!.getRows(3, sheet!.rowCount - 2)!;
    const items = (await listWorkItems(s.db, systemScope(24013), { year: 2027 })).filter(
      (i) => i.status !== 'cancelled',
    );
    expect(rows).toHaveLength(items.length);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(items.map((i) => i.taskCode));
    const request = rows.find((r) => r.getCell(2).value === '4a')!;
    expect(request.getCell(7).type).toBe(ExcelJS.ValueType.Date);
    expect(request.getCell(7).value).toEqual(new Date(Date.UTC(2027, 3, 15)));
    expect(request.getCell(1).value).toBe(`4. ${poToPlan.groups[3]!.title}`);
  });
});

describe('who gets which plan', () => {
  it('refuses a signed-out caller', async () => {
    expect((await fetch(`${s.url}/exports/year-plan/2027.docx`)).status).toBe(401);
    expect((await fetch(`${s.url}/exports/year-plan/2027.xlsx`)).status).toBe(401);
  });

  it("refuses a year outside 2024–2035 and a path that is not a year's file", async () => {
    for (const year of [1999, 2023, 2036])
      expect((await get('vanphong', `/exports/year-plan/${year}.docx`)).status).toBe(400);
    expect((await get('vanphong', '/exports/year-plan/2027.pdf')).status).toBe(404);
    expect((await get('vanphong', '/exports/year-plan/27.docx')).status).toBe(404);
  });

  it("gives another commune's user their own commune's plan, without Pờ Tó's changes", async () => {
    const response = await get('khac', '/exports/year-plan/2027.docx');
    expect(response.status).toBe(200);
    const { paragraphs, rows } = await readDocx(response);
    expect(paragraphs).toContain('ỦY BAN NHÂN DÂN XÃ KHÁC');
    expect(paragraphs).not.toContain('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    expect(paragraphs.some((p) => p.startsWith('Khác, ngày '))).toBe(true);
    const codes = rows.map((r) => r[0]);
    expect(codes).toContain('3c'); // cancelled in Pờ Tó only
    expect(codes).not.toContain('4a'); // requested in Pờ Tó only
    expect(rows.filter((r) => r[0] === '8a')).toHaveLength(1);
  });
});
