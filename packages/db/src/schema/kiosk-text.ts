/**
 * The kiosk in the commune's own languages (issue 12, points 6–7). `kiosk_translations` holds, per commune, its
 * Bahnar or Jrai text for one key of the kiosk's catalogue (the kiosk shows it over the compiled Vietnamese);
 * `kiosk_recordings` holds the commune's recording of one text in that language, read aloud by the kiosk's "Nghe"
 * control — the audio bytes in the row (small files, size-limited), with the type found in the bytes and a SHA-256.
 * Tenant tables keyed `(commune_id, id)`, one row per (commune, language, key).
 */
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const kioskTranslations = pgTable(
  'kiosk_translations',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    lang: text('lang', { enum: ['bdq', 'jra'] }).notNull(),
    textKey: text('text_key').notNull(),
    text: text('text').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('kiosk_translations_key_uq').on(t.communeId, t.lang, t.textKey),
    check('kiosk_translations_lang_ck', sql`${t.lang} in ('bdq', 'jra')`),
  ],
);

export const kioskRecordings = pgTable(
  'kiosk_recordings',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    lang: text('lang', { enum: ['bdq', 'jra'] }).notNull(),
    textKey: text('text_key').notNull(),
    /** The type found in the bytes (audio/mpeg, audio/ogg, audio/wav, audio/webm, audio/mp4). */
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('kiosk_recordings_key_uq').on(t.communeId, t.lang, t.textKey),
    check('kiosk_recordings_lang_ck', sql`${t.lang} in ('bdq', 'jra')`),
    check('kiosk_recordings_size_ck', sql`${t.size} > 0 and ${t.size} = octet_length(${t.bytes})`),
  ],
);
