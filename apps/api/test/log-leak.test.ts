/**
 * ANM-07 and the server-made request id: real requests plant a name, a note and a password — some of them make
 * their query fail on purpose (a CHECK the owner adds, standing for any database failure) — and no log line of
 * the app may carry them, an argon2 hash or a failed query's text; a failure is logged by its code, path and
 * request id. log-scan.global.ts checks the logs of the whole run the same way at its end.
 */
import { listAudit, listWorkItems } from '@hgcs/db';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, password, setupPassword, startServer } from './harness.ts';
import { harnessPasswords, leaksIn, planted } from './log-markers.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
let itemId: string;
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const upload = (label: string) => {
  const form = new FormData();
  form.set('file', new Blob([pdf]), 'x.pdf');
  form.set('label', label);
  return fetch(`${s.url}/files/work-items/${itemId}/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${tokens.mttq}` },
  });
};
const logged = () => s.logs.join('');

beforeAll(async () => {
  s = await startServer();
  for (const username of ['mttq', 'logprobe']) {
    await createUser(s.db, { username, role: 'front_viewer', agencyCode: 'fatherland_front' });
    tokens[username] = await s.signIn(username);
  }
  itemId = (await listWorkItems(s.db, systemScope(24013), {})).find((i) => i.taskCode === '1')!.id;
  // Stand-ins for any failure of the database: these rows are refused (new rows only, NOT VALID).
  await s.owner.pool.query(
    `alter table work_item_comments add constraint log_probe check (body not like '%DAUVET%') not valid`,
  );
  await s.owner.pool.query(
    `alter table evidence add constraint log_probe check (label not like '%Dấu Vết%') not valid`,
  );
  await s.owner.pool.query(
    `alter table users add constraint log_probe check (username <> 'logprobe' or password_hash not like '$argon2%') not valid`,
  );
});
afterAll(() => s.close());

describe('the logs', () => {
  it('carry no planted personal data, password, hash or query text, even when the query fails', async () => {
    // a note in a comment whose insert fails, a name in an upload whose insert fails, a password change whose update fails
    expect(
      (
        await failure(
          s.client(tokens.mttq).workItem.comment.mutate({ id: itemId, body: `Bà ${planted.name}: ${planted.note}` }),
        )
      ).status,
    ).toBe(500);
    expect((await upload(`Biên bản của ${planted.name}`)).status).toBe(500);
    expect(
      (
        await failure(
          s
            .client(tokens.logprobe)
            .auth.changePassword.mutate({ currentPassword: password, newPassword: planted.password }),
        )
      ).status,
    ).toBe(500);
    // wrong passwords, for a known and an unknown account
    await failure(s.client().auth.signIn.mutate({ username: 'mttq', password: planted.password }));
    await failure(s.client().auth.signIn.mutate({ username: planted.name, password: planted.password }));
    // and the same data where it is accepted
    await s.client(tokens.mttq).workItem.comment.mutate({ id: itemId, body: `Ông ${planted.name} đã dự họp.` });
    expect((await upload(`Ảnh ${planted.name.toUpperCase()}`)).status).toBe(201);

    expect(leaksIn(logged())).toEqual([]);
    const failures = s.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 50);
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          msg: 'procedure failed',
          path: 'workItem.comment',
          code: 'SQLSTATE 23514',
          requestId: expect.any(String),
        }),
        expect.objectContaining({ msg: 'procedure failed', path: 'auth.changePassword', code: 'SQLSTATE 23514' }),
        expect.objectContaining({
          msg: 'unhandled',
          path: `/files/work-items/${itemId}/evidence`,
          code: 'SQLSTATE 23514',
        }),
      ]),
    );
    for (const line of failures)
      expect(Object.keys(line).sort()).toEqual(
        ['code', 'level', 'msg', 'path', 'pid', 'hostname', 'requestId', 'time'].sort(),
      );
  });

  it('are all made by the harness’s logger, which the run-wide scan reads (no test builds an app with another)', () => {
    const dir = new URL('./', import.meta.url);
    const source = (f: string) => readFileSync(new URL(f, dir), 'utf8');
    const builders = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && f !== 'log-leak.test.ts' && /createApp\(/.test(source(f)),
    );
    expect(builders).toContain('harness.ts');
    // outside the harness, an app is only ever built from the harness's options (and so its logger)
    for (const f of builders.filter((f) => f !== 'harness.ts'))
      expect(
        source(f)
          .match(/createApp\(\{[^}]*/g)
          ?.every((call) => call.includes('appOptions')),
      ).toBe(true);
    expect(source('harness.ts')).toContain('log = testLogger(logs)');
    expect(harnessPasswords).toEqual([password, setupPassword]);
  });
});

describe('the request id', () => {
  it('is the server’s own: a client’s x-request-id reaches neither the audit row nor the response', async () => {
    const chosen = 'client-chosen-id-DAUVET0000000001';
    const res = await fetch(`${s.url}/trpc/workItem.comment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.mttq}`, 'x-request-id': chosen },
      body: JSON.stringify({ id: itemId, body: 'Đã phối hợp.' }),
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain(chosen);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect([...res.headers.values()].join(' ')).not.toContain(chosen);
    const [row] = await listAudit(s.db, systemScope(24013), { limit: 1 });
    expect(row).toMatchObject({ action: 'work_item.comment', requestId: res.headers.get('x-request-id') });
    expect(leaksIn(logged())).toEqual([]);
  });
});
