/**
 * Issue 13, points 4–6 in Chromium on the e2e clock (Monday 15 March 2027): the justice officer issues a certificate
 * to a mediator who attended a training event, opens the address its QR code carries on the public portal (no
 * sign-in) and sees it valid with the holder's name; a revocation without a reason is refused beside the field;
 * revoked with one, the public page says revoked. The contests and rewards pages show a contest's ranked results and
 * a proposal's evidence; the chairman records the reward decision. axe at 1280 and 360 px on every new page, no
 * sideways scrolling at 360 px; screenshots with HGCS_SCREENSHOTS=<dir>.
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
let outside: Browser;
let officer: Page;
let chairman: Page;
let visitor: Page;
const password = 'mat-khau-e2e-khen-thuong-2026';
const ids: Record<string, string> = {};

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

beforeAll(async () => {
  stack = await startStack();
  for (const [username, role] of [
    ['tuphap', 'justice_officer'],
    ['chutich', 'chairman'],
  ] as const)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName: username, role, agencyCode: 'office' },
      password,
    );
  // What the certificates, contests and rewards are about (the training and registry screens are tested elsewhere).
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: 24013, name: 'Làng Ia Khen', kind: 'lang' })
    .returning();
  const [team] = await stack.db
    .insert(schema.teams)
    .values({ communeId: 24013, villageId: village!.id, name: 'Tổ hòa giải làng Ia Khen' })
    .returning();
  const people: string[] = [];
  for (const fullName of ['Rơ Mah Hiếu', 'Trần Thị Hoa', 'Siu Thơm']) {
    const [m] = await stack.db
      .insert(schema.mediators)
      .values({
        communeId: 24013,
        fullName,
        gender: 'male',
        birthYear: 1975,
        residenceVillageId: village!.id,
        personalDataBasis: 'public_task',
      })
      .returning();
    await stack.db.insert(schema.teamMemberships).values({
      communeId: 24013,
      teamId: team!.id,
      mediatorId: m!.id,
      joinedOn: '2026-04-01',
      recognitionDecisionNo: '12/QĐ-UBND',
      recognitionDecisionOn: '2026-05-01',
    });
    people.push(m!.id);
  }
  const at = new Date('2027-03-10T02:00:00Z');
  const [event] = await stack.db
    .insert(schema.trainingEvents)
    .values({
      communeId: 24013,
      title: 'Kỹ năng hòa giải tranh chấp đất đai',
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
      place: 'Hội trường UBND xã Pờ Tó',
      kind: 'training',
      organiserLevel: 'commune',
      hoursPerDay: 4,
      clientKey: crypto.randomUUID(),
      createdBy: crypto.randomUUID(),
    })
    .returning();
  ids.event = event!.id;
  await stack.db
    .insert(schema.trainingAttendance)
    .values({ communeId: 24013, eventId: event!.id, mediatorId: people[0]!, attendedOn: '2027-03-10', hours: 4 });
  const [contest] = await stack.db
    .insert(schema.contests)
    .values({
      communeId: 24013,
      name: 'Hội thi hòa giải viên giỏi xã Pờ Tó 2027',
      level: 'commune',
      startsOn: '2027-03-12',
      endsOn: '2027-03-12',
      rubric: [
        { label: 'Kỹ năng hòa giải', maxScore: 40 },
        { label: 'Kiến thức pháp luật', maxScore: 30 },
      ],
      rounds: ['Chung kết'],
      judges: ['Giám khảo Một'],
      timeLimitMinutes: 15,
      penaltyPerMinute: 2,
      clientKey: crypto.randomUUID(),
      createdBy: crypto.randomUUID(),
      createdAt: at,
    })
    .returning();
  ids.contest = contest!.id;
  const [entry] = await stack.db
    .insert(schema.contestEntries)
    .values({
      communeId: 24013,
      contestId: contest!.id,
      unitName: 'Làng Ia Khen',
      captainId: people[0]!,
      officialMemberIds: people,
      reserveIds: [],
      helperNames: [],
      prizeRank: 'first',
      prizeAmountVnd: 1_000_000,
      createdAt: at,
    })
    .returning();
  await stack.db.insert(schema.contestScores).values({
    communeId: 24013,
    entryId: entry!.id,
    round: 0,
    judge: 'Giám khảo Một',
    scores: [35, 25],
    enteredBy: crypto.randomUUID(),
    enteredAt: at,
  });
  const [reward] = await stack.db
    .insert(schema.rewardProposals)
    .values({
      communeId: 24013,
      form: 'certificate_of_merit',
      recipientKind: 'individual',
      mediatorId: people[0]!,
      periodFrom: '2027-01-01',
      periodTo: '2027-03-31',
      achievements: 'Tích cực hòa giải, tham gia đầy đủ tập huấn và hội thi.',
      caseIds: [],
      trainingEventIds: [event!.id],
      contestEntryIds: [entry!.id],
      action: 'decide',
      status: 'proposed',
      clientKey: crypto.randomUUID(),
      createdBy: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  ids.reward = reward!.id;
  browser = await launch();
  officer = await browser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
  // A second browser with no session: the public page is opened as anyone would (later the chairman signs in there).
  outside = await launch();
  visitor = await outside.context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await outside?.close();
  await stack?.stop();
});

describe('certificates with public verification', () => {
  it('issues a certificate to an attendee from the training event', async () => {
    await go(officer, `/training/${ids.event}`);
    await officer.getByLabel('Người được cấp').selectOption({ label: 'Rơ Mah Hiếu' });
    await officer.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã cấp giấy chứng nhận' }).waitFor();
    await checkPage(officer, 'training-event-certificate');
  });

  it('opens the QR’s address without signing in: valid, with the name printed on it', async () => {
    await officer.getByRole('link', { name: 'Giấy chứng nhận', exact: true }).first().click();
    await officer.waitForURL(/\/certificates/);
    expect(await officer.getByTestId('certificate-status').textContent()).toContain('Còn hiệu lực');
    await checkPage(officer, 'certificates-list');
    ids.path = (await officer.getByTestId('verify-path').textContent())!.trim();
    expect(ids.path).toMatch(/^\/verify#24013-[A-Za-z0-9_-]{22}$/);
    await visitor.goto(`${stack.kiosk}${ids.path}`, { waitUntil: 'networkidle' });
    await visitor.getByRole('heading', { name: 'Giấy chứng nhận còn hiệu lực' }).waitFor();
    expect(await visitor.getByTestId('holder').textContent()).toBe('Rơ Mah Hiếu');
    expect(await visitor.locator('main').textContent()).toContain('Kỹ năng hòa giải tranh chấp đất đai');
    await checkPage(visitor, 'kiosk-certificate-valid');
  });

  it('refuses a revocation without a reason beside the field, then revokes: the public page says revoked', async () => {
    await officer.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('lý do thu hồi');
    await officer.getByLabel('Lý do thu hồi').fill('Cấp nhầm đợt tập huấn');
    await officer.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    await officer.getByTestId('certificate-status').filter({ hasText: 'Đã thu hồi' }).waitFor();
    await visitor.goto(`${stack.kiosk}/`, { waitUntil: 'networkidle' });
    await visitor.goto(`${stack.kiosk}${ids.path}`, { waitUntil: 'networkidle' });
    await visitor.getByRole('heading', { name: 'Giấy chứng nhận đã bị thu hồi' }).waitFor();
    await checkPage(visitor, 'kiosk-certificate-revoked');
  });

  it('says "not found" for a code nobody issued', async () => {
    await visitor.goto(`${stack.kiosk}/`, { waitUntil: 'networkidle' });
    await visitor.goto(`${stack.kiosk}/verify#24013-${'A'.repeat(22)}`, { waitUntil: 'networkidle' });
    await visitor.getByRole('alert').filter({ hasText: 'Không tìm thấy giấy chứng nhận' }).waitFor();
    await checkPage(visitor, 'kiosk-certificate-unknown');
  });
});

describe('contests and rewards', () => {
  it('shows a contest’s rules and ranked results', async () => {
    await go(officer, '/contests?year=2027');
    await officer.getByRole('link', { name: 'Hội thi hòa giải viên giỏi xã Pờ Tó 2027' }).click();
    await officer.waitForURL(/\/contests\/[0-9a-f-]{36}$/);
    const row = officer.getByTestId('results').locator('tbody tr').first();
    expect(await row.textContent()).toContain('Giải Nhất');
    expect(await row.textContent()).toContain('60');
    await checkPage(officer, 'contest-results');
  });

  it('shows a proposal’s evidence; the chairman records the decision', async () => {
    await go(officer, '/rewards?year=2027');
    await checkPage(officer, 'rewards-list');
    await officer.getByRole('link', { name: 'Rơ Mah Hiếu' }).click();
    await officer.getByText('Kỹ năng hòa giải tranh chấp đất đai —').waitFor();
    await checkPage(officer, 'reward-proposal');
    chairman = await outside.context.newPage();
    await signInWithCode(chairman, stack.admin, 'chutich', password);
    await go(chairman, `/rewards/${ids.reward}`);
    await chairman.getByLabel('Số quyết định').fill('45/QĐ-UBND');
    await chairman.getByRole('button', { name: 'Ghi quyết định' }).click();
    await chairman.getByTestId('reward-status').filter({ hasText: 'Đã quyết định — 45/QĐ-UBND' }).waitFor();
    await checkPage(chairman, 'reward-decided');
  });
});
