/**
 * Checks the audit log's hash chains (ANM-08), independently of the database's own functions: reads every row in
 * id order, recomputes each row's SHA-256 over the canonical encoding of migration 0003 (value by value, in order,
 * '<UTF-8 byte length>:<text>' or '-' for NULL, joined by ';') and checks that it links to the previous row of its
 * commune. The first row whose hash or link does not hold is named: a changed row fails its own hash, a removed or
 * inserted row breaks the link of the row after it.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

export type AuditChainReport =
  { ok: true; count: number } | { ok: false; count: number; brokenId: number; reason: 'hash' | 'link' };

const genesis = '0'.repeat(64);
const batch = 5_000;

/** The text of one row's values in hash order, as PostgreSQL prints them (the same casts as audit_log_hash). */
const rowsAfter = `select id, commune_id, prev_hash, hash,
  array[prev_hash, id::text, commune_id::text, actor_user_id::text, action, object_type, object_id, before::text, after::text, request_id,
    (extract(epoch from at) * 1000000)::bigint::text] as fields
  from audit_log where id > $1 order by id limit ${batch}`;

/** The SHA-256 (hex) of a row's values in canonical encoding. */
export function auditRowHash(fields: (string | null)[]): string {
  const canonical = fields.map((v) => (v === null ? '-' : `${Buffer.byteLength(v, 'utf8')}:${v}`)).join(';');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Verifies every commune's chain over a connection that may read audit_log. */
export async function verifyAuditChain(client: pg.Client | pg.Pool): Promise<AuditChainReport> {
  const heads = new Map<number, string>();
  let count = 0;
  let last = 0;
  for (;;) {
    const { rows } = await client.query<{
      id: string;
      commune_id: number;
      prev_hash: string;
      hash: string;
      fields: (string | null)[];
    }>(rowsAfter, [last]);
    for (const row of rows) {
      const id = Number(row.id);
      count++;
      if (row.prev_hash !== (heads.get(row.commune_id) ?? genesis))
        return { ok: false, count, brokenId: id, reason: 'link' };
      if (auditRowHash(row.fields) !== row.hash) return { ok: false, count, brokenId: id, reason: 'hash' };
      heads.set(row.commune_id, row.hash);
      last = id;
    }
    if (rows.length < batch) return { ok: true, count };
  }
}
