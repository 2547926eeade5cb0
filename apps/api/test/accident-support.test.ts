/**
 * Accident support requests over real HTTP on real PostgreSQL (issue 11, point 9; Law 35/2013 Art. 9.7; Circular
 * 56/2023 Art. 3.17): the justice officer records one (once per form), the domain decides eligibility and the items
 * payable (the funeral cap when the mediator died) or names the rule it fails; the chairman reads the decisions
 * without names; bad input (a mediator of another commune, a day after today, an unknown harm) changes nothing;
 * another commune's officer does not see the list. Audited without names.
 */
import { listAuditFor, schema } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as: Record<'officer' | 'chairman' | 'otherCommune', Client> = {} as never;
const ids: Record<string, string> = {};

const mediatorInput = (fullName: string, residenceVillageId: string) => ({
  fullName,
  gender: 'male' as const,
  birthYear: 1975,
  ethnicity: 'Jrai',
  residenceVillageId,
  personalDataBasis: 'public_task' as const,
});

const form = (over: Record<string, unknown> = {}) => ({
  clientKey: randomUUID(),
  mediatorId: ids.mediator!,
  occurredOn: '2027-03-02',
  whatHappened: 'Bị ngã xe khi đang đến nhà hai bên để hòa giải',
  harm: 'injured' as const,
  circumstance: 'while_mediating' as const,
  hasHealthInsurance: true,
  ...over,
});

const countRows = async () => (await s.db.select().from(schema.accidentSupportRequests)).length;

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  as.officer = s.client(await s.signIn('tu-phap'));
  as.chairman = s.client(await s.signIn('chu-tich'));
  as.otherCommune = s.client(await s.signIn('tu-phap-khac'));
  const village = (await as.officer.village.create.mutate({ name: 'Làng Thử A', kind: 'lang' })).id;
  ids.mediator = (await as.officer.mediator.create.mutate(mediatorInput('Rơ Mah Hlim', village))).id;
  const otherVillage = (await as.otherCommune.village.create.mutate({ name: 'Làng Khác', kind: 'lang' })).id;
  ids.otherMediator = (await as.otherCommune.mediator.create.mutate(mediatorInput('Nay Blum', otherVillage))).id;
}, 180_000);
afterAll(() => s.close());

describe('accident support requests', () => {
  it('records an eligible request once per form, with the items payable; the chairman reads it without names', async () => {
    const input = form();
    const first = await as.officer.case.recordAccidentSupport.mutate(input);
    expect(first.decision.eligible).toBe(true);
    expect(first.decision.items.map((i) => i.kind)).toEqual(['medical_costs', 'lost_income']);
    expect(first.decision.items[0]).toMatchObject({ payer: 'health_insurance' });
    const again = await as.officer.case.recordAccidentSupport.mutate(input);
    expect(again.id).toBe(first.id);
    const rows = await s.db.select().from(schema.accidentSupportRequests);
    expect(rows.filter((r) => r.clientKey === input.clientKey)).toHaveLength(1);
    const mine = (await as.officer.case.accidentSupports.query({ year: 2027 })).find((r) => r.id === first.id)!;
    expect(mine).toMatchObject({ harm: 'injured', personal: { mediatorName: 'Rơ Mah Hlim' } });
    const seen = (await as.chairman.case.accidentSupports.query({ year: 2027 })).find((r) => r.id === first.id)!;
    expect(seen.personal).toBeNull();
    expect(seen.decision.eligible).toBe(true);
    expect(JSON.stringify(seen)).not.toContain('Hlim');
    expect(await as.officer.case.accidentSupports.query({ year: 2026 })).toEqual([]);
    const audit = await listAuditFor(s.db, systemScope(24013), 'accident_support', first.id);
    expect(audit.map((a) => a.action)).toEqual(['case.accident_support_recorded']);
    expect(JSON.stringify(audit)).not.toMatch(/Hlim|ngã xe/);
  });

  it('adds the funeral cap when the mediator died of it', async () => {
    const { decision } = await as.officer.case.recordAccidentSupport.mutate(
      form({ harm: 'died', diedOn: '2027-03-04', hasHealthInsurance: false }),
    );
    expect(decision.eligible).toBe(true);
    expect(decision.items[0]).toMatchObject({ payer: 'budget_at_health_insurance_level' });
    const funeral = decision.items.find((i) => i.kind === 'funeral');
    expect(funeral).toBeDefined();
    expect(funeral!.kind === 'funeral' && funeral!.capVnd).toBeGreaterThan(0);
  });

  it('records a request the law does not cover, naming the rule', async () => {
    const { id, decision } = await as.officer.case.recordAccidentSupport.mutate(
      form({ circumstance: 'travelling_to_or_from', reasonableRouteAndTime: false }),
    );
    expect(decision).toEqual({
      eligible: false,
      issues: [{ code: 'FUND.ACCIDENT_NOT_COVERED', params: {} }],
      items: [],
    });
    const row = (await as.officer.case.accidentSupports.query({ year: 2027 })).find((r) => r.id === id)!;
    expect(row.decision.issues.map((i) => i.code)).toEqual(['FUND.ACCIDENT_NOT_COVERED']);
  });

  it('refuses a mediator of another commune, a day after today, an unknown harm, and changes nothing', async () => {
    const before = await countRows();
    expect(
      await failure(as.officer.case.recordAccidentSupport.mutate(form({ mediatorId: ids.otherMediator }))),
    ).toMatchObject({
      status: 400,
      domainCode: 'FUND.UNKNOWN_MEDIATOR',
    });
    const future = await failure(as.officer.case.recordAccidentSupport.mutate(form({ occurredOn: '2027-03-16' })));
    expect(future).toMatchObject({ status: 400, domainCode: 'CASE.DATE_IN_FUTURE' });
    const harm = await failure(as.officer.case.recordAccidentSupport.mutate(form({ harm: 'lost_a_limb' })));
    expect(harm.status).toBe(400);
    expect(Object.keys(harm.fields)).toContain('harm');
    expect(harm.message).toContain('bị thương hoặc tử vong');
    const noDay = await failure(as.officer.case.recordAccidentSupport.mutate(form({ harm: 'died' })));
    expect(Object.keys(noDay.fields)).toContain('diedOn');
    expect(
      await failure(as.officer.case.recordAccidentSupport.mutate(form({ trackingCode: 'HG-2222-3333' }))),
    ).toMatchObject({ status: 400, domainCode: 'CASE.UNKNOWN_TRACKING_CODE' });
    expect(await countRows()).toBe(before);
  });

  it('the chairman may not record; another commune’s officer does not see the list', async () => {
    expect(await failure(as.chairman.case.recordAccidentSupport.mutate(form()))).toMatchObject({ status: 403 });
    expect(await as.otherCommune.case.accidentSupports.query({ year: 2027 })).toEqual([]);
    expect(await failure(as.otherCommune.case.recordAccidentSupport.mutate(form()))).toMatchObject({
      domainCode: 'FUND.UNKNOWN_MEDIATOR',
    });
  });
});
