/**
 * A period's case counts (issue 11, Speed: "a province's case counts for a period"), over real HTTP on real
 * PostgreSQL: the province's officer sees every commune of the province — one with no case at zero — and no other
 * province's; a commune's officer only their commune; each case counted once as received and by how it stands;
 * cases received outside the period left out; a team leader is refused; a reversed or too long period is refused
 * naming the field.
 */
import { seedCommune } from '@hgcs/db';
import { poToAgencies, poToPlan, poToVillages } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as: Record<string, Client> = {};
const period = { from: '2027-01-01', to: '2027-06-30' };

/** A walk-in case of the officer's first team, received on `receivedOn`; returns its id. */
async function intake(officer: Client, teamId: string, receivedOn: string) {
  const { id } = await officer.case.intake.mutate({
    clientKey: randomUUID(),
    teamId,
    intake: { channel: 'walk_in' },
    requestedOn: receivedOn,
    receivedOn,
    category: 'interpersonal_conflict',
    summary: 'Tranh chấp ranh giới đất vườn',
    parties: [
      { fullName: 'Rơ Châm Hyơn', address: 'Làng Thử' },
      { fullName: 'Ksor Blang', address: 'Làng Thử' },
    ],
    privacyNoticeVersion: 'pdp-notice-2027-01',
    privacyNoticeGiven: true,
  });
  return id;
}

async function teamOf(officer: Client) {
  const village = (await officer.village.create.mutate({ name: 'Làng Thử', kind: 'lang' })).id;
  return (await officer.team.create.mutate({ villageId: village, name: 'Tổ hòa giải Làng Thử' })).id;
}

const setStatus = (id: string, status: string) =>
  s.owner.pool.query('update cases set status = $2 where id = $1', [id, status]);

beforeAll(async () => {
  s = await startServer({ now: new Date('2027-08-01T02:00:00Z') });
  await seedOtherCommune(s.db, '24014');
  await seedOtherCommune(s.db, '24015'); // same province, no case
  await seedCommune(s.db, {
    commune: { code: '26001', name: 'Xã Tỉnh Khác', provinceCode: '54', provinceName: 'Tỉnh Phú Yên' },
    villages: poToVillages,
    agencies: poToAgencies,
    plan: { ...poToPlan, communeCode: '26001' },
  });
  await createUser(s.db, { role: 'justice_officer', username: 'tp-poto' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tp-khac' });
  await createUser(s.db, { communeId: 26001, role: 'justice_officer', username: 'tp-phuyen' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp-gialai' });
  for (const u of ['tp-poto', 'tp-khac', 'tp-phuyen', 'stp-gialai']) as[u] = s.client(await s.signIn(u));
  const poto = await teamOf(as['tp-poto']!);
  await createUser(s.db, { role: 'team_leader', username: 'to-truong', teamId: poto });
  as['to-truong'] = s.client(await s.signIn('to-truong'));
  const cases = [];
  for (const day of ['2027-01-05', '2027-02-10', '2027-03-15', '2027-06-30', '2027-04-01'])
    cases.push(await intake(as['tp-poto']!, poto, day));
  await setStatus(cases[1]!, 'performed');
  await setStatus(cases[2]!, 'unsuccessful');
  await setStatus(cases[3]!, 'out_of_scope');
  await setStatus(cases[4]!, 'successful');
  await intake(as['tp-poto']!, poto, '2026-12-31'); // before the period
  await intake(as['tp-poto']!, poto, '2027-07-01'); // after it
  await intake(as['tp-khac']!, await teamOf(as['tp-khac']!), '2027-05-20');
  await intake(as['tp-phuyen']!, await teamOf(as['tp-phuyen']!), '2027-05-20');
});
afterAll(() => s.close());

describe('case.counts', () => {
  it("gives the province's officer each commune of the province, a commune without cases at zero", async () => {
    const view = await as['stp-gialai']!.case.counts.query(period);
    expect(view).toEqual({
      ...period,
      communes: [
        {
          communeId: 24013,
          counts: { received: 5, open: 2, successful: 2, unsuccessful: 1, stoppedByParty: 0, outOfScope: 1 },
        },
        {
          communeId: 24014,
          counts: { received: 1, open: 1, successful: 0, unsuccessful: 0, stoppedByParty: 0, outOfScope: 0 },
        },
        {
          communeId: 24015,
          counts: { received: 0, open: 0, successful: 0, unsuccessful: 0, stoppedByParty: 0, outOfScope: 0 },
        },
      ],
    });
  });

  it("gives a commune's officer their commune only; a team leader is refused", async () => {
    const view = await as['tp-khac']!.case.counts.query(period);
    expect(view.communes.map((c) => [c.communeId, c.counts.received])).toEqual([[24014, 1]]);
    const other = await as['tp-phuyen']!.case.counts.query({ from: '2027-05-20', to: '2027-05-20' });
    expect(other.communes.map((c) => [c.communeId, c.counts.received])).toEqual([[26001, 1]]);
    expect(await failure(as['to-truong']!.case.counts.query(period))).toMatchObject({
      status: 403,
      domainCode: 'AUTH.FORBIDDEN',
    });
  });

  it('refuses a reversed or a too long period, naming the field', async () => {
    const reversed = await failure(as['stp-gialai']!.case.counts.query({ from: '2027-07-01', to: '2027-06-30' }));
    expect(reversed).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(Object.keys(reversed.fields)).toEqual(['to']);
    expect(reversed.message).toContain('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    const long = await failure(as['stp-gialai']!.case.counts.query({ from: '2015-01-01', to: '2027-06-30' }));
    expect(Object.keys(long.fields)).toEqual(['to']);
    expect(long.message).toContain('Khoảng thời gian không được dài quá 10 năm');
  });
});
