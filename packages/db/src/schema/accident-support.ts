/**
 * Requests for accident support of a mediator hurt or killed while mediating (Law 35/2013 Art. 9.7; Circular
 * 56/2023 Art. 3.17; issue 11, point 9): recorded by the justice officer once per form (`client_key`), with the
 * facts the domain's `decideAccidentSupport` reads; eligibility and the amounts are computed when read. What
 * happened is personal data. Tenant table keyed `(commune_id, id)`, the mediator and the case by composite keys.
 */
import type { AccidentHarm } from '@hgcs/domain';
import {
  boolean,
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  index,
} from 'drizzle-orm/pg-core';
import { cases } from './case.ts';
import { communes } from './commune.ts';
import { mediators } from './mediator.ts';

export const accidentSupportRequests = pgTable(
  'accident_support_requests',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    /** The form's idempotency key: a retry finds this request instead of recording another. */
    clientKey: uuid('client_key').notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** In brief; personal data. */
    whatHappened: text('what_happened').notNull(),
    harm: text('harm').$type<AccidentHarm>().notNull(),
    diedOn: date('died_on', { mode: 'string' }),
    circumstance: text('circumstance', { enum: ['while_mediating', 'travelling_to_or_from', 'other'] }).notNull(),
    reasonableRouteAndTime: boolean('reasonable_route_and_time'),
    hasHealthInsurance: boolean('has_health_insurance').notNull(),
    caseId: uuid('case_id'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('accident_support_requests_client_key_uq').on(t.communeId, t.clientKey),
    index('accident_support_requests_occurred_idx').on(t.communeId, t.occurredOn),
    foreignKey({
      name: 'accident_support_requests_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    foreignKey({
      name: 'accident_support_requests_case_fk',
      columns: [t.communeId, t.caseId],
      foreignColumns: [cases.communeId, cases.id],
    }),
  ],
);
