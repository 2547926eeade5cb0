/**
 * Issue 7, points 8 and 13 (FU-01, IV-01): an evidence upload is authorized before its body is read, a malformed
 * body is a 400, the file reaches its place only after its transaction commits (nothing left when it fails),
 * Office packages that unpack into too much are refused, and a full disk is a clear error with nothing written.
 */
import { diskEvidenceStore } from '@hgcs/api';
import { listEvidence, listWorkItems } from '@hgcs/db';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
let itemId: string;
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function prepare(server: Awaited<ReturnType<typeof startServer>>) {
  for (const u of [
    { username: 'vanphong', role: 'office_staff', agencyCode: 'office' },
    { username: 'congan', role: 'police_liaison', agencyCode: 'police' },
  ] as const) {
    await createUser(server.db, u);
    tokens[u.username] = await server.signIn(u.username);
  }
  return (await listWorkItems(server.db, systemScope(24013), { year: 2027 })).find((i) => i.taskCode === '1')!.id;
}

const upload = (url: string, who: string | null, id: string, bytes: Uint8Array, name = 'x.pdf') => {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  form.set('label', 'Biên bản hội nghị');
  return fetch(`${url}/files/work-items/${id}/evidence`, {
    method: 'POST',
    body: form,
    headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
  });
};
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

async function docx(extra: (zip: JSZip) => void) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:document/>');
  extra(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

beforeAll(async () => {
  s = await startServer();
  itemId = await prepare(s);
});
afterAll(() => s.close());

describe('the evidence route reads no body before it authorizes', () => {
  const malformed = (headers: Record<string, string>) =>
    fetch(`${s.url}/files/work-items/${itemId}/evidence`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=abc', ...headers },
      body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a\r\n\r\n\u0000--x',
    });
  it('answers 401 without a session and 403 to an agency that may not contribute, even for a malformed body', async () => {
    expect((await malformed({})).status).toBe(401);
    expect((await malformed({ authorization: `Bearer ${tokens.congan}` })).status).toBe(403);
  });
  it('answers 400 with the file field error code for a malformed multipart body from a contributor', async () => {
    const res = await malformed({ authorization: `Bearer ${tokens.vanphong}` });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { domainCode: 'INPUT.INVALID', details: [{ path: 'file', code: 'field.UPLOAD_UNREADABLE' }] },
    });
  });
  // (A lone surrogate cannot cross multipart: the sender's UTF-8 encoding makes it U+FFFD; tRPC fields are fuzzed in bad-input.test.ts.)
  it('refuses a label with a NUL byte or a bidi override with 400', async () => {
    for (const label of ['Biên bản\u0000', 'Biên bản \u202Etxt']) {
      const form = new FormData();
      form.set('file', new Blob([pdf as Uint8Array<ArrayBuffer>]), 'x.pdf');
      form.set('label', label);
      const res = await fetch(`${s.url}/files/work-items/${itemId}/evidence`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${tokens.vanphong}` },
      });
      expect(res.status).toBe(400);
    }
  });
});

describe('evidence files reach the disk only with their row', () => {
  it('leaves no file (not even a temporary one) when the transaction fails', async () => {
    await s.owner.db.execute(
      "create function fail_evidence() returns trigger language plpgsql as $$ begin raise exception 'forced failure'; end $$",
    );
    await s.owner.db.execute(
      'create trigger fail_evidence before insert on evidence for each row execute function fail_evidence()',
    );
    try {
      const before = filesIn(s.evidenceDir);
      const res = await upload(s.url, 'vanphong', itemId, pdf);
      expect(res.status).toBe(500);
      expect(filesIn(s.evidenceDir)).toEqual(before);
    } finally {
      await s.owner.db.execute('drop trigger fail_evidence on evidence');
      await s.owner.db.execute('drop function fail_evidence()');
    }
  });

  it('keeps exactly one file under its final name after a successful upload', async () => {
    const before = filesIn(s.evidenceDir);
    expect((await upload(s.url, 'vanphong', itemId, pdf)).status).toBe(201);
    const added = filesIn(s.evidenceDir).filter((n) => !before.includes(n));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(filesIn(s.evidenceDir).every((n) => /^[0-9a-f-]{36}$/.test(n))).toBe(true);
  });
});

describe('Office packages', () => {
  it('refuses a small docx that unpacks to more than 50 MB (a zip bomb)', async () => {
    const bomb = await docx((zip) => zip.file('word/media/zeros.bin', new Uint8Array(60 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(s.url, 'vanphong', itemId, bomb, 'bomb.docx');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { domainCode: string; params: object } }).error).toMatchObject({
      domainCode: 'EVIDENCE.PACKAGE_TOO_LARGE',
      params: { maxMb: expect.any(Number), maxEntries: expect.any(Number) },
    });
  });
  it('refuses a docx of more than 1,000 parts and accepts a normal one', async () => {
    const many = await docx((zip) => {
      for (let i = 0; i < 1_001; i++) zip.file(`word/parts/p${i}.xml`, '<p/>');
    });
    expect((await upload(s.url, 'vanphong', itemId, many, 'many.docx')).status).toBe(400);
    const normal = await docx((zip) => zip.file('word/styles.xml', '<w:styles/>'.repeat(1000)));
    expect((await upload(s.url, 'vanphong', itemId, normal, 'ok.docx')).status).toBe(201);
  });
});

describe('a full disk', () => {
  it('gives a clear Vietnamese error, writes no row and leaves no partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hgcs-evidence-full-'));
    const full = await startServer({
      evidence: diskEvidenceStore(dir, {
        write: async (path, bytes, options) => {
          await writeFile(path, bytes.slice(0, 8), options);
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      }),
    });
    try {
      const id = await prepare(full);
      const res = await upload(full.url, 'vanphong', id, pdf);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { domainCode: string; message: string } }).error).toMatchObject({
        domainCode: 'EVIDENCE.DISK_FULL',
        message: 'EVIDENCE.DISK_FULL',
      });
      expect(filesIn(dir)).toEqual([]);
      expect(await listEvidence(full.db, systemScope(24013), id)).toEqual([]);
    } finally {
      await full.close();
    }
  });
});
