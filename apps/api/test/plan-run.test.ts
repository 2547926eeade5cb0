import { listAudit, listWorkItems } from '@hgcs/db';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, testNow, seedOtherCommune, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
const as = (who: string) => s.client(tokens[who]);
const year = testNow.getUTCFullYear(); // the harness clock's year: 2027
let item1: { id: string; version: number }; // task 1 (lead: office; partners: Front)
let item4b: string; // task 4b (lead: economy; partner: office)
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const upload = (who: string, id: string, bytes: Uint8Array, label = 'Biên bản hội nghị') => {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'x.pdf');
  form.set('label', label);
  return fetch(`${s.url}/files/work-items/${id}/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${tokens[who]}` },
  });
};
const get = (who: string, path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  const users = [
    { username: 'vanphong', role: 'office_staff', agencyCode: 'office' },
    { username: 'kinhte', role: 'budget_officer', agencyCode: 'economy' },
    { username: 'mttq', role: 'front_viewer', agencyCode: 'fatherland_front' },
    { username: 'congan', role: 'police_liaison', agencyCode: 'police' },
    { username: 'chutich', role: 'chairman', agencyCode: 'office' },
    { username: 'khac', role: 'office_staff', agencyCode: 'office', communeId: 24014 },
  ] as const;
  for (const u of users) {
    await createUser(s.db, u);
    tokens[u.username] = await s.signIn(u.username);
  }
  const items = await listWorkItems(s.db, systemScope(24013), { year });
  item1 = { id: items.find((i) => i.taskCode === '1')!.id, version: 1 };
  item4b = items.find((i) => i.taskCode === '4b')!.id;
});
afterAll(() => s.close());

describe('who may do what to a work item', () => {
  it('lets the lead agency update, not a partner, an outsider, the chairman or another commune', async () => {
    const r = await as('vanphong').workItem.update.mutate({
      ...item1,
      status: 'in_progress',
      progress: 30,
      responsible: 'Chị Lan',
    });
    item1.version = r.version;
    expect((await failure(as('mttq').workItem.update.mutate({ ...item1, progress: 50 }))).status).toBe(403);
    expect((await failure(as('congan').workItem.update.mutate({ ...item1, progress: 50 }))).domainCode).toBe(
      'WORK_ITEM.NOT_LEAD',
    );
    expect((await failure(as('chutich').workItem.update.mutate({ ...item1, progress: 50 }))).status).toBe(403);
    expect((await failure(as('khac').workItem.update.mutate({ ...item1, progress: 50 }))).status).toBe(404);
    expect(
      (await failure(as('vanphong').workItem.update.mutate({ id: item4b, version: 1, progress: 50 }))).domainCode,
    ).toBe('WORK_ITEM.NOT_LEAD');
    await as('kinhte').workItem.update.mutate({ id: item4b, version: 1, progress: 50 });
  });
  it('refuses a stale version and bad input, writing nothing', async () => {
    const before = (await listAudit(s.db, systemScope(24013), { limit: 1000 })).length;
    expect(
      (await failure(as('vanphong').workItem.update.mutate({ id: item1.id, version: 1, progress: 40 }))).domainCode,
    ).toBe('WORK_ITEM.STALE');
    expect((await failure(as('vanphong').workItem.update.mutate({ ...item1, progress: 140 }))).domainCode).toBe(
      'INPUT.INVALID',
    );
    expect((await failure(as('vanphong').workItem.cancel.mutate({ ...item1, reason: '' }))).domainCode).toBe(
      'INPUT.INVALID',
    );
    expect((await listAudit(s.db, systemScope(24013), { limit: 1000 })).length).toBe(before);
  });
  it('lets lead and partner agencies comment and link evidence; not an outsider', async () => {
    await as('mttq').workItem.comment.mutate({ id: item1.id, body: 'MTTQ đã phối hợp tuyên truyền ở 2 thôn.' });
    await as('vanphong').workItem.addLink.mutate({ id: item1.id, label: 'Kế hoạch tuyên truyền', url: '/plan' });
    expect((await failure(as('congan').workItem.comment.mutate({ id: item1.id, body: 'x' }))).domainCode).toBe(
      'WORK_ITEM.NOT_PARTNER',
    );
    expect((await failure(as('khac').workItem.comment.mutate({ id: item1.id, body: 'x' }))).status).toBe(404);
  });
  it('shows an item with its evidence, comments, history and the reader’s rights', async () => {
    const view = await as('mttq').workItem.get.query({ id: item1.id });
    expect(view.rights).toMatchObject({ update: false, comment: true });
    expect(view.comments.map((c) => c.body)).toContain('MTTQ đã phối hợp tuyên truyền ở 2 thôn.');
    expect(view.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['work_item.update', 'work_item.comment', 'work_item.evidence_link']),
    );
    expect((await as('vanphong').workItem.get.query({ id: item1.id })).rights?.update).toBe(true);
  });
});

describe('evidence files', () => {
  it('accepts a PDF from the lead agency and lets the commune download it, byte for byte', async () => {
    const res = await upload('vanphong', item1.id, pdf);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const file = await get('mttq', `/files/evidence/${id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect((await get('khac', `/files/evidence/${id}`)).status).toBe(404);
  });
  it('refuses a file whose content is not an accepted type, whatever it is called, and a file over 10 MB', async () => {
    const res = await upload('vanphong', item1.id, new TextEncoder().encode('<script>alert(1)</script>'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { domainCode: string } }).error.domainCode).toBe('EVIDENCE.TYPE');
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(pdf);
    expect((await upload('vanphong', item1.id, big)).status).toBe(400);
    expect((await upload('congan', item1.id, pdf)).status).toBe(403);
    const signedOut = await fetch(`${s.url}/files/work-items/${item1.id}/evidence`, {
      method: 'POST',
      body: new FormData(),
    });
    expect(signedOut.status).toBe(401);
  });
});

describe('lists and cancelled items', () => {
  it('shows an agency the items it leads or coordinates as "mine"', async () => {
    const mine = await as('mttq').workItem.list.query({ year, view: 'mine' });
    expect(mine.map((i) => i.task.code)).toContain('1');
    expect(
      mine.every(
        (i) =>
          i.task.leadAgencyCode === 'fatherland_front' || i.task.coordinatingAgencyCodes.includes('fatherland_front'),
      ),
    ).toBe(true);
    expect((await as('congan').workItem.list.query({ year, view: 'mine' })).map((i) => i.task.code).sort()).toEqual([
      '6a',
    ]);
  });
  it('changes a cancelled item only by restoring it with a status', async () => {
    const items = await listWorkItems(s.db, systemScope(24013), { year: year + 1 });
    const item = items.find((i) => i.taskCode === '3c')!;
    await as('vanphong').workItem.cancel.mutate({ id: item.id, version: 1, reason: 'Gộp với hội nghị tập huấn' });
    expect(
      (await failure(as('vanphong').workItem.update.mutate({ id: item.id, version: 2, progress: 20 }))).domainCode,
    ).toBe('WORK_ITEM.CANCELLED');
    await as('vanphong').workItem.update.mutate({ id: item.id, version: 2, status: 'in_progress', progress: 20 });
    expect(await as('vanphong').workItem.get.query({ id: item.id })).toMatchObject({
      status: expect.not.stringMatching('cancelled'),
      cancelReason: null,
      progress: 20,
    });
  });
});

describe('on-demand items', () => {
  it('offers each agency only the tasks it leads that wait for a request or a higher plan', async () => {
    const office = await as('vanphong').workItem.awaitingDates.query();
    expect(office.map((a) => `${a.kind}:${a.taskCode}:${a.partKey ?? ''}`).sort()).toEqual([
      'higher_plan:7b:',
      'higher_plan:8a:interim_review',
      'request:4a:',
    ]);
    expect(await as('kinhte').workItem.awaitingDates.query()).toEqual([]);
    expect((await failure(as('mttq').workItem.awaitingDates.query())).status).toBe(403);
  });

  it('records a request for 4a once, even when the form is sent twice, and refuses it for a yearly task', async () => {
    const request = {
      taskCode: '4a',
      requestedBy: 'Sở Tư pháp tỉnh Gia Lai',
      requestedOn: `${year}-03-02`,
      reason: 'Góp ý dự thảo Luật sửa đổi',
      dueDate: `${year}-04-15`,
      clientKey: randomUUID(),
    };
    const a = await as('vanphong').workItem.recordRequest.mutate(request);
    const b = await as('vanphong').workItem.recordRequest.mutate(request);
    expect(b).toEqual({ id: a.id, created: false });
    expect(
      (
        await failure(
          as('vanphong').workItem.recordRequest.mutate({ ...request, taskCode: '1', clientKey: randomUUID() }),
        )
      ).domainCode,
    ).toBe('WORK_ITEM.WRONG_TIMING');
    await as('vanphong').workItem.scheduleHigherPlan.mutate({
      taskCode: '8a',
      partKey: 'interim_review',
      year,
      dueDate: `${year}-06-30`,
      note: null,
      clientKey: randomUUID(),
    });
    expect(
      (
        await failure(
          as('vanphong').workItem.scheduleHigherPlan.mutate({
            taskCode: '8a',
            partKey: 'final_review',
            year,
            dueDate: `${year}-06-30`,
            note: null,
            clientKey: randomUUID(),
          }),
        )
      ).domainCode,
    ).toBe('WORK_ITEM.WRONG_TIMING');
  });
});

describe('progress, sign-off and reports', () => {
  it('rolls progress up when an item is done and shows it on the public page, without personal data', async () => {
    const before = await s.client().progress.public.query({ commune: '24013' });
    await as('vanphong').workItem.update.mutate({ ...item1, status: 'done', notes: 'Đã tổ chức hội nghị quán triệt.' });
    item1.version += 1;
    const tree = await as('vanphong').progress.tree.query({ year });
    expect(tree.groups.find((g) => g.code === '1')!.tasks[0]!.progress).toBe(100);
    const after = await s.client().progress.public.query({ commune: '24013' });
    expect(after.groups.find((g) => g.code === '1')!.progress).toBe(100);
    expect(after.progress!).toBeGreaterThan(before.progress ?? 0);
    expect(after.groups.find((g) => g.code === '1')!.done.map((d) => d.taskCode)).toEqual(['1']);
    expect(JSON.stringify(after)).not.toMatch(/Chị Lan|hội nghị quán triệt|responsible|notes/);
  });
  it('lays the plan out as years × tasks, with what is done, due or late', async () => {
    const timeline = await as('mttq').progress.timeline.query();
    expect(timeline.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    const cell = (code: string, y: number) =>
      timeline.tasks.find((t) => t.code === code)!.cells.find((c) => c.year === y)!;
    expect(cell('2.2', 2026).total).toBe(0);
    expect(cell('2.2', 2027).total).toBe(1);
    expect(cell('1', year)).toMatchObject({ total: 1, done: 1 });
    expect(cell('8a', 2030).total).toBe(2); // the yearly inspection and the final review
    expect((await failure(s.client().progress.timeline.query())).status).toBe(401);
  });
  it('lets only the chairman sign off a year, which locks its items until reopened with a reason', async () => {
    expect((await failure(as('vanphong').progress.signYear.mutate({ year }))).status).toBe(403);
    expect((await failure(as('chutich').progress.signYear.mutate({ year: year + 1 }))).domainCode).toBe(
      'SIGNOFF.FUTURE_YEAR',
    );
    const canSign = async (y: number) =>
      (await as('chutich').progress.years.query()).find((x) => x.year === y)!.canSign;
    expect([await canSign(year), await canSign(year + 1)]).toEqual([true, false]);
    await as('chutich').progress.signYear.mutate({ year });
    expect(await canSign(year)).toBe(false);
    expect((await failure(as('chutich').progress.signYear.mutate({ year }))).domainCode).toBe('SIGNOFF.ALREADY');
    expect(
      (await failure(as('kinhte').workItem.update.mutate({ id: item4b, version: 2, progress: 80 }))).domainCode,
    ).toBe('WORK_ITEM.LOCKED');
    expect((await upload('vanphong', item1.id, pdf)).status).toBe(409);
    expect((await as('vanphong').workItem.get.query({ id: item1.id })).rights).toMatchObject({
      locked: true,
      update: false,
    });
    expect((await failure(as('chutich').progress.reopenYear.mutate({ year, reason: '' }))).domainCode).toBe(
      'INPUT.INVALID',
    );
    await as('chutich').progress.reopenYear.mutate({ year, reason: 'Bổ sung minh chứng hội nghị' });
    expect(await canSign(year)).toBe(true);
    await as('kinhte').workItem.update.mutate({ id: item4b, version: 2, progress: 80 });
    const audit = await listAudit(s.db, systemScope(24013), { limit: 1000 });
    // The reason is kept with the plan (year_reopenings); the audit row keeps its id and that a reason was given.
    const reopened = audit.find((a) => a.action === 'plan.reopen_year')?.after as {
      reopeningId: string;
      reason: string;
    };
    expect(reopened).toMatchObject({ signed: false, reopeningId: expect.any(String), reason: '[changed]' });
    expect((await as('chutich').progress.tree.query({ year })).reopenings).toEqual([
      expect.objectContaining({ year, reason: 'Bổ sung minh chứng hội nghị' }),
    ]);
  });
  it('exports the year as a DOCX in the administrative layout and as an XLSX, read back', async () => {
    const docx = await get('chutich', `/exports/plan-year/${year}.docx`);
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    expect(text).toContain(`năm ${year}`);
    expect(text).toContain('Nơi nhận');
    const xlsx = await get('vanphong', `/exports/plan-year/${year}.xlsx`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheets = book.worksheets.map((w) => w.name);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const values = book.worksheets.flatMap((w) => w.getSheetValues().flat().map(String));
    expect(values.some((v) => v.includes('Đã tổ chức hội nghị quán triệt.'))).toBe(true);
    expect((await get('khac', `/exports/plan-year/${year}.docx`)).status).toBe(200); // its own commune's report
    expect((await fetch(`${s.url}/exports/plan-year/${year}.docx`)).status).toBe(401);
    expect((await get('vanphong', '/exports/plan-year/1999.docx')).status).toBe(400);
  });
});
