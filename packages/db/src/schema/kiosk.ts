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

export const caseReceipts = pgTable(
  'case_receipts',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
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
    check('case_receipts_contact_ck', sql`${t.contactVia} in ('phone', 'village_head')`),
    check('case_receipts_failed_ck', sql`${t.failedChecks} >= 0`),
  ],
);
