/**
 * Issue 13, points 1, 2 and 10 in Chromium on the e2e clock (Monday 15 March 2027): the justice officer sees every
 * active mediator on the "never trained" list, records a two-day training event, types the attendance (a day's
 * hours over what the event allows is refused beside its box, nothing saved), saves it, and sees who is still never
 * trained with the count; the mediator's page shows the learning hours; the yearly assessment is typed in from
 * paper and the results per team appear. axe at 1280 and 360 px on every new page, no sideways scrolling at 360 px
 * (the attendance grid scrolls inside its own box); screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import { schema } from '@hgcs/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let officer: Page;
const password = 'mat-khau-e2e-tap-huan-2026';
const people = ['Rơ Mah Hiếu', 'Trần Thị Hoa', 'Siu Thơm'];

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

beforeAll(async () => {
  stack = await startStack();
  await insertEnrolledUser(
    stack.db,
    {
      communeId: 24013,
      username: 'tuphap',
      displayName: 'Lê Thị Tư Pháp',
      role: 'justice_officer',
      agencyCode: 'office',
    },
    password,
  );
  // The registry the training is about: two teams, three active mediators (the registry's own screens are tested
  // in registry.e2e.test.ts).
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: 24013, name: 'Làng Ia Tập Huấn', kind: 'lang' })
    .returning();
  const teams = await stack.db
    .insert(schema.teams)
    .values([
      { communeId: 24013, villageId: village!.id, name: 'Tổ hòa giải số 1' },
      { communeId: 24013, villageId: village!.id, name: 'Tổ hòa giải số 2' },
    ])
    .returning();
  for (const [i, fullName] of people.entries()) {
    const [m] = await stack.db
      .insert(schema.mediators)
      .values({
        communeId: 24013,
        fullName,
        gender: i === 1 ? 'female' : 'male',
        birthYear: 1975 + i,
        residenceVillageId: village!.id,
        personalDataBasis: 'public_task',
      })
      .returning();
    await stack.db
      .insert(schema.teamMemberships)
      .values({ communeId: 24013, teamId: teams[i === 2 ? 1 : 0]!.id, mediatorId: m!.id, joinedOn: '2026-04-01' });
  }
  browser = await launch();
  officer = await browser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the justice officer records a training day with attendance', () => {
  it('sees every active mediator as never trained this phase', async () => {
    await go(officer, '/');
    await officer.getByRole('link', { name: 'Tập huấn', exact: true }).click();
    await officer.waitForURL(/\/training$/);
    expect(await officer.getByTestId('never-count').textContent()).toContain('3 trên 3 hòa giải viên');
    await checkPage(officer, 'training-list-before');
  });

  it('records a two-day event; a refused field keeps what was typed', async () => {
    await officer.getByRole('link', { name: 'Ghi đợt tập huấn mới' }).click();
    await officer.waitForURL(/\/training\/new$/);
    await officer.getByLabel('Chủ đề').fill('Kỹ năng hòa giải tranh chấp đất đai');
    await officer.getByLabel('Địa điểm').fill('Hội trường UBND xã Pờ Tó');
    await officer.getByLabel('Ngày bắt đầu').fill('2027-03-10');
    await officer.getByLabel('Ngày kết thúc').fill('2027-03-09');
    await officer.getByLabel('Số giờ học một ngày').fill('4');
    await officer.getByLabel('Tên giảng viên ngoài danh sách').fill('Nguyễn Văn Giảng');
    await officer.getByLabel('Là minh chứng cho công việc của kế hoạch (không bắt buộc)').selectOption({
      label: 'Nhiệm vụ 3b – năm 2027',
    });
    await officer.getByRole('button', { name: 'Lưu đợt tập huấn' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    expect(await officer.getByLabel('Chủ đề').inputValue()).toBe('Kỹ năng hòa giải tranh chấp đất đai');
    await checkPage(officer, 'training-new-errors');
    await officer.getByLabel('Ngày kết thúc').fill('2027-03-11');
    await officer.getByRole('button', { name: 'Lưu đợt tập huấn' }).click();
    await officer.waitForURL(/\/training\/[0-9a-f-]{36}\?created$/);
    await officer.getByRole('status').filter({ hasText: 'Đã ghi đợt tập huấn' }).waitFor();
  });

  it('refuses more hours than the day allows beside the box, saving nothing; then saves the attendance', async () => {
    await officer.getByLabel('Số giờ học của Rơ Mah Hiếu ngày 10/03/2027').fill('4');
    await officer.getByLabel('Số giờ học của Rơ Mah Hiếu ngày 11/03/2027').fill('4');
    await officer.getByLabel('Số giờ học của Trần Thị Hoa ngày 10/03/2027').fill('5');
    await officer.getByRole('button', { name: 'Lưu điểm danh' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('Trần Thị Hoa');
    expect(await error.textContent()).toContain('(4 giờ)');
    expect(await officer.getByLabel('Số giờ học của Trần Thị Hoa ngày 10/03/2027').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await checkPage(officer, 'training-attendance-errors');
    await go(officer, new URL(officer.url()).pathname);
    expect(await officer.getByTestId('attendance-summary').textContent()).toContain('0 người');
    await officer.getByLabel('Số giờ học của Rơ Mah Hiếu ngày 10/03/2027').fill('4');
    await officer.getByLabel('Số giờ học của Rơ Mah Hiếu ngày 11/03/2027').fill('3,5');
    await officer.getByLabel('Số giờ học của Trần Thị Hoa ngày 10/03/2027').fill('4');
    await officer.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã lưu điểm danh.' }).waitFor();
    await go(officer, new URL(officer.url()).pathname);
    expect(await officer.getByTestId('attendance-summary').textContent()).toContain('2 người, tổng 11,5 giờ');
    await checkPage(officer, 'training-event');
    // the plan's work item lists the event as its evidence
    await officer.getByRole('link', { name: 'Nhiệm vụ 3b – năm 2027' }).click();
    await officer.waitForURL(/\/work\/[0-9a-f-]{36}$/);
    const evidence = officer.getByRole('region', { name: 'Đợt tập huấn là minh chứng của công việc này' });
    expect(await evidence.textContent()).toContain('Kỹ năng hòa giải tranh chấp đất đai');
    await checkPage(officer, 'work-item-training-evidence');
  });

  it('sees who has never been trained, with the count, and a mediator’s learning hours', async () => {
    await go(officer, '/training');
    expect(await officer.getByTestId('never-count').textContent()).toContain('1 trên 3 hòa giải viên');
    expect(await officer.getByTestId('never-trained').textContent()).toContain('Siu Thơm');
    expect(await officer.getByTestId('never-trained').textContent()).not.toContain('Rơ Mah Hiếu');
    expect(await officer.getByTestId('events').textContent()).toContain('Kỹ năng hòa giải tranh chấp đất đai');
    await checkPage(officer, 'training-list-after');
    await officer.getByTestId('events').getByRole('link').first().waitFor();
    await go(officer, '/training');
    await officer.getByRole('link', { name: 'Siu Thơm' }).click();
    await officer.waitForURL(/\/mediators\/[0-9a-f-]{36}$/);
    expect(await officer.getByTestId('training-record').textContent()).toContain('Chưa được tập huấn');
    await go(officer, '/mediators');
    await officer.getByRole('link', { name: 'Rơ Mah Hiếu' }).first().click();
    await officer.waitForURL(/\/mediators\/[0-9a-f-]{36}$/);
    expect(await officer.getByTestId('training-record').textContent()).toContain(
      '7,5 giờ học trong giai đoạn 2024–2030',
    );
    await checkPage(officer, 'mediator-training-record');
  });
});

describe('the yearly capacity assessment, typed in from paper', () => {
  it('refuses a missing score beside its competency, then saves and shows the results per team', async () => {
    await go(officer, '/training/assessments');
    await checkPage(officer, 'assessment-empty');
    await officer.getByLabel('Hòa giải viên').selectOption({ label: 'Trần Thị Hoa — Tổ hòa giải số 1' });
    await officer.getByLabel('Ngày khảo sát').fill('2027-02-20');
    await officer.getByLabel('Nhập lại từ phiếu khảo sát giấy').check();
    for (const label of ['Hiểu biết pháp luật', 'Kỹ năng hòa giải', 'Khả năng thuyết phục, vận động nhân dân'])
      await officer.getByLabel(label).selectOption('2');
    await officer.getByLabel('Hiểu phong tục, tập quán, tiếng dân tộc tại chỗ').selectOption('3');
    await officer.getByRole('button', { name: 'Lưu kết quả' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('Thiếu điểm tiêu chí');
    await checkPage(officer, 'assessment-errors');
    await officer.getByLabel('Ghi sổ theo dõi, lập văn bản hòa giải thành').selectOption('3');
    await officer.getByRole('button', { name: 'Lưu kết quả' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã lưu kết quả khảo sát.' }).waitFor();
    await go(officer, '/training/assessments');
    const byTeam = await officer.getByTestId('by-team').textContent();
    expect(byTeam).toContain('Tổ hòa giải số 1');
    expect(byTeam).toContain('2,4');
    expect(byTeam).toContain('Trần Thị Hoa');
    await checkPage(officer, 'assessment-results');
  });
});
