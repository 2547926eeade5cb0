/**
 * The kiosk in Bahnar and Jrai over real HTTP on real PostgreSQL (issue 12, point 7): the commune's translations of
 * the kiosk's texts — listed with the Vietnamese beside and the missing ones counted, saved per text (placeholders
 * kept, a key outside the kiosk refused, a retry changing nothing), read by the kiosk without an account, never
 * seen by another commune; who may read and enter them; the audit row of each change.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let leader: Client;
let chairman: Client;
let otherOfficer: Client;

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'team_leader', username: 'to-truong' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  officer = s.client(await s.signIn('tu-phap'));
  leader = s.client(await s.signIn('to-truong'));
  chairman = s.client(await s.signIn('chu-tich'));
  otherOfficer = s.client(await s.signIn('tu-phap-khac'));
}, 120_000);
afterAll(() => s.close());

const audits = async () => listAuditFor(s.db, systemScope(24013), 'kiosk_text', 'jra:kiosk.home');

describe("the kiosk's texts in Jrai", () => {
  it('lists every kiosk text with its Vietnamese, all missing at first', async () => {
    const list = await officer.kioskText.list.query({ lang: 'jra' });
    const home = list.texts.find((t) => t.key === 'kiosk.home');
    expect(home).toEqual({ key: 'kiosk.home', vi: 'Trang đầu', text: null, recorded: false });
    expect(list.missing).toBe(list.texts.length);
    expect(list.texts.some((t) => t.key.startsWith('nav.'))).toBe(false);
  });

  it('saves a translation once; the list, the kiosk and the audit show it', async () => {
    expect(await officer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: ' Sang phŭn ' })).toEqual({
      changed: true,
    });
    expect(await officer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: 'Sang phŭn' })).toEqual({
      changed: false,
    });
    const list = await officer.kioskText.list.query({ lang: 'jra' });
    expect(list.texts.find((t) => t.key === 'kiosk.home')?.text).toBe('Sang phŭn');
    expect(list.missing).toBe(list.texts.length - 1);
    const kiosk = await s.client().kioskText.public.query({ commune: '24013', lang: 'jra' });
    expect(kiosk.texts).toEqual({ 'kiosk.home': 'Sang phŭn' });
    expect((await s.client().kioskText.public.query({ commune: '24013', lang: 'bdq' })).texts).toEqual({});
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'kiosk_text.translate' });
  });

  it('refuses a translation that drops or invents a placeholder, naming it, and writes nothing', async () => {
    const source = (await officer.kioskText.list.query({ lang: 'jra' })).texts.find((t) => /\{\w+\}/.test(t.vi))!;
    const [, name] = /\{(\w+)\}/.exec(source.vi)!;
    const dropped = await failure(officer.kioskText.save.mutate({ lang: 'jra', key: source.key, text: 'Ơ' }));
    expect(dropped).toMatchObject({ status: 400, domainCode: 'KIOSK.PLACEHOLDER_MISSING' });
    expect(dropped.message).toContain(`{${name}}`);
    const invented = await failure(
      officer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: 'Sang {dong}' }),
    );
    expect(invented).toMatchObject({
      status: 400,
      domainCode: 'KIOSK.PLACEHOLDER_UNKNOWN',
      params: { name: '{dong}' },
    });
    expect(invented.message).toContain('{dong}');
    expect(await audits()).toHaveLength(1);
  });

  it('refuses a key outside the kiosk, another language and an over-long text, naming the field', async () => {
    const unknown = await failure(officer.kioskText.save.mutate({ lang: 'jra', key: 'nav.plan', text: 'Plan' }));
    expect(unknown).toMatchObject({ status: 400, domainCode: 'KIOSK.TEXT_UNKNOWN', params: { field: 'key' } });
    const lang = await failure(officer.kioskText.save.mutate({ lang: 'en' as 'jra', key: 'kiosk.home', text: 'H' }));
    expect(lang.fields.lang?.code).toBe('field.KIOSK_LANG');
    const long = await failure(
      officer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: 'a'.repeat(1001) }),
    );
    expect(long.fields.text?.code).toBe('field.KIOSK_TRANSLATION_TOO_LONG');
    expect(await audits()).toHaveLength(1);
  });

  it('keeps each commune to its own texts', async () => {
    const other = await otherOfficer.kioskText.list.query({ lang: 'jra' });
    expect(other.texts.find((t) => t.key === 'kiosk.home')?.text).toBeNull();
    await otherOfficer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: 'Sang kơ xã pơkon' });
    expect((await s.client().kioskText.public.query({ commune: '24013', lang: 'jra' })).texts['kiosk.home']).toBe(
      'Sang phŭn',
    );
    expect((await s.client().kioskText.public.query({ commune: '24014', lang: 'jra' })).texts['kiosk.home']).toBe(
      'Sang kơ xã pơkon',
    );
  });

  it('lets the staff read, and only the office, justice and communication officers enter, translations', async () => {
    expect((await chairman.kioskText.list.query({ lang: 'bdq' })).lang).toBe('bdq');
    const f = await failure(chairman.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: 'X' }));
    expect(f).toMatchObject({ status: 403, domainCode: 'AUTH.FORBIDDEN' });
    expect((await failure(leader.kioskText.list.query({ lang: 'jra' }))).status).toBe(403);
    expect((await failure(s.client().kioskText.list.query({ lang: 'jra' }))).status).toBe(401);
  });

  it('removes a translation saved empty: the kiosk reads the Vietnamese again', async () => {
    expect(await officer.kioskText.save.mutate({ lang: 'jra', key: 'kiosk.home', text: '  ' })).toEqual({
      changed: true,
    });
    expect((await s.client().kioskText.public.query({ commune: '24013', lang: 'jra' })).texts).toEqual({});
    expect(await audits()).toHaveLength(2);
  });
});
