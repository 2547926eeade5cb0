/**
 * Rate-limit counters shared by every API process (RC-01): one row per key (a hashed client address or
 * username with its purpose), bumped by a single-row upsert — never a count over history. A row whose window has
 * ended is reset by the next hit and deleted by the periodic sweep. Not tenant data: keys are not per commune.
 */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimits = pgTable(
  'rate_limits',
  {
    /** `<purpose>:<sha-256 of the client or username>`, never the raw address or name. */
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    /** When the current window ends; the next hit after it starts a new window. */
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
);
