/**
 * ANM-06: what the audit log records beyond mutations — authorization denials of signed-in users, evidence
 * downloads and exports — and that its rows keep no personal data an erasure could not remove.
 */
import { listAudit, listWorkItems, verifyAuditChain } from '@hgcs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
let itemId: string;
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const get = (who: string, path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
const newest = async (action: string) =>
  (await listAudit(s.db, systemScope(24013), { limit: 200 })).find((r) => r.action === action);

beforeAll(async () => {
  s = await startServer();
  await createUser(s.db, { username: 'mttq', role: 'front_viewer', agencyCode: 'fatherland_front' });
  tokens.mttq = await s.signIn('mttq');
  itemId = (await listWorkItems(s.db, systemScope(24013), {})).find((i) => i.taskCode === '1')!.id;
});
afterAll(() => s.close());

describe('the audit log records', () => {
  it('a signed-in user’s denial, with the procedure and the permission', async () => {
    expect((await failure(s.client(tokens.mttq).audit.list.query({}))).status).toBe(403);
    expect(await newest('auth.denied')).toMatchObject({
      objectType: 'procedure',
      objectId: 'audit.list',
      after: { path: 'audit.list', permission: 'audit.read', denial: 'AUTH.FORBIDDEN' },
    });
  });

  it('not an anonymous call (nobody to name; the rate limits cover it)', async () => {
    const before = (await listAudit(s.db, systemScope(24013), { limit: 500 })).length;
    expect((await failure(s.client().audit.list.query({}))).status).toBe(401);
    expect((await listAudit(s.db, systemScope(24013), { limit: 500 })).length).toBe(before);
  });

  it('every evidence download, and keeps the evidence’s label out of the row', async () => {
    const form = new FormData();
    form.set('file', new Blob([pdf]), 'x.pdf');
    form.set('label', 'Biên bản họp của bà Lê Thị Riêng Tư');
    const res = await fetch(`${s.url}/files/work-items/${itemId}/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${tokens.mttq}` },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await get('mttq', `/files/evidence/${id}`)).status).toBe(200);
    expect(await newest('evidence.download')).toMatchObject({
      objectType: 'evidence',
      objectId: id,
      after: { workItemId: itemId, mediaType: 'application/pdf', size: pdf.length },
    });
    expect(await newest('work_item.evidence_file')).toMatchObject({ after: { evidenceId: id, label: '[changed]' } });
    expect(JSON.stringify(await listAudit(s.db, systemScope(24013), { limit: 500 }))).not.toContain('Riêng Tư');
  });

  it('every export of the year’s report and plan', async () => {
    expect((await get('mttq', '/exports/plan-year/2026.xlsx')).status).toBe(200);
    expect(await newest('export.download')).toMatchObject({
      objectType: 'export',
      objectId: 'plan_report:2026.xlsx',
      after: { kind: 'plan_report', year: 2026, format: 'xlsx' },
    });
    expect((await get('mttq', '/exports/year-plan/2027.docx')).status).toBe(200);
    expect(await newest('export.download')).toMatchObject({
      objectId: 'year_plan:2027.docx',
      after: { kind: 'year_plan', year: 2027, format: 'docx' },
    });
  });

  it('in one unbroken hash chain', async () => {
    expect(await verifyAuditChain(s.owner.pool)).toMatchObject({ ok: true });
  });
});
