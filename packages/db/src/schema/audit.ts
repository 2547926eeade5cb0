/**
 * The audit log: one row per mutation, written in the mutation's own transaction (security.md). Rows are
 * append-only; `before`/`after` hold the changed object's shape, never a password hash or a token.
 */
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  communeId: integer('commune_id').notNull().references(() => communes.id),
  actorUserId: uuid('actor_user_id'),
  action: text('action').notNull(),
  objectType: text('object_type').notNull(),
  objectId: text('object_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('audit_log_commune_at_idx').on(t.communeId, t.at), index('audit_log_commune_object_idx').on(t.communeId, t.objectType, t.objectId)]);
