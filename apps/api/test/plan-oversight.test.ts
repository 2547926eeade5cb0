/**
 * Issue 9, point 6 (the plan's screens as officers met them), over real HTTP on a real PostgreSQL: those who oversee
 * see every agency's overdue and due-soon work; the chairman sees a year's unfinished work before signing it off;
 * the chairman's record of a year (issuing date, difficulties, next steps, proposals) is checked, audited without its
 * text, and printed by the year's report (with the signer's name and the province's Sở Tư pháp among the recipients)
 * and dates the year's plan. The clock is the harness's (15 March 2027).
 */
import { getPlanTree, listAuditFor, listWorkItems } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
const as = (who: string) => s.client(tokens[who]);
const download = (who: string, path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
const paragraphsOf = async (response: Response) => {
  const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
};

beforeAll(async () => {
  s = await startServer();
  for (const u of [
    { username: 'chutich', role: 'chairman' },
    { username: 'vanphong', role: 'office_staff', agencyCode: 'office' },
    { username: 'congan', role: 'police_liaison', agencyCode: 'police' },
    { username: 'mattran', role: 'front_viewer', agencyCode: 'fatherland_front' },
  ] as const) {
    await createUser(s.db, u);
    tokens[u.username] = await s.signIn(u.username);
  }
  // 2026's items are all past due on 15 March 2027; mark one of the office's done so it is not counted.
  const office2026 = (await listWorkItems(s.db, systemScope(24013), { year: 2026 })).find(
    (i) => i.leadAgencyCode === 'office',
  )!;
  await as('vanphong').workItem.update.mutate({ id: office2026.id, version: office2026.version, status: 'done' });
}, 120_000);
afterAll(() => s.close());

describe('the dashboard of those who oversee', () => {
  it("gives the chairman every agency's overdue items (most late first) and due-soon ones", async () => {
    const all = await listWorkItems(s.db, systemScope(24013));
    const open = all.filter((i) => i.status !== 'done' && i.status !== 'cancelled');
    const view = await as('chutich').workItem.oversight.query();
    expect(view.today).toBe('2027-03-15');
    expect(view.counts.overdue).toBe(open.filter((i) => i.dueDate < '2027-03-15').length);
    expect(view.counts.overdue).toBeGreaterThan(1);
    expect(view.overdue.map((a) => a.agencyCode)).toEqual(
      expect.arrayContaining(['office', 'economy', 'culture_society']),
    );
    expect(view.overdue.every((a) => a.items.length > 0 && a.agencyName !== a.agencyCode)).toBe(true);
    for (const agency of view.overdue) {
      for (const item of agency.items)
        expect(all.find((i) => i.id === item.id)?.leadAgencyCode).toBe(agency.agencyCode);
      expect(agency.items.map((i) => i.days)).toEqual([...agency.items.map((i) => i.days)].sort((a, b) => b! - a!));
    }
    expect(view.overdue.flatMap((a) => a.items).some((i) => i.id === all.find((x) => x.status === 'done')?.id)).toBe(
      false,
    );
    expect(
      view.dueSoon.flatMap((a) => a.items).every((i) => i.dueDate >= '2027-03-15' && i.dueDate <= '2027-03-29'),
    ).toBe(true);
  });

  it("is the office's too, and refused to an agency's own staff and to the front's viewer", async () => {
    expect((await as('vanphong').workItem.oversight.query()).counts.overdue).toBeGreaterThan(0);
    expect((await failure(as('congan').workItem.oversight.query())).status).toBe(403);
    expect((await failure(as('mattran').workItem.oversight.query())).status).toBe(403);
  });
});

describe('signing off a year, confirmed', () => {
  it("lists the year's unfinished items per lead agency, overdue first, before the chairman signs", async () => {
    const open2026 = (await listWorkItems(s.db, systemScope(24013), { year: 2026 })).filter(
      (i) => i.status !== 'done' && i.status !== 'cancelled',
    );
    const unfinished = await as('chutich').progress.unfinished.query({ year: 2026 });
    expect(unfinished.counts).toEqual({ unfinished: open2026.length, overdue: open2026.length });
    expect(unfinished.agencies.flatMap((a) => a.items.map((i) => i.id)).sort()).toEqual(
      open2026.map((i) => i.id).sort(),
    );
    expect(unfinished.agencies.find((a) => a.agencyCode === 'office')!.agencyName).toBe('Văn phòng HĐND và UBND xã');
    const y2027 = await as('chutich').progress.unfinished.query({ year: 2027 });
    expect(y2027.counts.overdue).toBeLessThan(y2027.counts.unfinished);
    expect(y2027.agencies.flatMap((a) => a.items).every((i) => i.year === 2027)).toBe(true);
    expect((await failure(as('vanphong').progress.unfinished.query({ year: 2026 }))).status).toBe(403);
  });
});

describe("the chairman's record of a year", () => {
  const record = {
    year: 2026,
    planIssuedOn: '2026-01-12',
    difficulties: 'Làng Đê Tar ở xa, đi lại khó khăn.\nKinh phí còn hạn chế.',
    nextSteps: 'Tập huấn hòa giải viên mới.',
    proposals: null,
  };

  it('refuses bad input and other roles, and changes nothing', async () => {
    expect(
      (await failure(as('chutich').progress.saveYearRecord.mutate({ ...record, planIssuedOn: '2024-12-31' })))
        .domainCode,
    ).toBe('INPUT.INVALID');
    expect(
      (await failure(as('chutich').progress.saveYearRecord.mutate({ ...record, difficulties: 'x'.repeat(4001) })))
        .domainCode,
    ).toBe('INPUT.INVALID');
    expect((await failure(as('vanphong').progress.saveYearRecord.mutate(record))).status).toBe(403);
    expect(await as('chutich').progress.yearRecords.query()).toEqual([]);
  });

  it('is saved whole and audited without its text', async () => {
    await as('chutich').progress.saveYearRecord.mutate({ ...record, nextSteps: 'bản nháp' });
    await as('chutich').progress.saveYearRecord.mutate(record);
    const [saved, ...rest] = await as('chutich').progress.yearRecords.query();
    expect(rest).toEqual([]);
    expect(saved).toMatchObject({
      year: 2026,
      planIssuedOn: '2026-01-12',
      difficulties: record.difficulties,
      nextSteps: record.nextSteps,
      proposals: null,
    });
    const plan = (await getPlanTree(s.db, systemScope(24013)))!;
    const audit = (await listAuditFor(s.db, systemScope(24013), 'plan_year', `${plan.id}:2026`)).filter(
      (a) => a.action === 'plan.year_record',
    );
    expect(audit).toHaveLength(2);
    expect(audit.at(-1)!.after).toEqual({ year: 2026, planIssuedOn: '2026-01-12', nextSteps: '[changed]' });
  });

  it("is printed by the year's report, signed by name, with the province's Sở Tư pháp among the recipients", async () => {
    await as('chutich').progress.signYear.mutate({ year: 2026 });
    const paragraphs = await paragraphsOf(await download('vanphong', '/exports/plan-year/2026.docx'));
    const at = (p: string) => paragraphs.indexOf(p);
    expect(paragraphs.slice(at('III. KHÓ KHĂN, VƯỚNG MẮC') + 1, at('IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI'))).toEqual([
      'Làng Đê Tar ở xa, đi lại khó khăn.',
      'Kinh phí còn hạn chế.',
    ]);
    expect(paragraphs[at('V. ĐỀ XUẤT, KIẾN NGHỊ') + 1]).toBe('Không có.');
    expect(paragraphs).toContain('- Sở Tư pháp tỉnh Gia Lai (b/c);');
    expect(paragraphs).toContain('Người dùng chutich');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await download('vanphong', '/exports/plan-year/2026.xlsx')).arrayBuffer());
    const sheet = book.getWorksheet('Đánh giá, kiến nghị')!;
    expect(sheet.getCell('B3').value).toBe(record.difficulties);
    expect(sheet.getCell('B7').value).toBe('Người dùng chutich');
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });

  it("dates the year's plan by its issuing date, and leaves an unrecorded year's date blank — never the day it is printed", async () => {
    const dated = await paragraphsOf(await download('vanphong', '/exports/year-plan/2026.docx'));
    expect(dated).toContain('Pờ Tó, ngày 12 tháng 01 năm 2026');
    const undated = await paragraphsOf(await download('vanphong', '/exports/year-plan/2027.docx'));
    expect(undated.find((p) => p.startsWith('Pờ Tó, ngày'))).toMatch(/^Pờ Tó, ngày\s+tháng\s+năm\s+$/);
    expect(undated.join('\n')).not.toContain('15 tháng 3 năm 2027');
  });
});
