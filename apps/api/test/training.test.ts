/**
 * Training and the capacity assessment over real HTTP on real PostgreSQL (issue 13, points 1, 2 and 10): an event
 * recorded (bad input refused naming the field, nothing written; a retry returns the same event), linked to a
 * training work item of the plan only; attendance of the commune's active mediators only, hours within the event's
 * days and day, all or nothing, a retry never duplicating; each mediator's learning hours by kind and the list of
 * those never trained this phase; the yearly assessment scored by the domain, replaced not duplicated, summarised
 * per team and village; who may read and record; audit rows without names.
 */
import { listAuditFor, listWorkItems } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let chairman: Client;
let front: Client;
let otherOfficer: Client;
const ids: Record<string, string> = {};

const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};
const person = (fullName: string, villageId: string) => ({
  fullName,
  gender: 'male' as const,
  birthYear: 1970,
  ethnicity: 'Kinh',
  residenceVillageId: villageId,
  personalDataBasis: 'public_task' as const,
});
const event = (over: Record<string, unknown> = {}) => ({
  title: 'Tập huấn kỹ năng hòa giải',
  startsOn: '2027-03-10',
  endsOn: '2027-03-11',
  place: 'Hội trường UBND xã',
  kind: 'training' as const,
  hoursPerDay: 4,
  trainers: [{ name: 'Nguyễn Văn Giảng' }],
  clientKey: randomUUID(),
  ...over,
});

async function member(client: Client, name: string, villageId: string, teamId: string) {
  const id = (await client.mediator.create.mutate(person(name, villageId))).id;
  const membership = (await client.team.join.mutate({ teamId, mediatorId: id, joinedOn: '2026-04-01', ...yes })).id;
  return { id, membership };
}

beforeAll(async () => {
  s = await startServer(); // testNow: Monday 15 March 2027
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  officer = s.client(await s.signIn('tu-phap'));
  chairman = s.client(await s.signIn('chu-tich'));
  front = s.client(await s.signIn('mttq'));
  otherOfficer = s.client(await s.signIn('tu-phap-khac'));
  const v1 = (await officer.village.create.mutate({ name: 'Làng Một', kind: 'lang' })).id;
  const v2 = (await officer.village.create.mutate({ name: 'Thôn Hai', kind: 'thon' })).id;
  const t1 = (await officer.team.create.mutate({ villageId: v1, name: 'Tổ hòa giải làng Một' })).id;
  const t2 = (await officer.team.create.mutate({ villageId: v2, name: 'Tổ hòa giải thôn Hai' })).id;
  Object.assign(ids, { v1, v2, t1, t2 });
  const a = await member(officer, 'Rơ Mah Hyun', v1, t1);
  const b = await member(officer, 'Đinh Thị Hoa', v1, t1);
  const c = await member(officer, 'Siu Bình', v2, t2);
  const gone = await member(officer, 'Trần Văn Đi', v2, t2);
  await officer.team.leave.mutate({ membershipId: gone.membership, leftOn: '2027-01-10', reason: 'voluntary' });
  Object.assign(ids, { a: a.id, b: b.id, c: c.id, gone: gone.id });
  const ov = (await otherOfficer.village.create.mutate({ name: 'Làng Khác', kind: 'lang' })).id;
  const ot = (await otherOfficer.team.create.mutate({ villageId: ov, name: 'Tổ khác' })).id;
  ids.foreign = (await member(otherOfficer, 'Người Xã Khác', ov, ot)).id;
}, 120_000);
afterAll(() => s.close());

describe('training events (Law 35/2013 Art. 9.4)', () => {
  it('refuses impossible events naming the field, and writes nothing', async () => {
    const order = await failure(officer.training.create.mutate(event({ endsOn: '2027-03-09' })));
    expect(order).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(Object.keys(order.fields)).toEqual(['endsOn']);
    expect(order.message).toContain('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    const day = await failure(officer.training.create.mutate(event({ hoursPerDay: 11 })));
    expect(Object.keys(day.fields)).toEqual(['hoursPerDay']);
    expect(day.message).toContain('tối đa 10 giờ');
    const negative = await failure(officer.training.create.mutate(event({ hoursPerDay: -2 })));
    expect(Object.keys(negative.fields)).toEqual(['hoursPerDay']);
    const long = await failure(officer.training.create.mutate(event({ endsOn: '2027-04-30' })));
    expect(long.message).toContain('tối đa 31 ngày');
    const trainer = await failure(officer.training.create.mutate(event({ trainers: [{}] })));
    expect(Object.keys(trainer.fields)).toEqual(['trainers.0']);
    const foreignTrainer = await failure(
      officer.training.create.mutate(event({ trainers: [{ mediatorId: ids.foreign }] })),
    );
    expect(foreignTrainer).toMatchObject({
      domainCode: 'CAPACITY.TRAINER_UNKNOWN',
      params: { field: 'trainers.0.mediatorId' },
    });
    expect((await officer.training.list.query({ year: 2027 })).events).toEqual([]);
  });

  it('links only a training work item of the plan (tasks 2.1, 3b) as evidence', async () => {
    const items = await listWorkItems(s.db, systemScope(24013), { year: 2027 });
    const notTraining = items.find((i) => i.taskCode === '5a')!;
    const refused = await failure(officer.training.create.mutate(event({ workItemId: notTraining.id })));
    expect(refused).toMatchObject({ domainCode: 'CAPACITY.NOT_TRAINING_WORK_ITEM', params: { field: 'workItemId' } });
    const choices = await officer.training.choices.query();
    expect(choices.workItems.length).toBeGreaterThan(0);
    expect(new Set(choices.workItems.map((w) => w.taskCode))).toEqual(new Set(['2.1', '3b']));
    expect(choices.mediators.map((m) => m.fullName)).toEqual(['Rơ Mah Hyun', 'Siu Bình', 'Đinh Thị Hoa']);
    ids.workItem = choices.workItems.find((w) => w.taskCode === '3b' && w.year === 2027)!.id;
  });

  it('records an event once: a retry of the same submission returns the same event', async () => {
    const input = event({
      workItemId: ids.workItem,
      trainers: [{ name: 'Nguyễn Văn Giảng' }, { mediatorId: ids.a }],
    });
    const first = await officer.training.create.mutate(input);
    const again = await officer.training.create.mutate(input);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    ids.event = first.id;
    const list = await officer.training.list.query({ year: 2027 });
    expect(list.events.map((e) => e.id)).toEqual([first.id]);
    const got = await officer.training.get.query({ id: first.id });
    expect(got).toMatchObject({ hoursPerDay: 4, workItemId: ids.workItem, startsOn: '2027-03-10' });
    expect(got.trainers.map((t) => t.name)).toEqual(['Nguyễn Văn Giảng', 'Rơ Mah Hyun']);
    expect(await officer.training.forWorkItem.query({ workItemId: ids.workItem! })).toEqual([
      { id: first.id, title: 'Tập huấn kỹ năng hòa giải', startsOn: '2027-03-10', endsOn: '2027-03-11' },
    ]);
  });

  it('another commune does not see the event', async () => {
    expect(await failure(otherOfficer.training.get.query({ id: ids.event! }))).toMatchObject({ status: 404 });
    expect((await otherOfficer.training.list.query({ year: 2027 })).events).toEqual([]);
  });
});

describe('attendance (issue 13 point 10: hours within the event, nothing half-saved)', () => {
  const line = (mediatorId: string, attendedOn: string, hours: number) => ({ mediatorId, attendedOn, hours });

  it('lists every active mediator as never trained before any attendance', async () => {
    const list = await officer.training.list.query({ year: 2027 });
    expect(list.activeMediators).toBe(3);
    expect(list.neverTrained.map((m) => m.fullName)).toEqual(['Rơ Mah Hyun', 'Siu Bình', 'Đinh Thị Hoa']);
  });

  it('refuses a day outside the event, naming the rule and the line; the valid lines are not saved either', async () => {
    const outside = await failure(
      officer.training.recordAttendance.mutate({
        eventId: ids.event!,
        attendees: [line(ids.a!, '2027-03-10', 4), line(ids.b!, '2027-03-12', 2)],
      }),
    );
    expect(outside).toMatchObject({
      status: 400,
      domainCode: 'CAPACITY.DATE_OUTSIDE_EVENT',
      params: { field: 'attendees.1.attendedOn' },
    });
    expect(outside.message).toContain('Đinh Thị Hoa');
    expect(outside.message).toContain('nằm ngoài thời gian của đợt tập huấn');
    expect((await officer.training.get.query({ id: ids.event! })).attendance).toEqual([]);
  });

  it('refuses more hours than the day allows, and a non-number of hours', async () => {
    const over = await failure(
      officer.training.recordAttendance.mutate({ eventId: ids.event!, attendees: [line(ids.a!, '2027-03-10', 4.5)] }),
    );
    expect(over).toMatchObject({ domainCode: 'CAPACITY.HOURS_EXCEED_DAY', params: { field: 'attendees.0.hours' } });
    expect(over.message).toContain('(4 giờ)');
    const zero = await failure(
      officer.training.recordAttendance.mutate({ eventId: ids.event!, attendees: [line(ids.a!, '2027-03-10', 0)] }),
    );
    expect(Object.keys(zero.fields)).toEqual(['attendees.0.hours']);
  });

  it('refuses a mediator of another commune and one who has left the team', async () => {
    for (const who of [ids.foreign!, ids.gone!]) {
      const refused = await failure(
        officer.training.recordAttendance.mutate({
          eventId: ids.event!,
          attendees: [line(ids.a!, '2027-03-10', 4), line(who, '2027-03-10', 4)],
        }),
      );
      expect(refused).toMatchObject({
        status: 400,
        domainCode: 'CAPACITY.NOT_ACTIVE_MEDIATOR',
        params: { field: 'attendees.1.mediatorId' },
      });
    }
    expect((await officer.training.get.query({ id: ids.event! })).attendance).toEqual([]);
  });

  it('saves the attendance; sending it again leaves the same lines, never a duplicate', async () => {
    const attendees = [line(ids.a!, '2027-03-10', 4), line(ids.a!, '2027-03-11', 2.5), line(ids.b!, '2027-03-11', 4)];
    const saved = await officer.training.recordAttendance.mutate({ eventId: ids.event!, attendees });
    expect(saved).toEqual({ lines: 3, people: 2, hours: 10.5 });
    await officer.training.recordAttendance.mutate({ eventId: ids.event!, attendees });
    const got = await officer.training.get.query({ id: ids.event! });
    expect(got.attendance).toEqual([
      { mediatorId: ids.a, fullName: 'Rơ Mah Hyun', attendedOn: '2027-03-10', hours: 4 },
      { mediatorId: ids.a, fullName: 'Rơ Mah Hyun', attendedOn: '2027-03-11', hours: 2.5 },
      { mediatorId: ids.b, fullName: 'Đinh Thị Hoa', attendedOn: '2027-03-11', hours: 4 },
    ]);
    expect((await officer.training.list.query({ year: 2027 })).events[0]?.attendees).toBe(2);
  });

  it('keeps the never-trained list to this phase: attendance in 2023 does not count', async () => {
    const old = await officer.training.create.mutate(
      event({ startsOn: '2023-06-01', endsOn: '2023-06-01', kind: 'conference', clientKey: randomUUID() }),
    );
    await officer.training.recordAttendance.mutate({ eventId: old.id, attendees: [line(ids.c!, '2023-06-01', 3)] });
    const list = await officer.training.list.query({ year: 2027 });
    expect(list.neverTrained.map((m) => m.fullName)).toEqual(['Siu Bình']);
    expect(list.neverTrained[0]).toMatchObject({ teamName: 'Tổ hòa giải thôn Hai', villageName: 'Thôn Hai' });
  });

  it("gives each mediator's learning hours by kind (the domain's computation)", async () => {
    const other = await officer.training.create.mutate(
      event({ startsOn: '2027-03-12', endsOn: '2027-03-12', kind: 'experience_exchange', hoursPerDay: 3 }),
    );
    await officer.training.recordAttendance.mutate({ eventId: other.id, attendees: [line(ids.a!, '2027-03-12', 3)] });
    const record = await officer.training.mediatorRecord.query({ mediatorId: ids.a! });
    expect(record.hours).toBe(9.5);
    expect(record.byKind).toEqual({ training: 6.5, experience_exchange: 3 });
    expect(record.events.map((e) => [e.title, e.days, e.hours])).toEqual([
      ['Tập huấn kỹ năng hòa giải', 1, 3],
      ['Tập huấn kỹ năng hòa giải', 2, 6.5],
    ]);
    expect(await failure(otherOfficer.training.mediatorRecord.query({ mediatorId: ids.a! }))).toMatchObject({
      status: 404,
    });
  });

  it('refuses new dates that would leave recorded attendance outside the event', async () => {
    const { id, trainers: _t, attendance: _a, ...rest } = await officer.training.get.query({ id: ids.event! });
    const refused = await failure(
      officer.training.update.mutate({ ...rest, id, trainers: [], startsOn: '2027-03-11', endsOn: '2027-03-11' }),
    );
    expect(refused).toMatchObject({ domainCode: 'CAPACITY.ATTENDANCE_OUTSIDE_NEW_DATES', params: { count: 1 } });
    const shorter = await failure(officer.training.update.mutate({ ...rest, id, trainers: [], hoursPerDay: 3 }));
    expect(shorter).toMatchObject({ domainCode: 'CAPACITY.ATTENDANCE_OUTSIDE_NEW_DATES', params: { count: 2 } });
    await officer.training.update.mutate({ ...rest, id, trainers: [], place: 'Nhà văn hóa làng Một' });
    expect(await officer.training.get.query({ id })).toMatchObject({ place: 'Nhà văn hóa làng Một', trainers: [] });
  });
});

describe('capacity assessment (plan task 3b)', () => {
  const scores = (over: Record<string, number> = {}) => ({
    legal_knowledge: 4,
    mediation_skills: 4,
    persuasion: 4,
    customs_and_language: 4,
    record_keeping: 4,
    ...over,
  });

  it('refuses a missing or out-of-scale score naming its competency, a future day, another commune’s mediator', async () => {
    const { record_keeping: _, ...four } = scores();
    const missing = await failure(
      officer.capacityAssessment.record.mutate({ mediatorId: ids.a!, assessedOn: '2027-03-01', scores: four }),
    );
    expect(missing).toMatchObject({
      domainCode: 'CAPACITY.MISSING_SCORE',
      params: { field: 'scores.record_keeping' },
    });
    const scale = await failure(
      officer.capacityAssessment.record.mutate({
        mediatorId: ids.a!,
        assessedOn: '2027-03-01',
        scores: scores({ persuasion: 6 }),
      }),
    );
    expect(scale).toMatchObject({ domainCode: 'CAPACITY.SCORE_OUT_OF_SCALE', params: { field: 'scores.persuasion' } });
    const future = await failure(
      officer.capacityAssessment.record.mutate({ mediatorId: ids.a!, assessedOn: '2027-03-16', scores: scores() }),
    );
    expect(future).toMatchObject({ domainCode: 'CAPACITY.ASSESSED_IN_FUTURE', params: { field: 'assessedOn' } });
    const foreign = await failure(
      officer.capacityAssessment.record.mutate({
        mediatorId: ids.foreign!,
        assessedOn: '2027-03-01',
        scores: scores(),
      }),
    );
    expect(foreign).toMatchObject({ domainCode: 'CAPACITY.NOT_ACTIVE_MEDIATOR', params: { field: 'mediatorId' } });
    expect((await officer.capacityAssessment.list.query({ year: 2027 })).items).toEqual([]);
  });

  it('scores with the domain, replaces on a second entry (from paper), and summarises per team and village', async () => {
    const first = await officer.capacityAssessment.record.mutate({
      mediatorId: ids.a!,
      assessedOn: '2027-03-01',
      scores: scores(),
    });
    expect(first.replaced).toBe(false);
    ids.assessment = first.id;
    const paper = await officer.capacityAssessment.record.mutate({
      mediatorId: ids.a!,
      assessedOn: '2027-02-20',
      fromPaper: true,
      scores: scores({ legal_knowledge: 5 }),
    });
    expect(paper).toEqual({ id: first.id, replaced: true });
    await officer.capacityAssessment.record.mutate({
      mediatorId: ids.b!,
      assessedOn: '2027-03-02',
      scores: scores({ legal_knowledge: 2, mediation_skills: 2, persuasion: 2, record_keeping: 3 }),
    });
    await officer.capacityAssessment.record.mutate({ mediatorId: ids.c!, assessedOn: '2027-03-02', scores: scores() });
    const list = await chairman.capacityAssessment.list.query({ year: 2027 });
    expect(list.items.map((i) => [i.fullName, i.average, i.level, i.fromPaper])).toEqual([
      ['Rơ Mah Hyun', 4.2, 'good', true],
      ['Siu Bình', 4, 'good', false],
      ['Đinh Thị Hoa', 2.6, 'needs_training', false],
    ]);
    expect(list.byTeam).toEqual([
      {
        key: ids.t1,
        name: 'Tổ hòa giải làng Một',
        assessed: 2,
        average: 3.4,
        below: [{ id: ids.b, fullName: 'Đinh Thị Hoa' }],
      },
      { key: ids.t2, name: 'Tổ hòa giải thôn Hai', assessed: 1, average: 4, below: [] },
    ]);
    expect(list.byVillage.map((v) => [v.name, v.average])).toEqual([
      ['Làng Một', 3.4],
      ['Thôn Hai', 4],
    ]);
    expect(list.notAssessed).toEqual([]);
    expect((await officer.capacityAssessment.list.query({ year: 2026 })).items).toEqual([]);
  });
});

describe('who may read and record', () => {
  it('the Front reads training but records nothing and reads no assessment; the chairman records nothing', async () => {
    expect((await front.training.list.query({ year: 2027 })).events.length).toBe(2);
    expect(await failure(front.training.create.mutate(event()))).toMatchObject({ status: 403 });
    expect(await failure(front.training.recordAttendance.mutate({ eventId: ids.event!, attendees: [] }))).toMatchObject(
      { status: 403 },
    );
    expect(await failure(front.capacityAssessment.list.query({ year: 2027 }))).toMatchObject({ status: 403 });
    expect(
      await failure(
        chairman.capacityAssessment.record.mutate({ mediatorId: ids.a!, assessedOn: '2027-03-01', scores: {} }),
      ),
    ).toMatchObject({ status: 403 });
    expect((await officer.training.get.query({ id: ids.event! })).attendance).toHaveLength(3);
  });

  it('audits every write without names', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'training_event', ids.event!);
    expect(rows.map((r) => r.action)).toEqual([
      'training.create',
      'training.attendance',
      'training.attendance',
      'training.update',
    ]);
    const all =
      JSON.stringify(rows) +
      JSON.stringify(await listAuditFor(s.db, systemScope(24013), 'capacity_assessment', ids.assessment!));
    expect(all).toContain('capacity.assessment_replace');
    for (const name of ['Rơ Mah', 'Đinh Thị Hoa', 'Giảng', 'Hội trường']) expect(all).not.toContain(name);
  });
});
