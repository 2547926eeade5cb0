/**
 * Issue 13, points 7 and 10, in Chromium on the e2e clock (2027): the budget officer enters the year's planned and
 * spent amounts — one typed with thousands separators, one over the Circular 56 cap refused beside the amount with
 * the cap named and nothing written — and sees spending against the plan: the execution rate in total and per
 * source, category and plan task, "no data" where nothing was planned. The chairman reads the page without the
 * form. axe at 1280 and 360 px (`checkPage`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
const browsers: Browser[] = [];
let officer: Page;
let chairman: Page;
const password = 'mat-khau-e2e-kinh-phi-2027';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

async function addLine(fields: {
  kind: 'Dự toán' | 'Thực chi';
  description: string;
  source?: string;
  category: string;
  norm?: string;
  amount: string;
  quantity?: string;
  on?: string;
  task?: string;
}) {
  const form = officer.getByTestId('budget-add');
  await form.getByLabel('Loại').selectOption({ label: fields.kind });
  await form.getByLabel('Nội dung', { exact: true }).fill(fields.description);
  if (fields.source) await form.getByLabel('Nguồn kinh phí').selectOption({ label: fields.source });
  await form.getByLabel('Nội dung chi').selectOption({ label: fields.category });
  if (fields.norm) await form.getByLabel('Định mức áp dụng').selectOption({ label: fields.norm });
  await form.getByLabel('Mức chi mỗi đơn vị (đồng)').fill(fields.amount);
  await form.getByLabel('Số lượng').fill(fields.quantity ?? '1');
  if (fields.on) await form.getByLabel('Ngày chi', { exact: true }).fill(fields.on);
  if (fields.task) await form.getByLabel('Nhiệm vụ của Kế hoạch').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Ghi khoản' }).click();
}

beforeAll(async () => {
  stack = await startStack();
  for (const [username, displayName, role] of [
    ['ketoan', 'Nguyễn Thị Kế Toán', 'budget_officer'],
    ['chutich', 'Ksor Thu', 'chairman'],
  ] as const)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName, role, agencyCode: 'office' },
      password,
    );
  for (const username of ['ketoan', 'chutich']) {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await signInWithCode(page, stack.admin, username, password);
    if (username === 'ketoan') officer = page;
    else chairman = page;
  }
}, 180_000);
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await stack?.stop();
});

describe('the year’s spending against the plan and the caps', () => {
  it('opens the budget of the API’s year from the menu, with nothing recorded', async () => {
    await go(officer, '/');
    await officer.getByRole('link', { name: 'Kinh phí' }).click();
    await officer.waitForURL(/\/budget$/);
    await officer.getByRole('heading', { name: 'Kinh phí thực hiện Kế hoạch năm 2027' }).waitFor();
    expect(await officer.getByTestId('budget-rate').textContent()).toContain('Chưa có dự toán');
    await checkPage(officer, 'budget-empty');
  });

  it('records the planned training and what was spent on it, typed with thousands separators', async () => {
    await addLine({
      kind: 'Dự toán',
      description: 'Tập huấn kỹ năng hòa giải năm 2027',
      category: '2. Đào tạo, tập huấn, bồi dưỡng kiến thức pháp luật, nghiệp vụ, kỹ năng (kể cả hòa giải viên ở cơ sở)',
      amount: '20.000.000',
      task: 'first',
    });
    await officer.getByRole('status').filter({ hasText: 'Đã ghi khoản.' }).waitFor();
    await addLine({
      kind: 'Thực chi',
      description: 'Chi tập huấn ngày 10/3',
      category: '2. Đào tạo, tập huấn, bồi dưỡng kiến thức pháp luật, nghiệp vụ, kỹ năng (kể cả hòa giải viên ở cơ sở)',
      amount: '5.000.000',
      quantity: '3',
      on: '2027-03-10',
      task: 'first',
    });
    await officer.getByTestId('budget-lines').locator('[data-line="Chi tập huấn ngày 10/3"]').waitFor();
    expect(await officer.getByTestId('budget-rate').textContent()).toContain('75 %');
    expect(await officer.getByTestId('budget-lines').textContent()).toContain('15.000.000 đ');
  });

  it('refuses a leaflet over the Circular 56 cap beside the amount, and writes nothing', async () => {
    await addLine({
      kind: 'Thực chi',
      description: 'Tờ gấp pháp luật về hòa giải',
      source: 'Đóng góp, tài trợ hợp pháp của doanh nghiệp, tổ chức, cá nhân',
      category: '6. Biên soạn tài liệu đặc thù: tờ gấp, tình huống, câu chuyện, tiểu phẩm pháp luật',
      norm: '6.a Tờ gấp pháp luật — tối đa 1.500.000 đ/tờ gấp',
      amount: '1.800.000',
      on: '2027-03-12',
    });
    const error = officer.locator('#b-amount-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('vượt mức tối đa 1.500.000 đồng');
    expect(await officer.getByLabel('Mức chi mỗi đơn vị (đồng)').getAttribute('aria-invalid')).toBe('true');
    expect(await officer.getByTestId('budget-lines').locator('tbody tr').count()).toBe(2);
    await checkPage(officer, 'budget-over-cap');

    await officer.getByLabel('Mức chi mỗi đơn vị (đồng)').fill('1.500.000');
    await officer.getByTestId('budget-add').getByRole('button', { name: 'Ghi khoản' }).click();
    await officer.getByTestId('budget-lines').locator('[data-line="Tờ gấp pháp luật về hòa giải"]').waitFor();
  });

  it('shows spending against the plan per source, category and task, "no data" where nothing was planned', async () => {
    await go(officer, '/budget?year=2027');
    const bySource = officer.getByTestId('by-source');
    expect(await bySource.locator('[data-row="Ngân sách nhà nước"]').textContent()).toContain('75 %');
    expect(
      await bySource
        .locator('[data-row="Đóng góp, tài trợ hợp pháp của doanh nghiệp, tổ chức, cá nhân"]')
        .textContent(),
    ).toContain('Chưa có dự toán');
    expect(await officer.getByTestId('by-task').textContent()).toContain('75 %');
    await checkPage(officer, 'budget-year');
  });

  it('lets the chairman read the budget without the form', async () => {
    await go(chairman, '/budget');
    expect(await chairman.getByTestId('budget-lines').locator('tbody tr').count()).toBe(3);
    expect(await chairman.getByTestId('budget-add').count()).toBe(0);
    await checkPage(chairman, 'budget-chairman');
  });
});
