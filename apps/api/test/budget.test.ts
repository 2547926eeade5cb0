/**
 * The commune's budget over real HTTP on real PostgreSQL (issue 13, points 7 and 10): the budget officer records
 * planned and spent amounts; the domain's cap (Circular 56/2023/TT-BTC) is checked on every line and a line over it
 * is refused beside its field with the cap named, writing nothing; a retried form adds nothing; the year's summary
 * gives the execution rate per source, category and plan task, "no data" where nothing was planned; another commune
 * sees none of it and cannot delete it; the audit keeps codes and amounts, not the description.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let chairman: Client;
let other: Client;
let trainingTask = '';
const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const spent = {
  year: 2026,
  kind: 'spent' as const,
  source: 'state_budget' as const,
  category: 'special_materials' as const,
  norm: 'leaflet' as const,
  unitAmountVnd: 1_200_000,
  quantity: 2,
  on: '2026-05-04',
  planTaskId: null,
  description: 'In tờ gấp về hòa giải ở cơ sở',
};

beforeAll(async () => {
  s = await startServer({ now: new Date('2026-06-01T03:00:00Z') });
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'budget_officer', username: 'ketoan', agencyCode: 'office' });
  await createUser(s.db, { role: 'chairman', username: 'chutich', agencyCode: 'office' });
  await createUser(s.db, { role: 'budget_officer', username: 'ketoan-khac', communeId: 24014, agencyCode: 'office' });
  officer = s.client(await s.signIn('ketoan'));
  chairman = s.client(await s.signIn('chutich'));
  other = s.client(await s.signIn('ketoan-khac'));
  trainingTask = (await officer.budget.year.query({ year: 2026 })).tasks[0]!.id;
});
afterAll(() => s.close());

const linesOf = async (client: Client, year = 2026) => (await client.budget.year.query({ year })).lines;

describe('recording the year’s budget', () => {
  it('records a planned and a spent amount, linked to a plan task, and sums them', async () => {
    const planned = await officer.budget.addLine.mutate({
      ...spent,
      clientKey: key(1),
      kind: 'planned',
      category: 'training',
      norm: null,
      unitAmountVnd: 10_000_000,
      quantity: 1,
      on: null,
      planTaskId: trainingTask,
      description: 'Tập huấn kỹ năng hòa giải',
    });
    expect(planned).toMatchObject({ added: true, amountVnd: 10_000_000 });
    await officer.budget.addLine.mutate({
      ...spent,
      clientKey: key(2),
      category: 'training',
      norm: null,
      unitAmountVnd: 2_500_000,
      quantity: 3,
      planTaskId: trainingTask,
      description: 'Chi tập huấn ngày 4/5',
    });
    const { summary, lines } = await officer.budget.year.query({ year: 2026 });
    expect(lines).toHaveLength(2);
    expect(summary.total).toMatchObject({ allocatedVnd: 10_000_000, spentVnd: 7_500_000, percent: 75 });
    expect(summary.byTask).toEqual([
      expect.objectContaining({ planTaskId: trainingTask, allocatedVnd: 10_000_000, percent: 75 }),
    ]);
    expect(lines.find((l) => l.kind === 'planned')!.planTaskCode).toBeTruthy();
  });

  it('says "no data" where nothing was planned, never 0 %', async () => {
    await officer.budget.addLine.mutate({ ...spent, clientKey: key(3), source: 'lawful_donations' });
    const { summary } = await officer.budget.year.query({ year: 2026 });
    expect(summary.bySource.find((r) => r.source === 'lawful_donations')).toMatchObject({
      spentVnd: 2_400_000,
      rate: null,
      percent: null,
      overspent: true,
    });
    expect((await officer.budget.year.query({ year: 2027 })).summary.total).toMatchObject({ rate: null });
  });

  it('adds nothing when the same form is sent again', async () => {
    const again = await officer.budget.addLine.mutate({ ...spent, clientKey: key(3), source: 'lawful_donations' });
    expect(again.added).toBe(false);
    expect(await linesOf(officer)).toHaveLength(3);
  });
});

describe('refusals that name the rule and change nothing', () => {
  it('refuses an amount over the circular’s cap beside the amount, naming the cap', async () => {
    const f = await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(10), unitAmountVnd: 1_500_001 }));
    expect(f).toMatchObject({
      status: 400,
      domainCode: 'BUDGET.OVER_CAP',
      params: { field: 'unitAmountVnd', cap: 1_500_000 },
    });
    expect(f.message).toContain('vượt mức tối đa 1.500.000 đồng');
    expect(await linesOf(officer)).toHaveLength(3);
  });
  it('refuses a norm of another category, negative or impossible figures, and a day outside the year', async () => {
    expect(
      await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(11), category: 'training' })),
    ).toMatchObject({ domainCode: 'BUDGET.NORM_CATEGORY_MISMATCH', params: { field: 'norm' } });
    const negative = await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(12), unitAmountVnd: -1 }));
    expect(negative.status).toBe(400);
    expect(negative.fields.unitAmountVnd).toMatchObject({ code: 'field.AMOUNT_POSITIVE' });
    const outside = await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(13), on: '2025-12-31' }));
    expect(outside.fields.on).toMatchObject({ code: 'field.BUDGET_DATE_IN_YEAR' });
    const undated = await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(14), on: null }));
    expect(undated.fields.on).toMatchObject({ code: 'field.BUDGET_SPENT_DATE' });
    expect(await linesOf(officer)).toHaveLength(3);
  });
  it('refuses another commune’s plan task', async () => {
    const otherTask = (await other.budget.year.query({ year: 2026 })).tasks[0]!.id;
    const f = await failure(officer.budget.addLine.mutate({ ...spent, clientKey: key(15), planTaskId: otherTask }));
    expect(f).toMatchObject({ domainCode: 'BUDGET.PLAN_TASK_NOT_FOUND', params: { field: 'planTaskId' } });
    expect(await linesOf(officer)).toHaveLength(3);
  });
});

describe('who may read and change it', () => {
  it('lets the chairman read the budget but not change it', async () => {
    expect(await linesOf(chairman)).toHaveLength(3);
    expect((await failure(chairman.budget.addLine.mutate({ ...spent, clientKey: key(20) }))).status).toBe(403);
  });
  it('shows another commune none of it, and answers "not found" when it deletes a line', async () => {
    expect(await linesOf(other)).toEqual([]);
    const [line] = await linesOf(officer);
    expect(await failure(other.budget.removeLine.mutate({ id: line!.id }))).toMatchObject({
      status: 404,
      domainCode: 'BUDGET.LINE_NOT_FOUND',
    });
    expect(await linesOf(officer)).toHaveLength(3);
  });
  it('deletes a line once, and audits codes and amounts but not the description', async () => {
    const line = (await linesOf(officer)).find((l) => l.source === 'lawful_donations')!;
    await officer.budget.removeLine.mutate({ id: line.id });
    expect(await linesOf(officer)).toHaveLength(2);
    expect((await failure(officer.budget.removeLine.mutate({ id: line.id }))).status).toBe(404);
    const trail = await listAuditFor(s.db, systemScope(24013), 'budget_line', line.id);
    expect(trail.map((a) => a.action).sort()).toEqual(['budget.add_line', 'budget.remove_line']);
    expect(JSON.stringify(trail)).toContain('lawful_donations');
    expect(JSON.stringify(trail)).not.toContain('tờ gấp');
  });
});
