/** The API host's environment, parsed once (docs/style.md habit 9). Every variable is declared in turbo.json. */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const schema = z.object({
  /** The product's own role (DML only); unset → embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** The schema's owner, which runs migrations and grants DATABASE_URL's role its rights; unset → DATABASE_URL (warned). */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  HGCS_DATA_DIR: z.string().default(`${repoRoot}data`),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CORS_ORIGINS: z.string().default('http://localhost:3002,http://127.0.0.1:3002'),
  /** The public portal's address (the kiosk app on the web), printed in certificates' QR codes; default the first CORS origin. */
  PORTAL_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  HGCS_SETUP_PASSWORD: z.string().min(12).optional(),
  /** Where evidence files are kept (outside any web root); default <data dir>/evidence. */
  EVIDENCE_DIR: z.string().optional(),
  /** Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the client; default none. */
  TRUSTED_PROXIES: z.string().default(''),
  /** The key shared with the console and kiosk servers; default the file <data dir>/internal.key, made at first start. */
  HGCS_INTERNAL_KEY: z.string().min(32).optional(),
  /** The key that seals TOTP secrets (base64 of 32 bytes); default the file <data dir>/secret.key, made at first start. */
  HGCS_SECRET_KEY: z.string().optional(),
  /** Tests and rehearsals only: the API's "now" starts at this instant (ISO 8601 with offset) and runs on. */
  HGCS_CLOCK_START: z.string().datetime({ offset: true }).optional(),
});

export type Env = z.infer<typeof schema>;
export const env: Env = schema.parse(process.env);
