/**
 * Importing a commune's mediator lists and exporting the registry over real HTTP on real PostgreSQL (issue 10,
 * point 8): the upload is authorized before it is read, refuses what is not an .xlsx workbook, and writes nothing
 * until the officer confirms; the preview says what each row will do and every row's problem; the confirmation
 * writes in one transaction, and neither a retried confirmation nor a re-import of the same list creates anything;
 * the audit keeps counts, no names. The export carries ethnicity and phone only for `registry.read_personal`.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const tokens: Record<string, string> = {};
let officer: Client;
let front: Client;
let other: Client;
const ids: Record<string, string> = {};

const header = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Giới tính',
  'Dân tộc',
  'Thôn/Làng',
  'Tổ hòa giải',
  'Chức vụ',
  'Số điện thoại',
];
const list = [
  [1, 'Đinh Thị Nhập', 1975, 'Nữ', 'Ba Na', 'Làng Nhập Thử', '', 'Tổ trưởng', '0912345678'],
  [2, 'Rơ Mah Nhập', 1968, 'Nam', 'Jrai', 'Làng Nhập Thử', '', 'Tổ viên', ''],
  [3, 'Nguyễn Văn Nhập', 1980, 'Nam', 'Kinh', 'làng nhap thu', '', '', ''],
  [4, 'Siu Thị Sai', 'năm ngoái', 'Nữ', 'Jrai', 'Làng Nhập Thử', '', 'Tổ viên', ''],
];

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH HÒA GIẢI VIÊN']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const upload = (bytes: Uint8Array, who?: string, name = 'danh-sach.xlsx') => {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return fetch(`${s.url}/files/registry-import`, {
    method: 'POST',
    body: form,
    headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
  });
};
const get = (path: string, who: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
const readBook = async (res: Response) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
};

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  for (const [who, username] of [
    ['officer', 'tu-phap'],
    ['front', 'mttq'],
    ['other', 'tu-phap-khac'],
  ] as const)
    tokens[who] = await s.signIn(username);
  officer = s.client(tokens.officer);
  front = s.client(tokens.front);
  other = s.client(tokens.other);
  ids.village = (
    await officer.village.create.mutate({ name: 'Làng Nhập Thử', kind: 'lang', ethnicMinorityArea: true })
  ).id;
  ids.team = (await officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải làng Nhập Thử' })).id;
}, 120_000);
afterAll(() => s.close());

describe('the template', () => {
  it('is an .xlsx with the import headers and the commune’s villages; only those who keep the registry get it', async () => {
    const res = await get('/exports/registry/import-template.xlsx', 'officer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mau-nhap-hoa-giai-vien.xlsx');
    const book = await readBook(res);
    expect(book.worksheets[0]!.getRow(2).values).toContain('Họ và tên');
    expect(JSON.stringify(book.getWorksheet('Danh mục')!.getSheetValues())).toContain('Làng Nhập Thử');
    expect((await get('/exports/registry/import-template.xlsx', 'front')).status).toBe(403);
  });
});

describe('the upload', () => {
  it('is authorized before it is read: 401 without a session, 403 for a role that may not manage mediators', async () => {
    const bytes = await xlsx([header, ...list]);
    expect((await upload(bytes)).status).toBe(401);
    expect((await upload(bytes, 'front')).status).toBe(403);
  });

  it('refuses a file that is not an .xlsx workbook, whatever its name, and an empty upload', async () => {
    const csv = await upload(new TextEncoder().encode('STT;Họ và tên\n1;Đinh Thị Hờ'), 'officer', 'danh-sach.xlsx');
    expect(csv.status).toBe(400);
    expect(await csv.json()).toMatchObject({ error: { domainCode: 'IMPORT.NOT_XLSX' } });
    const empty = await upload(new Uint8Array(), 'officer');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { details: [{ path: 'file', code: 'field.IMPORT_FILE_REQUIRED' }] },
    });
  });

  it('refuses a file over 2 MB', async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const res = await upload(big, 'officer');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { domainCode: 'IMPORT.TOO_LARGE', params: { maxMb: 2 } } });
  });
});

describe('preview, confirmation, re-import', () => {
  it('previews each row and each row’s problem, and writes nothing to the registry', async () => {
    const res = await upload(await xlsx([header, ...list]), 'officer');
    expect(res.status).toBe(201);
    ids.import = ((await res.json()) as { id: string }).id;
    const preview = await officer.registryImport.get.query({ id: ids.import });
    expect(preview.status).toBe('pending');
    expect(preview.rows.map((r) => [r.row, r.fullName, r.action, r.role])).toEqual([
      [3, 'Đinh Thị Nhập', 'create', 'leader'],
      [4, 'Rơ Mah Nhập', 'create', 'member'],
      [5, 'Nguyễn Văn Nhập', 'create', 'member'],
    ]);
    expect(preview.rows[0]).toMatchObject({ villageName: 'Làng Nhập Thử', teamName: 'Tổ hòa giải làng Nhập Thử' });
    expect(preview.issues).toEqual([
      {
        code: 'IMPORT.BAD_BIRTH',
        row: 6,
        column: 'Năm sinh',
        params: { row: 6, column: 'Năm sinh', value: 'năm ngoái' },
      },
    ]);
    expect(preview.counts).toEqual({ create: 3, join: 0, present: 0, leaders: 1, errors: 1 });
    expect((await officer.mediator.search.query({ q: 'nhap' })).items).toEqual([]);
    expect((await officer.team.get.query({ id: ids.team! })).compliance.activeMembers).toBe(0);
  });

  it('another commune cannot read or confirm it; a bad id names the field', async () => {
    expect(await failure(other.registryImport.get.query({ id: ids.import! }))).toMatchObject({
      status: 404,
      domainCode: 'IMPORT.NOT_FOUND',
    });
    expect(await failure(other.registryImport.confirm.mutate({ id: ids.import! }))).toMatchObject({ status: 404 });
    expect(await failure(officer.registryImport.get.query({ id: 'khong-phai-ma' }))).toMatchObject({
      status: 400,
      fields: { id: { code: 'field.IMPORT_ID' } },
    });
    expect(await failure(front.registryImport.confirm.mutate({ id: ids.import! }))).toMatchObject({ status: 403 });
  });

  it('confirming writes the valid rows in one go: the team gets its members and its leader', async () => {
    const result = await officer.registryImport.confirm.mutate({ id: ids.import! });
    expect(result).toEqual({ created: 3, joined: 0, present: 0, skipped: 1, leaders: 1, alreadyConfirmed: false });
    const team = await officer.team.get.query({ id: ids.team! });
    expect(team.compliance).toEqual({ compliant: true, activeMembers: 3, issues: [] });
    expect((await officer.mediator.search.query({ q: 'nhap' })).items.map((m) => m.fullName).sort()).toEqual([
      'Nguyễn Văn Nhập',
      'Rơ Mah Nhập',
      'Đinh Thị Nhập',
    ]);
    const found = (await officer.mediator.search.query({ q: 'dinh thi nhap' })).items[0]!;
    expect(await officer.mediator.get.query({ id: found.id })).toMatchObject({
      gender: 'female',
      phone: '0912345678',
      personal: { birthYear: 1975, ethnicity: 'Ba Na', ethnicMinority: true, phonePublic: false },
    });
  });

  it('a retried confirmation writes nothing and answers the same counts', async () => {
    expect(await officer.registryImport.confirm.mutate({ id: ids.import! })).toEqual({
      created: 3,
      joined: 0,
      present: 0,
      skipped: 1,
      leaders: 1,
      alreadyConfirmed: true,
    });
    expect((await officer.mediator.search.query({ q: 'nhap' })).items).toHaveLength(3);
    expect((await officer.registryImport.get.query({ id: ids.import! })).result).toMatchObject({ created: 3 });
  });

  it('re-importing the same list (typed without diacritics) finds everyone already there and creates nothing', async () => {
    const again = list.map((r) => r.map((c) => (c === 'Đinh Thị Nhập' ? 'dinh thi nhap' : c)));
    const id = ((await (await upload(await xlsx([header, ...again]), 'officer')).json()) as { id: string }).id;
    const preview = await officer.registryImport.get.query({ id });
    expect(preview.rows.map((r) => r.action)).toEqual(['present', 'present', 'present']);
    expect(await officer.registryImport.confirm.mutate({ id })).toMatchObject({ created: 0, joined: 0, present: 3 });
    expect((await officer.mediator.search.query({ q: 'nhap' })).items).toHaveLength(3);
  });

  it('a second leader for a team that has one is a row error, and that row is not written', async () => {
    const id = (
      (await (
        await upload(
          await xlsx([header, [1, 'Ksor Thị Mới', 1990, 'Nữ', 'Jrai', 'Làng Nhập Thử', '', 'Tổ trưởng', '']]),
          'officer',
        )
      ).json()) as { id: string }
    ).id;
    const preview = await officer.registryImport.get.query({ id });
    expect(preview.rows).toEqual([]);
    expect(preview.issues).toEqual([
      { code: 'IMPORT.LEADER_TAKEN', row: 3, column: null, params: { row: 3, team: 'Tổ hòa giải làng Nhập Thử' } },
    ]);
    expect(await officer.registryImport.confirm.mutate({ id })).toMatchObject({ created: 0, skipped: 1 });
  });

  it('audits the confirmation with counts and the file’s hash, no name', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'registry_import', ids.import!);
    expect(rows.map((r) => r.action)).toEqual(['mediator.import']);
    expect(rows[0]!.after).toMatchObject({ rowCount: 4, created: 3, joined: 0, present: 0, skipped: 1, leaders: 1 });
    expect(JSON.stringify(rows[0]!.after)).not.toMatch(/Nhập|Nhap|0912345678/);
  });
});

describe('the export', () => {
  it('is the registry as .xlsx with names, ethnicity and phone for the justice officer', async () => {
    const res = await get('/exports/registry.xlsx', 'officer');
    expect(res.status).toBe(200);
    const book = await readBook(res);
    const members = JSON.stringify(book.getWorksheet('Hòa giải viên')!.getSheetValues());
    expect(members).toContain('Đinh Thị Nhập');
    expect(members).toContain('0912345678');
    expect(members).toContain('Ba Na');
    const teams = JSON.stringify(book.getWorksheet('Tổ hòa giải')!.getSheetValues());
    expect(teams).toContain('Tổ hòa giải làng Nhập Thử');
  });

  it('leaves ethnicity and phone out for the Front, who reads the registry without personal data', async () => {
    const members = JSON.stringify(
      (await readBook(await get('/exports/registry.xlsx', 'front'))).getWorksheet('Hòa giải viên')!.getSheetValues(),
    );
    expect(members).toContain('Đinh Thị Nhập');
    expect(members).not.toContain('0912345678');
    expect(members).not.toContain('Ba Na');
  });

  it('is audited as a file leaving the system, kind and counts only', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'export', 'registry.xlsx');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]!.after).toMatchObject({ kind: 'registry', format: 'xlsx' });
    expect(JSON.stringify(rows.map((r) => r.after))).not.toContain('Nhập');
  });
});

describe('the yearly review (kiện toàn)', () => {
  const mine = async (who: Client) => (await who.teamReview.list.query()).items.find((i) => i.teamId === ids.team)!;

  it('gives every active team an item of the API’s year with what the review finds, open until done', async () => {
    const item = await mine(officer);
    expect(item).toMatchObject({
      teamName: 'Tổ hòa giải làng Nhập Thử',
      year: 2027,
      left: 0,
      placesToFill: 0,
      actions: [],
      consolidated: true,
      done: null,
    });
    expect((await front.teamReview.list.query({ teamId: ids.team! })).items).toHaveLength(1);
  });

  it('after a member leaves, says who left, the place to fill and the composition gap', async () => {
    const team = await officer.team.get.query({ id: ids.team! });
    const member = team.members.find((m) => m.role !== 'leader')!;
    await officer.team.leave.mutate({ membershipId: member.id, leftOn: '2027-03-15', reason: 'voluntary' });
    const item = await mine(officer);
    expect(item).toMatchObject({ left: 1, placesToFill: 1, actions: ['supplementary_election'], consolidated: false });
    expect(item.compositionIssues.map((i) => i.code)).toContain('TEAM.TOO_FEW_MEDIATORS');
  });

  it('is marked done once, by whom and when; marking again changes nothing and is audited once', async () => {
    expect(await failure(front.teamReview.complete.mutate({ teamId: ids.team! }))).toMatchObject({ status: 403 });
    expect(await failure(other.teamReview.complete.mutate({ teamId: ids.team! }))).toMatchObject({ status: 404 });
    expect(await officer.teamReview.complete.mutate({ teamId: ids.team! })).toEqual({ done: true, already: false });
    expect(await officer.teamReview.complete.mutate({ teamId: ids.team! })).toEqual({ done: true, already: true });
    const item = await mine(officer);
    expect(item.done).toEqual({ at: '2027-03-15', by: expect.any(String) });
    expect((await officer.teamReview.list.query()).pending).toBe(
      (await officer.teamReview.list.query()).items.filter((i) => i.done === null).length,
    );
    const audit = await listAuditFor(s.db, systemScope(24013), 'team', ids.team!);
    expect(audit.filter((r) => r.action === 'team.review_done')).toHaveLength(1);
  });

  it('refuses a bad team id naming the field', async () => {
    expect(await failure(officer.teamReview.complete.mutate({ teamId: 'x' }))).toMatchObject({
      status: 400,
      fields: { teamId: { code: 'field.TEAM_ID' } },
    });
  });
});
