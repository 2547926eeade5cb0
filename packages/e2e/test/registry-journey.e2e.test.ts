/**
 * Issue 10's "done means", walked as one journey in Chromium on the e2e clock (Monday 15 March 2027): the justice
 * officer, who has only the paper lists, imports them from the template; the teams list shows which team breaks the
 * law's composition rules and the dashboard counts one of two teams consolidated; the officer runs an election in
 * that team's village; the chairman records the recognition decision and prints it (the DOCX names the elected);
 * the team now meets the rules and the dashboard's "teams consolidated" figure moves to two of two. axe at 1280 and
 * 360 px on every page on the way (`checkPage`).
 */
import { readFile } from 'node:fs/promises';
import { listVillages, schema } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { docxText } from './docx-text.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
const browsers: Browser[] = [];
let officer: Page;
let chairman: Page;
const password = 'mat-khau-e2e-hanh-trinh-2026';
const teamA = 'Tổ hòa giải số 1';
const teamB = 'Tổ hòa giải số 2';
const villages: string[] = [];
let teamBPath = '';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });
const teamsFigure = async (page: Page) => {
  await go(page, '/');
  return page.getByTestId('teams-figure').textContent();
};

beforeAll(async () => {
  stack = await startStack();
  for (const [username, displayName, role] of [
    ['tuphap', 'Lê Thị Tư Pháp', 'justice_officer'],
    ['chutich', 'Ksor Thu', 'chairman'],
  ] as const)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName, role, agencyCode: role === 'chairman' ? null : 'office' },
      password,
    );
  // The commune's two teams exist on paper; their people are only on the paper lists.
  const rows = await listVillages(stack.db, systemScope(24013));
  villages.push(rows[0]!.name, rows[1]!.name);
  await stack.db.insert(schema.teams).values([
    { communeId: 24013, villageId: rows[0]!.id, name: teamA },
    { communeId: 24013, villageId: rows[1]!.id, name: teamB },
  ]);
  for (const username of ['tuphap', 'chutich']) {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await signInWithCode(page, stack.admin, username, password);
    if (username === 'tuphap') officer = page;
    else chairman = page;
  }
}, 180_000);
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await stack?.stop();
});

describe('from the paper lists to a consolidated registry', () => {
  it('imports the paper lists through the template', async () => {
    await go(officer, '/mediators/import');
    await checkPage(officer, 'journey-import');
    const [file] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải mẫu danh sách (.xlsx)' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path())!)).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // STT, Họ và tên, Năm sinh, Giới tính, Dân tộc, Thôn/Làng, Tổ hòa giải, Chức vụ, Nghề nghiệp, Số điện thoại
    const people = [
      [1, 'Ksor H’Lan', 1978, 'Nữ', 'Jrai', villages[0], teamA, 'Tổ trưởng', 'Làm nông', null],
      [2, 'Rơ Châm Thơ', 1965, 'Nam', 'Jrai', villages[0], teamA, 'Tổ viên', 'Già làng', null],
      [3, 'Nguyễn Văn Lâm', 1980, 'Nam', 'Kinh', villages[0], teamA, 'Tổ viên', 'Giáo viên', null],
      [4, 'Đinh Văn Hùng', 1970, 'Nam', 'Bahnar', villages[1], teamB, 'Tổ trưởng', 'Làm nông', null],
      [5, 'Trần Văn Sơn', 1975, 'Nam', 'Kinh', villages[1], teamB, 'Tổ viên', 'Buôn bán', null],
    ];
    people.forEach((cells, i) => {
      const row = sheet.getRow(3 + i);
      cells.forEach((value, c) => (row.getCell(c + 1).value = value ?? null));
      row.commit();
    });
    await officer.getByLabel('Tệp danh sách (.xlsx)').setInputFiles({
      name: 'danh-sach-giay.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await officer.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await officer.waitForURL(/\/mediators\/import\?id=[0-9a-f-]{36}$/);
    expect(await officer.getByTestId('import-summary').textContent()).toContain('5 người mới');
    await checkPage(officer, 'journey-import-preview');
    await officer.getByRole('button', { name: 'Xác nhận ghi 5 dòng' }).click();
    await officer.getByTestId('import-result').waitFor();
    expect(await officer.getByTestId('import-result').textContent()).toContain('5 người mới');
  });

  it('shows which team breaks the composition rules, and the dashboard counts one of two', async () => {
    await go(officer, '/teams');
    expect(await officer.locator(`[data-team="${teamA}"]`).textContent()).toContain('Đủ thành phần');
    const broken = await officer.locator(`[data-team="${teamB}"]`).textContent();
    expect(broken).toContain('Chưa đủ thành phần');
    await checkPage(officer, 'journey-teams');
    await officer.getByRole('link', { name: teamB }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    teamBPath = new URL(officer.url()).pathname;
    const compliance = await officer.getByTestId('team-compliance').textContent();
    expect(compliance).toContain('Chưa đủ thành phần');
    expect(compliance).toMatch(/nữ/);
    await checkPage(officer, 'journey-team-broken');
    expect(await teamsFigure(officer)).toContain('1/2 tổ');
    await checkPage(officer, 'journey-dashboard-before');
  });

  it('runs an election in that village', async () => {
    // the woman who stands lives in the village and is registered before the meeting
    await go(officer, '/mediators/new');
    await officer.getByLabel('Họ và tên').fill('Siu H’Bầu');
    await officer.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
    await officer.getByLabel('Năm sinh').fill('1984');
    await officer.getByLabel('Dân tộc').fill('Jrai');
    await officer.getByLabel('Thôn, làng nơi thường trú').selectOption({ label: villages[1]! });
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.waitForURL(/\/mediators\/[0-9a-f-]{36}$/);

    await go(officer, `${teamBPath}/elections`);
    await officer.getByLabel('Ngày bầu').first().fill('2027-03-12');
    await officer.getByLabel('Tổng số hộ gia đình của thôn').fill('120');
    await officer.getByLabel('Số hộ tham gia (dự họp hoặc gửi phiếu)').fill('96');
    await officer.getByLabel('Số hòa giải viên cần bầu').fill('1');
    await officer.getByLabel('Ngày Chủ tịch UBND xã nhận danh sách (không bắt buộc)').fill('2027-03-12');
    await officer.getByLabel('Số phiếu đồng ý: Siu H’Bầu').fill('81');
    await officer.getByRole('button', { name: 'Ghi kết quả bầu hòa giải viên' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi kết quả bầu.' }).waitFor();
    const election = officer.getByTestId('election');
    expect(await election.locator('[data-candidate="Siu H’Bầu"]').textContent()).toContain('Trúng cử');
    // received Fri 12/3 → due Fri 19/3; on Mon 15/3 four working days are left
    expect(await election.getByTestId('deadline').textContent()).toContain('Hạn công nhận: 19/03/2027');
    await checkPage(officer, 'journey-election');
  });

  it('lets the chairman recognise the elected and print the decision', async () => {
    await go(chairman, `${teamBPath}/elections`);
    await chairman.getByLabel('Số quyết định').fill('31/QĐ-UBND');
    await chairman.getByLabel('Ngày quyết định').fill('2027-03-15');
    await chairman.getByRole('button', { name: 'Ghi nhận quyết định công nhận' }).click();
    await chairman.getByTestId('recognised').waitFor();
    await checkPage(chairman, 'journey-recognised');
    const href = await chairman.getByRole('link', { name: 'Tải quyết định (DOCX)' }).first().getAttribute('href');
    const response = await chairman.request.get(`${stack.admin}${href}`);
    expect(response.status()).toBe(200);
    const text = docxText(await response.body());
    for (const line of ['Số: 31/QĐ-UBND', 'Về việc công nhận hòa giải viên', 'Siu H’Bầu']) expect(text).toContain(line);
  });

  it('now counts the team consolidated, and the dashboard shows two of two', async () => {
    await go(officer, teamBPath);
    expect(await officer.locator('[data-member="Siu H’Bầu"]').textContent()).toContain('31/QĐ-UBND');
    expect(await officer.getByTestId('team-compliance').textContent()).toContain('Đủ thành phần');
    await checkPage(officer, 'journey-team-consolidated');
    expect(await teamsFigure(officer)).toContain('2/2 tổ');
    await checkPage(officer, 'journey-dashboard-after');
  });
});
