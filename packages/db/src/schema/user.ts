/**
 * Users and their sessions. Passwords are argon2id hashes; a session row keeps only the SHA-256 of its bearer
 * token, so a leaked table cannot be replayed. Roles come from @hgcs/domain (org/roles.ts).
 */
import { roles } from '@hgcs/domain';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const roleEnum = pgEnum('role', roles);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  communeId: integer('commune_id').notNull().references(() => communes.id),
  /** Lower-case, unique across the deployment so one sign-in page serves a whole province. */
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: roleEnum('role').notNull(),
  /** The agency the user works for (its code), for "my work" and lead-agency rights. */
  agencyCode: text('agency_code'),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_commune_idx').on(t.communeId, t.role)]);

export const sessions = pgTable('sessions', {
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  id: text('id').primaryKey(),
  communeId: integer('commune_id').notNull().references(() => communes.id),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** False until an account that needs a second factor has given its TOTP code. */
  secondFactorDone: boolean('second_factor_done').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_commune_user_idx').on(t.communeId, t.userId)]);
