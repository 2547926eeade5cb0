/**
 * Issue 12, points 9 and 11 over real HTTP on real PostgreSQL: an officer registers a kiosk and is answered its
 * device token once (only its hash is kept); only a registered, unrevoked kiosk of the commune sends requests (the
 * token in a header) — an unknown token, another commune's token and a revoked one are refused, the revoked one at
 * once and in plain words; each device has its own rate limit; the officer lists the kiosks (last seen, requests
 * today). "Call staff": a kiosk calls (throttled per device, no personal data), the console lists the calls waiting
 * with the kiosk's name, an officer marks one handled; another commune sees none. Every write is audited.
 */
import { randomUUID } from 'node:crypto';
import { listAuditFor, schema } from '@hgcs/db';
import { kioskPrivacyNoticeVersion, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let officer: ReturnType<typeof s.client>;
let otherOfficer: ReturnType<typeof s.client>;
let leader: ReturnType<typeof s.client>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap-khac', communeId: 24014 });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq' });
  officer = s.client(await s.signIn('tu-phap'));
  otherOfficer = s.client(await s.signIn('tu-phap-khac'));
  leader = s.client(await s.signIn('mttq'));
  ids.village = (
    await officer.village.create.mutate({ name: 'Làng Thiết Bị', kind: 'lang', ethnicMinorityArea: true })
  ).id;
  ids.team = (await officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải Làng Thiết Bị' })).id;
}, 120_000);
afterAll(() => s.close());

const request = (over: Record<string, unknown> = {}) => ({
  commune: '24013',
  clientKey: randomUUID(),
  privacyNoticeVersion: kioskPrivacyNoticeVersion,
  privacyNoticeGiven: true as const,
  fullName: 'Rơ Mah Blơi',
  villageId: ids.village!,
  contact: { via: 'village_head' as const },
  category: 'civil' as const,
  ...over,
});
const kioskCases = async () => (await s.db.select().from(schema.cases)).filter((c) => c.channel === 'kiosk');

describe('kiosk devices', () => {
  it('registers a kiosk, answering its token once and keeping only its hash; the kiosk then sends requests', async () => {
    const { id, token } = await officer.kioskDevice.register.mutate({ name: 'Ki-ốt sảnh', place: 'Sảnh UBND xã' });
    expect(token).toMatch(/^kd_[A-Za-z0-9_-]{43}$/);
    const [row] = (await s.db.select().from(schema.kioskDevices)).filter((d) => d.id === id);
    expect(row).toMatchObject({ name: 'Ki-ốt sảnh', place: 'Sảnh UBND xã', revokedAt: null, lastSeenAt: null });
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    // The list never answers a token.
    const listed = await officer.kioskDevice.list.query();
    expect(JSON.stringify(listed)).not.toContain(token.slice(3));
    expect(listed.find((d) => d.id === id)).toMatchObject({ requestsToday: 0, lastSeenAt: null });

    expect(await s.kiosk(token).kioskDevice.whoAmI.mutate({ commune: '24013' })).toEqual({ name: 'Ki-ốt sảnh' });
    const receipt = await s.kiosk(token).kioskRequest.submit.mutate(request());
    expect(receipt.created).toBe(true);
    const again = (await officer.kioskDevice.list.query()).find((d) => d.id === id)!;
    expect(again.requestsToday).toBe(1);
    expect(again.lastSeenAt).toBe(s.clock.now().toISOString());
    const [receiptRow] = (await s.db.select().from(schema.caseReceipts)).filter((r) => r.deviceId === id);
    expect(receiptRow).toBeDefined();
    const audit = await listAuditFor(s.db, systemScope(24013), 'kiosk_device', id);
    expect(audit.map((a) => a.action)).toEqual(['kiosk.device_register']);
  });

  it('refuses a request without a token, with a made-up one and with another commune’s, writing nothing', async () => {
    const other = await otherOfficer.kioskDevice.register.mutate({ name: 'Ki-ốt xã khác', place: 'Sảnh' });
    const before = (await kioskCases()).length;
    const none = await failure(s.client().kioskRequest.submit.mutate(request()));
    const madeUp = await failure(s.kiosk(`kd_${'A'.repeat(43)}`).kioskRequest.submit.mutate(request()));
    const elsewhere = await failure(s.kiosk(other.token).kioskRequest.submit.mutate(request()));
    for (const f of [none, madeUp, elsewhere]) {
      expect(f).toMatchObject({ status: 403, domainCode: 'KIOSK.DEVICE_UNKNOWN' });
      expect(f.message).toContain('chưa được đăng ký');
    }
    expect((await kioskCases()).length).toBe(before);
    // The other commune's kiosk works in its own commune, and its list shows only its own device.
    expect(await s.kiosk(other.token).kioskDevice.whoAmI.mutate({ commune: '24014' })).toEqual({
      name: 'Ki-ốt xã khác',
    });
    expect((await otherOfficer.kioskDevice.list.query()).map((d) => d.name)).toEqual(['Ki-ốt xã khác']);
  });

  it('refuses a revoked kiosk at once, in plain words; revoking is the commune’s and audited', async () => {
    const { id, token } = await officer.kioskDevice.register.mutate({
      name: 'Ki-ốt nhà văn hóa',
      place: 'Nhà văn hóa',
    });
    await s.kiosk(token).kioskRequest.submit.mutate(request());
    expect((await failure(otherOfficer.kioskDevice.revoke.mutate({ id }))).status).toBe(404);
    expect((await failure(leader.kioskDevice.revoke.mutate({ id }))).status).toBe(403);
    expect(await officer.kioskDevice.revoke.mutate({ id })).toEqual({ revoked: true });
    const refused = await failure(s.kiosk(token).kioskRequest.submit.mutate(request()));
    expect(refused).toMatchObject({ status: 403, domainCode: 'KIOSK.DEVICE_REVOKED' });
    expect(refused.message).toContain('đã bị thu hồi');
    expect((await failure(s.kiosk(token).kioskDevice.whoAmI.mutate({ commune: '24013' }))).domainCode).toBe(
      'KIOSK.DEVICE_REVOKED',
    );
    expect((await failure(s.kiosk(token).kioskCall.call.mutate({ commune: '24013' }))).domainCode).toBe(
      'KIOSK.DEVICE_REVOKED',
    );
    const row = (await officer.kioskDevice.list.query()).find((d) => d.id === id)!;
    expect(row.revokedAt).toBe(s.clock.now().toISOString());
    expect(await officer.kioskDevice.revoke.mutate({ id })).toEqual({ revoked: true });
    const audit = await listAuditFor(s.db, systemScope(24013), 'kiosk_device', id);
    expect(audit.map((a) => a.action)).toEqual(['kiosk.device_register', 'kiosk.device_revoke', 'kiosk.device_revoke']);
    expect((await failure(officer.kioskDevice.revoke.mutate({ id: randomUUID() }))).status).toBe(404);
  });

  it('refuses bad registrations naming the field, writing nothing', async () => {
    const before = (await s.db.select().from(schema.kioskDevices)).length;
    const bad = await failure(officer.kioskDevice.register.mutate({ name: 'A', place: '' }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fields).sort()).toEqual(['name', 'place']);
    expect(bad.message).toContain('tên ki-ốt');
    expect((await s.db.select().from(schema.kioskDevices)).length).toBe(before);
  });

  it('limits each device on its own: 20 requests an hour', async () => {
    const a = s.kiosk((await officer.kioskDevice.register.mutate({ name: 'Ki-ốt A', place: 'Tầng 1' })).token);
    const b = s.kiosk((await officer.kioskDevice.register.mutate({ name: 'Ki-ốt B', place: 'Tầng 2' })).token);
    for (let i = 0; i < 20; i++) await a.kioskRequest.submit.mutate(request());
    expect((await failure(a.kioskRequest.submit.mutate(request()))).domainCode).toBe('RATE.LIMITED');
    expect((await b.kioskRequest.submit.mutate(request())).created).toBe(true);
  });
});

describe('call staff', () => {
  it('notifies the console with the kiosk’s name and time, once per device until handled or 2 minutes pass', async () => {
    const { id, token } = await officer.kioskDevice.register.mutate({
      name: 'Ki-ốt một cửa',
      place: 'Bộ phận một cửa',
    });
    const kiosk = s.kiosk(token);
    const first = await kiosk.kioskCall.call.mutate({ commune: '24013' });
    expect(first.created).toBe(true);
    expect((await kiosk.kioskCall.call.mutate({ commune: '24013' })).created).toBe(false);
    const open = await officer.kioskCall.open.query();
    const mine = open.filter((c) => c.deviceName === 'Ki-ốt một cửa');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ place: 'Bộ phận một cửa', calledAt: s.clock.now().toISOString() });
    expect(await otherOfficer.kioskCall.open.query()).toEqual([]);
    expect((await failure(otherOfficer.kioskCall.handle.mutate({ id: mine[0]!.id }))).status).toBe(404);
    expect((await failure(leader.kioskCall.open.query())).status).toBe(403);
    expect(await officer.kioskCall.handle.mutate({ id: mine[0]!.id })).toEqual({ handled: true });
    expect((await officer.kioskCall.open.query()).filter((c) => c.deviceName === 'Ki-ốt một cửa')).toEqual([]);
    // Handled, but within 2 minutes of the last call: a press adds nothing; after, a new call.
    expect((await kiosk.kioskCall.call.mutate({ commune: '24013' })).created).toBe(false);
    s.clock.advance(121_000);
    expect((await kiosk.kioskCall.call.mutate({ commune: '24013' })).created).toBe(true);
    const calls = (await s.db.select().from(schema.kioskCalls)).filter((c) => c.deviceId === id);
    expect(calls).toHaveLength(2);
    const audit = await listAuditFor(s.db, systemScope(24013), 'kiosk_call', mine[0]!.id);
    expect(audit.map((a) => a.action)).toEqual(['kiosk.call_staff', 'kiosk.call_handled']);
    expect((await failure(s.client().kioskCall.call.mutate({ commune: '24013' }))).domainCode).toBe(
      'KIOSK.DEVICE_UNKNOWN',
    );
  });
});
