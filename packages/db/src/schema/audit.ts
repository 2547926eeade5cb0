/**
 * The audit log: one row per mutation, written in the mutation's own transaction (security.md). Rows are
 * append-only (the app role may only INSERT and SELECT; triggers refuse UPDATE, DELETE and TRUNCATE) and each
 * commune's rows form a SHA-256 hash chain (`prev_hash` → `hash`) computed by a BEFORE INSERT trigger (migration
 * 0003), checked by `pnpm audit:verify`. `before`/`after` keep ids, field names and non-personal values only
 * (see queries/redact-audit.ts), never a password hash or a token. A tenant table keyed `(commune_id, id)`.
 */
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The previous row's `hash` in this commune's chain (64 zeros for the first row); set by the trigger. */
    prevHash: text('prev_hash')
      .notNull()
      .$defaultFn(() => ''),
    /** SHA-256 (hex) of the row's canonical encoding; set by the trigger, never by the application. */
    hash: text('hash')
      .notNull()
      .$defaultFn(() => ''),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('audit_log_commune_at_idx').on(t.communeId, t.at),
    index('audit_log_commune_object_idx').on(t.communeId, t.objectType, t.objectId),
  ],
);
