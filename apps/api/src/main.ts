/**
 * Starts the API: takes its port first (a port in use is one clear line and exit 1), opens the database (embedded
 * PostgreSQL in ./data/postgres unless DATABASE_URL is set; a second instance on the same data directory is refused),
 * migrates under a lock, seeds xã Pờ Tó on first run, prints the first administrator's one-time setup password,
 * and serves HTTP. While it runs it watches the database: /health says "down" when it does not answer, and when the
 * embedded PostgreSQL is gone the API exits non-zero so start-all restarts it. Stops cleanly on SIGINT/SIGTERM.
 */
import { bootstrap, diskEvidenceStore, flushRateLimits, prepareTotpSecrets, SecretKeyMismatchError } from '@hgcs/api';
import { openDatabase, type OpenDatabase } from '@hgcs/db';
import { isDomainError } from '@hgcs/domain';
import { operatorText } from '@hgcs/i18n';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { configuredClock } from './configured-clock.ts';
import { apiLogger } from './logger.ts';
import { env } from './env.ts';
import { healthCheck } from './health/check-health.ts';
import { watchDatabase } from './health/watch-database.ts';
import { startRetentionJob } from './jobs/retention-job.ts';
import { loadInternalKey } from './internal-key.ts';
import { loadSecretKey, SecretKeyError } from './secret-key.ts';
import { listen, type Listening } from './listen.ts';
import { loggableErrorCode } from './loggable-error.ts';
import { postgresLogLine } from './postgres-log-line.ts';
import { firstSignInLines } from './first-sign-in-lines.ts';

const log = apiLogger(env.LOG_LEVEL);
const started = performance.now();
let http: Listening | undefined;
let database: OpenDatabase | undefined;

/** Start-up failed: one line for the operator (Vietnamese / English), no stack, exit 1. */
function refuse(error: unknown): never {
  const line =
    isDomainError(error) && error.code.startsWith('STARTUP.')
      ? operatorText(error.code, error.params)
      : `Không khởi động được API / The API did not start (${loggableErrorCode(error)}).`;
  process.stderr.write(`${line}\n`);
  http?.server.close();
  process.exit(1);
}

try {
  http = await listen(env.API_PORT);
  database = await openDatabase({
    url: env.DATABASE_URL,
    migrationUrl: env.MIGRATION_DATABASE_URL,
    dataDir: join(env.HGCS_DATA_DIR, 'postgres'),
    log: (m) => log.debug({ pg: postgresLogLine(m) }, 'postgres'),
    warn: (m) => log.warn(m),
  });
} catch (error) {
  refuse(error);
}
const boot = await bootstrap(database.db, { setupPasswordOverride: env.HGCS_SETUP_PASSWORD });
// The key that seals TOTP secrets: legacy plain secrets are sealed now; a wrong or malformed key stops here, in one sentence.
const secretKey = await loadSecretKey({ dataDir: env.HGCS_DATA_DIR, fromEnv: env.HGCS_SECRET_KEY })
  .then(async (key) => (await prepareTotpSecrets(database.db, key), key))
  .catch((error: unknown) =>
    error instanceof SecretKeyError || error instanceof SecretKeyMismatchError
      ? (process.stderr.write(`${error.message}\n`), process.exit(1))
      : refuse(error),
  );
const internalKey = await loadInternalKey({ dataDir: env.HGCS_DATA_DIR, fromEnv: env.HGCS_INTERNAL_KEY });
const trustedProxies = env.TRUSTED_PROXIES.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const evidenceDir = env.EVIDENCE_DIR ?? join(env.HGCS_DATA_DIR, 'evidence');
const health = healthCheck({ db: database.db, evidenceDir });
const clock = configuredClock(env.HGCS_CLOCK_START);
if (env.HGCS_CLOCK_START) log.warn({ clockStart: env.HGCS_CLOCK_START }, 'clock set by HGCS_CLOCK_START');
const app = createApp({
  db: database.db,
  log,
  clock,
  internalKey,
  secretKey,
  trustedProxies,
  health,
  evidence: diskEvidenceStore(evidenceDir),
  portalUrl: env.PORTAL_URL,
  corsOrigins: env.CORS_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean),
});
http.serve(app.fetch);
log.info(
  { port: env.API_PORT, embedded: database.embedded, seeded: boot.seeded, ms: Math.round(performance.now() - started) },
  'API ready',
);
for (const admin of boot.admins) {
  process.stdout.write(
    `\n  Lần đăng nhập đầu tiên / First sign-in — ${admin.communeName}\n${firstSignInLines({ username: admin.username, password: admin.setupPassword, once: false })}\n`,
  );
}

// Closed cases past their retention period are pseudonymised once a day (Law 91/2025 Art. 3; PDP-09): counts only in the log.
startRetentionJob({
  db: database.db,
  clock,
  onDone: ({ pseudonymised }) => {
    if (pseudonymised > 0) log.info({ count: pseudonymised }, 'closed cases pseudonymised');
  },
  onError: (error) => log.error({ err: { code: loggableErrorCode(error) } }, 'retention job failed'),
});

const watch = watchDatabase({
  db: database.db,
  giveUpAfter: database.embedded ? 3 : Infinity,
  onDown: () => log.error('database down'),
  onUp: () => log.info('database back'),
  onGiveUp: () => {
    process.stderr.write(`${operatorText('STARTUP.DATABASE_LOST')}\n`);
    process.exit(1);
  },
});
// An idle connection broken by the server (it stopped or restarted) is reported here, not thrown: check at once.
database.pool.on('error', (error) => {
  log.warn({ err: { code: loggableErrorCode(error) } }, 'database connection lost');
  void watch.check();
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  watch.stop();
  http?.server.close();
  if (database) await flushRateLimits(database.db); // the read limits' last second of locally admitted hits
  await database?.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
