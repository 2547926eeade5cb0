/**
 * Data-subject requests about case files (issue 11, point 10; Law 91/2025, Decree 356/2025 Art. 5; security PDP-06):
 * access, correction, erasure… recorded by the justice officer with the day received, closed with the answer (done,
 * or refused naming the rule). The requester's name and what was asked are personal data (read with
 * `case.read_personal` only). Which cases a request is about sits in `case_data_request_cases`. The clock is the
 * domain's (`dataSubjectRequestClock`), computed when read. Tenant tables keyed `(commune_id, id)`.
 */
import type { DataSubjectRequestKind } from '@hgcs/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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

export const caseDataRequests = pgTable(
  'case_data_requests',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    /** The form's idempotency key: a retry finds this request instead of recording another. */
    clientKey: uuid('client_key').notNull(),
    kind: text('kind').$type<DataSubjectRequestKind>().notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** Personal data. */
    requesterName: text('requester_name').notNull(),
    /** What was asked, in brief: personal data. */
    asked: text('asked').notNull(),
    thirdPartyMustAct: boolean('third_party_must_act').notNull().default(false),
    status: text('status', { enum: ['open', 'done', 'refused'] })
      .notNull()
      .default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    /** When refused: the rule named (domain `dataRequestRefusalRules`). */
    refusalRule: text('refusal_rule'),
    /** The answer given, in brief: personal data. */
    answer: text('answer'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('case_data_requests_client_key_uq').on(t.communeId, t.clientKey),
    check(
      'case_data_requests_closed_ck',
      sql`(${t.status} = 'open') = (${t.closedOn} is null) and (${t.status} = 'refused') = (${t.refusalRule} is not null)`,
    ),
  ],
);

export const caseDataRequestCases = pgTable(
  'case_data_request_cases',
  {
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    requestId: uuid('request_id').notNull(),
    caseId: uuid('case_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.requestId, t.caseId] }),
    foreignKey({
      name: 'case_data_request_cases_request_fk',
      columns: [t.communeId, t.requestId],
      foreignColumns: [caseDataRequests.communeId, caseDataRequests.id],
    }),
    foreignKey({
      name: 'case_data_request_cases_case_fk',
      columns: [t.communeId, t.caseId],
      foreignColumns: [cases.communeId, cases.id],
    }),
  ],
);
