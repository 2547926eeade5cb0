/**
 * Mediation teams (tổ hòa giải, Law 35/2013 Art. 12): one or more per village. Minimal for now — the registry issue
 * adds members, elections and the rest — but it is what team- and village-limited roles are limited to. A tenant
 * table keyed `(commune_id, id)`; its village is a composite foreign key on `(commune_id, village_id)`.
 */
import {
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
import { communes, villages } from './commune.ts';

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    villageId: uuid('village_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'teams_village_fk',
      columns: [t.communeId, t.villageId],
      foreignColumns: [villages.communeId, villages.id],
    }),
    uniqueIndex('teams_commune_name_uq').on(t.communeId, t.name),
    index('teams_commune_village_idx').on(t.communeId, t.villageId),
  ],
);
