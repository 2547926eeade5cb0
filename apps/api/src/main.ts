/**
 * Starts the API: opens the database (embedded PostgreSQL in ./data/postgres unless DATABASE_URL is set),
 * migrates under a lock, seeds xã Pờ Tó on first run, prints the first administrator's one-time setup password,
 * and serves HTTP. Stops cleanly on SIGINT/SIGTERM.
 */
import { serve } from '@hono/node-server';
import { bootstrap, diskEvidenceStore } from '@hgcs/api';
import { openDatabase } from '@hgcs/db';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from './app.ts';
import { env } from './env.ts';
import { postgresLogLine } from './postgres-log-line.ts';

// Log lines carry ids, paths, statuses and error codes only (ANM-07); the redaction is a second net for anything
// that slips in under a telling name.
const log = pino({
  level: env.LOG_LEVEL, base: { app: 'api' },
  redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'params', '*.params', 'body', '*.body', 'input', '*.input'], censor: '[redacted]' },
});
const started = performance.now();
const database = await openDatabase({
  url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL, dataDir: join(env.HGCS_DATA_DIR, 'postgres'),
  log: (m) => log.debug({ pg: postgresLogLine(m) }, 'postgres'), warn: (m) => log.warn(m),
});
const boot = await bootstrap(database.db, { setupPasswordOverride: env.HGCS_SETUP_PASSWORD });
const app = createApp({ db: database.db, log, evidence: diskEvidenceStore(env.EVIDENCE_DIR ?? join(env.HGCS_DATA_DIR, 'evidence')), corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) });
const server = serve({ fetch: app.fetch, port: env.API_PORT, hostname: '127.0.0.1' }, (info) => {
  log.info({ port: info.port, embedded: database.embedded, seeded: boot.seeded, ms: Math.round(performance.now() - started) }, 'API ready');
  for (const admin of boot.admins) {
    process.stdout.write(
      `\n  Lần đăng nhập đầu tiên / First sign-in — ${admin.communeName}\n  Tên đăng nhập / username: ${admin.username}\n  Mật khẩu cài đặt (dùng một lần) / one-time setup password: ${admin.setupPassword}\n  (Đổi mật khẩu và cài đặt xác thực hai lớp ngay khi đăng nhập.)\n\n`,
    );
  }
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
