/**
 * The kiosk's side of a request for mediation (issue 12, points 3–4). `case_receipts` holds, per case asked for at
 * the kiosk, the keyed hash of the second factor printed only on the receipt, how the person is to be reached
 * (a phone, kept with the party, or through the village head) and the wrong-factor count that locks the code's checks.
 * Tenant table keyed `(commune_id, id)`; the case is a composite foreign key leading with `commune_id`.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './case.ts';
import { communes } from './commune.ts';

/**
 * The kiosks an officer registered (issue 12, point 9): a name and a place, the SHA-256 of the device token (the
 * token itself is shown once, at registration), when it was last heard from, and when it was revoked (a revoked
 * device is refused at once). Tenant table keyed `(commune_id, id)`.
 */
export const kioskDevices = pgTable(
  'kiosk_devices',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    name: text('name').notNull(),
    place: text('place').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('kiosk_devices_token_uq').on(t.communeId, t.tokenHash),
  ],
);

/**
 * "Call staff" from a kiosk (issue 12, point 11): which device called and when, and when an officer marked it
 * handled (and who). No personal data: a visitor pressed a button. Tenant table keyed `(commune_id, id)`.
 */
export const kioskCalls = pgTable(
  'kiosk_calls',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    deviceId: uuid('device_id').notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }).notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by'),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'kiosk_calls_device_fk',
      columns: [t.communeId, t.deviceId],
      foreignColumns: [kioskDevices.communeId, kioskDevices.id],
    }),
    index('kiosk_calls_open_idx')
      .on(t.communeId, t.calledAt)
      .where(sql`${t.handledAt} is null`),
  ],
);

export const caseReceipts = pgTable(
  'case_receipts',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    /** The registered kiosk that sent the request (null for requests from before devices were registered). */
    deviceId: uuid('device_id'),
    /** HMAC-SHA256 (the deployment's secret key) of the case id and the printed factor; the factor itself is never kept. */
    factorHash: text('factor_hash').notNull(),
    contactVia: text('contact_via', { enum: ['phone', 'village_head'] }).notNull(),
    /** Wrong factors given for this code since the last right one or the last lock. */
    failedChecks: integer('failed_checks').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'case_receipts_case_fk',
      columns: [t.communeId, t.caseId],
      foreignColumns: [cases.communeId, cases.id],
    }),
    uniqueIndex('case_receipts_case_uq').on(t.communeId, t.caseId),
    foreignKey({
      name: 'case_receipts_device_fk',
      columns: [t.communeId, t.deviceId],
      foreignColumns: [kioskDevices.communeId, kioskDevices.id],
    }),
    index('case_receipts_device_idx').on(t.communeId, t.deviceId, t.createdAt),
    check('case_receipts_contact_ck', sql`${t.contactVia} in ('phone', 'village_head')`),
    check('case_receipts_failed_ck', sql`${t.failedChecks} >= 0`),
  ],
);
