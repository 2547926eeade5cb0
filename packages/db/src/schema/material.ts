/**
 * The materials library (tài liệu, video — Law 35/2013 Art. 9.4; plan task 5b): an item with its title, description,
 * kind, tags, language, whether citizens may see it (`public`: the kiosk and the portal list it) and its https
 * address, and optionally an uploaded file (`file_*`). `search_vector` is the title, description and tags unaccented and lower-cased (`hgcs_material_search`,
 * migration 0021, over `hgcs_search_text` of migration 0011), stored and GIN-indexed, so "hoa giai dat dai" finds
 * "Hòa giải đất đai". A tenant table keyed `(commune_id, id)`.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const materialKindValues = ['document', 'video'] as const;
export const materialLanguageValues = ['vi', 'jra', 'bdq', 'en', 'other'] as const;
export const materialVisibilityValues = ['public', 'internal'] as const;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const materials = pgTable(
  'materials',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: materialKindValues }).notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    language: text('language', { enum: materialLanguageValues }).notNull(),
    visibility: text('visibility', { enum: materialVisibilityValues }).notNull(),
    url: text('url').notNull(),
    /**
     * An uploaded file (issue 13 point 3), besides the link: its type found in its bytes, size, SHA-256 and key
     * under the file store (never the user's file name). Null when the item is a link only.
     */
    fileMediaType: text('file_media_type'),
    fileSize: integer('file_size'),
    fileSha256: text('file_sha256'),
    fileKey: text('file_key'),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`hgcs_material_search(title, description, tags)`),
    /** The console's key of the submission that created it: a retry returns this item. */
    clientKey: uuid('client_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('materials_client_key_uq').on(t.communeId, t.clientKey),
    index('materials_search_idx').using('gin', t.searchVector),
    index('materials_commune_title_idx').on(t.communeId, t.title),
    check('materials_kind_ck', sql`${t.kind} in ('document', 'video')`),
    check('materials_language_ck', sql`${t.language} in ('vi', 'jra', 'bdq', 'en', 'other')`),
    check('materials_visibility_ck', sql`${t.visibility} in ('public', 'internal')`),
    check('materials_url_ck', sql`${t.url} like 'https://%'`),
  ],
);
