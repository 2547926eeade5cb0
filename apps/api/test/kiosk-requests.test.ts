/**
 * Issue 12, points 3–4 over real HTTP on real PostgreSQL: a request for mediation left at the kiosk enters the
 * commune's cases intake (channel kiosk, the village's team, the privacy notice's version), once per device key
 * however often it is sent (also at the same moment); the receipt's second factor is kept only as a keyed hash; a
 * village without a team and bad input are refused naming the field, with nothing written. Checking a request
 * answers the stage only; wrong factors lock the code after 5 tries (audited); clients are rate-limited.
 */
import { randomUUID } from 'node:crypto';
import { listAuditFor, schema } from '@hgcs/db';
import { kioskPrivacyNoticeVersion, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let officer: ReturnType<typeof s.client>;
let kiosk: ReturnType<typeof s.kiosk>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await startServer();
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  officer = s.client(await s.signIn('tu-phap'));
  ids.village = (
    await officer.village.create.mutate({ name: 'Làng Kiốt Thử', kind: 'lang', ethnicMinorityArea: true })
  ).id;
  ids.empty = (
    await officer.village.create.mutate({ name: 'Thôn Không Tổ', kind: 'thon', ethnicMinorityArea: false })
  ).id;
  ids.team = (await officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải Làng Kiốt Thử' })).id;
  kiosk = s.kiosk((await officer.kioskDevice.register.mutate({ name: 'Ki-ốt sảnh', place: 'Sảnh UBND xã' })).token);
}, 120_000);
afterAll(() => s.close());

const request = (over: Record<string, unknown> = {}) => ({
  commune: '24013',
  clientKey: randomUUID(),
  privacyNoticeVersion: kioskPrivacyNoticeVersion,
  privacyNoticeGiven: true as const,
  fullName: 'Rơ Châm H’Nhi',
  villageId: ids.village!,
  contact: { via: 'village_head' as const },
  category: 'civil' as const,
  ...over,
});
const kioskCases = async () => (await s.db.select().from(schema.cases)).filter((c) => c.channel === 'kiosk');
const caseOf = async (trackingCode: string) =>
  (await s.db.select().from(schema.cases)).filter((c) => c.trackingCode === trackingCode);

describe('kioskRequest.submit', () => {
  it('opens a case in the village team’s queue with the notice recorded and a receipt', async () => {
    const input = request({ contact: { via: 'phone', phone: '0905 123 456' }, words: 'Tranh chấp ranh giới rẫy' });
    const receipt = await kiosk.kioskRequest.submit.mutate(input);
    expect(receipt.trackingCode).toMatch(/^HG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.factor).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(receipt.created).toBe(true);
    expect(receipt.receivedOn).toBe('2027-03-15');
    const [row] = await caseOf(receipt.trackingCode);
    expect(row).toMatchObject({
      channel: 'kiosk',
      teamId: ids.team,
      status: 'received',
      disputeKind: 'civil',
      summary: 'Tranh chấp ranh giới rẫy',
      privacyNoticeVersion: kioskPrivacyNoticeVersion,
      receivedOn: '2027-03-15',
    });
    const parties = (await s.db.select().from(schema.caseParties)).filter((p) => p.caseId === row!.id);
    expect(parties).toMatchObject([{ fullName: 'Rơ Châm H’Nhi', address: 'Làng Kiốt Thử', phone: '0905 123 456' }]);
    const [kept] = (await s.db.select().from(schema.caseReceipts)).filter((r) => r.caseId === row!.id);
    expect(kept!.contactVia).toBe('phone');
    expect(kept!.factorHash).not.toContain(receipt.factor);
    expect(kept!.factorHash).not.toContain(receipt.factor.replace('-', ''));
    // The team's queue shows it; the audit names no person.
    const queue = await officer.case.list.query({ teamId: ids.team });
    expect(queue.items.map((c) => c.trackingCode)).toContain(receipt.trackingCode);
    const audit = await listAuditFor(s.db, systemScope(24013), 'case', row!.id);
    expect(audit.map((a) => a.action)).toEqual(['case.kiosk_request']);
    expect(JSON.stringify(audit)).not.toContain('Rơ Châm');
  });

  it('opens one case per device key, however often and however concurrently it is sent', async () => {
    const input = request();
    const before = (await kioskCases()).length;
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => kiosk.kioskRequest.submit.mutate(input)));
    expect(new Set([a!.trackingCode, b!.trackingCode, c!.trackingCode]).size).toBe(1);
    expect([a, b, c].filter((r) => r!.created)).toHaveLength(1);
    const again = await kiosk.kioskRequest.submit.mutate(input);
    expect(again.trackingCode).toBe(a!.trackingCode);
    expect(again.receivedOn).toBe(a!.receivedOn);
    expect((await kioskCases()).length).toBe(before + 1);
    // Only the last answer's factor opens the request: the earlier answers may never have arrived.
    const status = (factor: string) =>
      s.client().kioskRequest.status.mutate({ commune: '24013', code: again.trackingCode, factor });
    expect(await status(again.factor)).toEqual({ stage: 'received' });
    if (a!.factor !== again.factor)
      expect((await failure(status(a!.factor))).domainCode).toBe('KIOSK.REQUEST_NOT_FOUND');
  });

  it('takes a request kept offline with the code and factor its receipt printed, once, however often it is sent', async () => {
    const offline = { trackingCode: 'HK-7K3M-Q9TX', factor: 'K3M-Q9T' };
    const input = request({ offline });
    const before = (await kioskCases()).length;
    const first = await kiosk.kioskRequest.submit.mutate(input);
    expect(first).toMatchObject({ trackingCode: 'HK-7K3M-Q9TX', factor: 'K3M-Q9T', created: true });
    // The connection dropped after the commit: the kiosk sends it again (also twice at once) — the same case.
    const [again, twice] = await Promise.all([1, 2].map(() => kiosk.kioskRequest.submit.mutate(input)));
    for (const r of [again, twice]) expect(r).toMatchObject({ trackingCode: 'HK-7K3M-Q9TX', created: false });
    expect((await kioskCases()).length).toBe(before + 1);
    // The printed factor still opens it (typed without the dash, in lower case).
    const status = await s
      .client()
      .kioskRequest.status.mutate({ commune: '24013', code: 'hk7k3mq9tx', factor: 'k3mq9t' });
    expect(status).toEqual({ stage: 'received' });
    // Another request with the same offline code is refused (staff take it by hand); one in the server's
    // namespace is not an offline code.
    const clash = await failure(kiosk.kioskRequest.submit.mutate(request({ offline })));
    expect(clash).toMatchObject({ status: 409, domainCode: 'KIOSK.OFFLINE_CODE_TAKEN' });
    const wrongSpace = await failure(
      kiosk.kioskRequest.submit.mutate(request({ offline: { ...offline, trackingCode: 'HG-7K3M-Q9TX' } })),
    );
    expect(wrongSpace.fields).toHaveProperty(['offline.trackingCode']);
    expect((await kioskCases()).length).toBe(before + 1);
  });

  it('refuses a village without a team, an old notice and bad input, naming the field, writing nothing', async () => {
    const before = (await kioskCases()).length;
    const noTeam = await failure(kiosk.kioskRequest.submit.mutate(request({ villageId: ids.empty })));
    expect(noTeam).toMatchObject({
      status: 400,
      domainCode: 'KIOSK.VILLAGE_WITHOUT_TEAM',
      params: { field: 'villageId' },
    });
    expect(noTeam.message).toContain('chưa có tổ hòa giải');
    const old = await failure(kiosk.kioskRequest.submit.mutate(request({ privacyNoticeVersion: 'kiosk-notice-2020' })));
    expect(old.domainCode).toBe('KIOSK.NOTICE_OUTDATED');
    const bad = await failure(
      s
        .client()
        .kioskRequest.submit.mutate(
          request({ privacyNoticeGiven: false, contact: { via: 'phone', phone: 'abc' }, fullName: 'A' }) as never,
        ),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fields).sort()).toEqual(['contact.phone', 'fullName', 'privacyNoticeGiven']);
    expect(bad.message).toContain('Số điện thoại');
    const otherVillage = await failure(kiosk.kioskRequest.submit.mutate(request({ villageId: randomUUID() })));
    expect(otherVillage.status).toBe(404);
    const noCommune = await failure(kiosk.kioskRequest.submit.mutate(request({ commune: '99999' })));
    expect(noCommune.status).toBe(404);
    expect((await kioskCases()).length).toBe(before);
  });
});

describe('kioskRequest.status', () => {
  it('answers the stage in plain words only, and follows the case', async () => {
    const receipt = await kiosk.kioskRequest.submit.mutate(request());
    const check = () =>
      s.client().kioskRequest.status.mutate({
        commune: '24013',
        code: receipt.trackingCode.toLowerCase(),
        factor: receipt.factor,
      });
    expect(await check()).toEqual({ stage: 'received' });
    const [row] = await caseOf(receipt.trackingCode);
    await s.owner.pool.query("update cases set status = 'in_progress' where id = $1", [row!.id]);
    expect(await check()).toEqual({ stage: 'being_mediated' });
  });

  it('gives an unknown code, another commune and a wrong factor the same answer; locks after 5 wrong factors', async () => {
    const receipt = await kiosk.kioskRequest.submit.mutate(request());
    const check = (factor: string, code = receipt.trackingCode, commune = '24013') =>
      s.client().kioskRequest.status.mutate({ commune, code, factor });
    const wrong = receipt.factor === 'AAA-AAA' ? 'BBB-BBB' : 'AAA-AAA';
    const unknown = await failure(check(receipt.factor, 'HG-0000-0000'));
    const elsewhere = await failure(check(receipt.factor, receipt.trackingCode, '24014'));
    for (const f of [unknown, elsewhere])
      expect(f).toMatchObject({ status: 404, domainCode: 'KIOSK.REQUEST_NOT_FOUND' });
    for (let i = 1; i <= 4; i++) expect((await failure(check(wrong))).domainCode).toBe('KIOSK.REQUEST_NOT_FOUND');
    const locked = await failure(check(wrong));
    expect(locked).toMatchObject({ status: 429, domainCode: 'KIOSK.CHECK_LOCKED', params: { minutes: 30 } });
    expect(locked.message).toContain('30 phút');
    // Locked even for the right factor, until the lock ends.
    expect((await failure(check(receipt.factor))).domainCode).toBe('KIOSK.CHECK_LOCKED');
    const [row] = await caseOf(receipt.trackingCode);
    const audit = await listAuditFor(s.db, systemScope(24013), 'case', row!.id);
    expect(audit.map((a) => a.action)).toContain('case.kiosk_check_locked');
    s.clock.advance(31 * 60_000);
    expect(await check(receipt.factor)).toEqual({ stage: 'received' });
    expect((await failure(check('not a factor'))).fields).toHaveProperty('factor');
  });

  it('limits each client: 30 checks in 15 minutes', async () => {
    s.clock.advance(16 * 60_000);
    const input = { commune: '24013', code: 'HG-1111-1111', factor: 'AAA-AAA' };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 31; i++) codes.push((await failure(s.client().kioskRequest.status.mutate(input))).domainCode);
    expect(codes.slice(0, 30).every((c) => c === 'KIOSK.REQUEST_NOT_FOUND')).toBe(true);
    expect(codes[30]).toBe('RATE.LIMITED');
  });
});
