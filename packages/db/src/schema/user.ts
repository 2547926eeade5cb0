/**
 * Users and their sessions. A commune user has a `commune_id`; a province user (Sở Tư pháp: `province_admin`,
 * `province_officer`) has a `province_code` and no commune — a CHECK holds the two apart. A village head serves one
 * village (`village_id`), a team leader leads one team (`team_id`): their village- and team-limited rights read
 * them. Users are a reference table (looked up by username before the commune is known), so `village_id` and
 * `team_id` are plain columns, checked by the code that sets them: Citus allows no foreign key from a reference
 * table to a distributed one. Passwords are argon2id hashes; a session row keeps only the SHA-256 of its bearer
 * token, so a leaked table cannot be replayed. TOTP secrets are sealed with AES-256-GCM under a key kept outside
 * the database (never base32 here); recovery codes are kept only as SHA-256 hashes. Roles come from @hgcs/domain.
 */
import { roles } from '@hgcs/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes, provinces } from './commune.ts';

export const roleEnum = pgEnum('role', roles);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The user's commune; null for a province user. */
    communeId: integer('commune_id').references(() => communes.id),
    /** The province of a province user (Sở Tư pháp); null for a commune user. */
    provinceCode: text('province_code').references(() => provinces.code),
    /** The village a village-limited user (village head) serves. */
    villageId: uuid('village_id'),
    /** The team a team leader leads. */
    teamId: uuid('team_id'),
    /** Lower-case, unique across the deployment so one sign-in page serves a whole province. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: roleEnum('role').notNull(),
    /** The agency the user works for (its code), for "my work" and lead-agency rights. */
    agencyCode: text('agency_code'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** The active authenticator's secret, sealed (`v1.<iv>.<tag>.<ciphertext>`, auth/secret-box.ts). */
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** A new authenticator being enrolled (sealed); it replaces `totp_secret` only once confirmed with a code. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last 30-second step whose code was accepted: a code of this step or an older one is refused (no replay). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** SHA-256 (hex) of each unused recovery code; a used code is removed in the statement that accepts it. */
    recoveryCodeHashes: text('recovery_code_hashes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Consecutive failed sign-ins (wrong passwords and wrong codes), counted and locked in one statement. */
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_commune_idx').on(t.communeId, t.role),
    // Text comparison, so the check does not use the enum's new values in the migration that adds them.
    check(
      'users_province_xor_commune',
      sql`case when ${t.role}::text in ('province_admin', 'province_officer')
    then ${t.communeId} is null and ${t.provinceCode} is not null else ${t.communeId} is not null and ${t.provinceCode} is null end`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
    id: text('id').primaryKey(),
    /** The id a user sees in the list of their sessions (never the token or its hash). */
    publicId: uuid('public_id').notNull().defaultRandom(),
    /** The user's commune; null for a province user's session. */
    communeId: integer('commune_id').references(() => communes.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** False until an account that needs a second factor has given its TOTP code. */
    secondFactorDone: boolean('second_factor_done').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Last use, written at most once a minute (idle limit, domain org/session-limits.ts). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The absolute end: 10 hours after sign-in. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sessions_commune_user_idx').on(t.communeId, t.userId),
    uniqueIndex('sessions_commune_public_id_uq').on(t.communeId, t.publicId),
  ],
);
