/**
 * Materials-library files over real HTTP on real PostgreSQL (issue 13, point 3): a keeper uploads a file for an item
 * (type checked by its bytes, not its name; 10 MB at most; refused with nothing written); the item then shows the
 * file; anyone downloads a public item's file from the kiosk/portal address without signing in, an internal item's
 * file only signed in (audited); another commune neither uploads to nor downloads an item that is not its own.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const mp4 = new Uint8Array([0, 0, 0, 0x20, ...new TextEncoder().encode('ftypisom'), 0, 0, 2, 0, 1, 2, 3, 4]);

const upload = (who: string | null, id: string, bytes: Uint8Array, name = 'tai-lieu.pdf') => {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return fetch(`${s.url}/files/materials/${id}`, {
    method: 'POST',
    body: form,
    headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
  });
};
const signedIn = (who: string, id: string) =>
  fetch(`${s.url}/files/materials/${id}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
const publicly = (commune: string, id: string) => fetch(`${s.url}/public/materials/${commune}/${id}`);

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  for (const [username, role, communeId] of [
    ['tu-phap', 'justice_officer', 24013],
    ['to-truong', 'team_leader', 24013],
    ['tu-phap-khac', 'justice_officer', 24014],
  ] as const) {
    await createUser(s.db, { username, role, communeId });
    tokens[username] = await s.signIn(username);
  }
  const officer = s.client(tokens['tu-phap']);
  const base = {
    description: 'Tài liệu thử',
    kind: 'document' as const,
    tags: [],
    language: 'vi' as const,
    url: 'https://moj.gov.vn/tai-lieu.pdf',
  };
  ids.public = (
    await officer.material.create.mutate({
      ...base,
      title: 'Sổ tay hòa giải',
      visibility: 'public',
      clientKey: randomUUID(),
    })
  ).id;
  ids.internal = (
    await officer.material.create.mutate({
      ...base,
      title: 'Hướng dẫn nội bộ',
      visibility: 'internal',
      clientKey: randomUUID(),
    })
  ).id;
}, 120_000);
afterAll(() => s.close());

describe('uploading a material’s file', () => {
  it('refuses a file of another type whatever its name, and one too large, writing nothing', async () => {
    const text = await upload('tu-phap', ids.public!, new TextEncoder().encode('chỉ là văn bản'), 'gia.pdf');
    expect(text.status).toBe(400);
    expect(await text.json()).toMatchObject({ error: { domainCode: 'MATERIAL.FILE_TYPE' } });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    const large = await upload('tu-phap', ids.public!, big);
    expect(large.status).toBe(400);
    expect(await large.json()).toMatchObject({ error: { domainCode: 'MATERIAL.FILE_TOO_LARGE' } });
    expect((await s.client(tokens['tu-phap']).material.get.query({ id: ids.public! })).file).toBeNull();
    expect((await publicly('24013', ids.public!)).status).toBe(404);
  });
  it('refuses a reader without the right, another commune, and no session', async () => {
    expect((await upload('to-truong', ids.public!, pdf)).status).toBe(403);
    expect((await upload('tu-phap-khac', ids.public!, pdf)).status).toBe(404);
    expect((await upload(null, ids.public!, pdf)).status).toBe(401);
  });
  it('keeps a PDF and a video, shows them on the item, and audits the upload', async () => {
    expect((await upload('tu-phap', ids.public!, pdf)).status).toBe(201);
    expect((await upload('tu-phap', ids.internal!, mp4, 'video.mp4')).status).toBe(201);
    const officer = s.client(tokens['tu-phap']);
    expect((await officer.material.get.query({ id: ids.public! })).file).toEqual({
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    expect((await officer.material.get.query({ id: ids.internal! })).file?.mediaType).toBe('video/mp4');
    const audit = await listAuditFor(s.db, systemScope(24013), 'material', ids.public!);
    expect(audit.map((a) => a.action)).toContain('material.file');
  });
});

describe('downloading a material’s file', () => {
  it('gives a public item’s file to anyone, without signing in', async () => {
    const res = await publicly('24013', ids.public!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
    const items = await s.client().material.public.query({ commune: '24013' });
    expect(items.items.find((i) => i.id === ids.public)?.file?.mediaType).toBe('application/pdf');
  });
  it('refuses an internal item’s file to the public, and a public item under another commune', async () => {
    expect((await publicly('24013', ids.internal!)).status).toBe(404);
    expect((await publicly('24014', ids.public!)).status).toBe(404);
    expect((await publicly('abc', ids.public!)).status).toBe(404);
  });
  it('gives an internal item’s file to a signed-in reader of the commune, audited; not to another commune', async () => {
    const res = await signedIn('to-truong', ids.internal!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect((await signedIn('tu-phap-khac', ids.internal!)).status).toBe(404);
    const audit = await listAuditFor(s.db, systemScope(24013), 'material', ids.internal!);
    expect(audit.map((a) => a.action)).toContain('material.download');
  });
});
