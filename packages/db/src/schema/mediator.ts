/**
 * Mediators (hòa giải viên, Law 35/2013 Art. 7–8): the person. Ethnicity and phone are personal data (Decree
 * 13/2023, Law 91/2025): `personal_data_basis` records why they are kept, `phone_public` whether the person agreed
 * to show the phone publicly; only roles with `registry.read_personal` read them. `search_name` is the name
 * unaccented and lower-cased (`hgcs_search_text`, migration 0011), stored (migration 0013: folding it again for every
 * candidate row of a search cost more than the search) and trigram-indexed, so "ro mah" finds "Rơ Mah". A tenant table keyed `(commune_id, id)`.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes, villages } from './commune.ts';

export const mediatorGenders = ['female', 'male'] as const;
export const personalDataBases = ['consent', 'legal_obligation', 'public_task'] as const;

export const mediators = pgTable(
  'mediators',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: mediatorGenders }).notNull(),
    birthYear: integer('birth_year').notNull(),
    /** The ethnic group (dân tộc), e.g. Kinh, Jrai, Bahnar; `ethnic_minority` is derived from it (not Kinh). */
    ethnicity: text('ethnicity'),
    ethnicMinority: boolean('ethnic_minority').notNull().default(false),
    citizenship: text('citizenship').notNull().default('VN'),
    residenceVillageId: uuid('residence_village_id').notNull(),
    occupation: text('occupation'),
    phone: text('phone'),
    phonePublic: boolean('phone_public').notNull().default(false),
    personalDataBasis: text('personal_data_basis', { enum: personalDataBases }).notNull(),
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(sql`hgcs_search_text(full_name)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'mediators_village_fk',
      columns: [t.communeId, t.residenceVillageId],
      foreignColumns: [villages.communeId, villages.id],
    }),
    index('mediators_commune_name_id_idx').on(t.communeId, t.fullName, t.id),
    index('mediators_commune_village_year_idx').on(t.communeId, t.residenceVillageId, t.birthYear),
    index('mediators_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    check('mediators_gender_ck', sql`${t.gender} in ('female', 'male')`),
    check('mediators_basis_ck', sql`${t.personalDataBasis} in ('consent', 'legal_obligation', 'public_task')`),
    check('mediators_birth_year_ck', sql`${t.birthYear} between 1900 and 2100`),
  ],
);
