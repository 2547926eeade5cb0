/**
 * Provinces, communes, villages and agencies. A commune's id is its official 5-digit statistics code (Pờ Tó = 24013),
 * so every tenant row's `commune_id` reads the same in any database, and Citus can distribute by it. Provinces and
 * communes are reference tables; villages and agencies are tenant tables keyed `(commune_id, id)` (see tenancy.ts).
 * To change: edit here, then `pnpm db:generate --name <what_you_did>` and commit the SQL.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A province (since July 2025 the level directly above the commune); its code is the official 2-digit code (Gia Lai = 52). */
export const provinces = pgTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const communes = pgTable('communes', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  provinceCode: text('province_code')
    .notNull()
    .references(() => provinces.code),
  provinceName: text('province_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Thôn, làng, tổ dân phố (`kind`) — R-UNIT-1: ethnic-minority area on by default for Pờ Tó. The area flag feeds the
 * team-composition rule (Law 35/2013 Art. 12.1).
 */
export const villages = pgTable(
  'villages',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['thon', 'lang', 'to_dan_pho'] })
      .notNull()
      .default('thon'),
    ethnicMinorityArea: boolean('ethnic_minority_area').notNull().default(true),
    households: integer('households'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('villages_commune_name_uq').on(t.communeId, t.name),
    check('villages_kind_ck', sql`${t.kind} in ('thon', 'lang', 'to_dan_pho')`),
  ],
);

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    internal: boolean('internal').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('agencies_commune_code_uq').on(t.communeId, t.code),
    index('agencies_commune_idx').on(t.communeId),
  ],
);
