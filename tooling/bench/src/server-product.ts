/**
 * Benchmark target B: the product's API (Hono + tRPC + session + permission + commune scope + PostgreSQL) on the
 * database at argv[2], port argv[3], with the bench's secret and internal keys. It logs as in production (info: one
 * line per request, the API's asynchronous logger) into /dev/null: the cost of the line is measured, not the
 * terminal's. SIGTERM exits cleanly, so `--cpu-prof` writes its profile.
 */
import { serve } from '@hono/node-server';
import { connect } from '@hgcs/db';
import { diskEvidenceStore } from '@hgcs/api';
import { createApp } from '@hgcs/api-server/app';
import { apiLogger } from '@hgcs/api-server/logger';
import { benchInternalKey, benchSecretKey } from './setup.ts';

const { db } = connect(process.argv[2]!, { max: 10 });
const app = createApp({
  db,
  log: apiLogger('info', '/dev/null'),
  evidence: diskEvidenceStore('/tmp/hgcs-bench-evidence'),
  corsOrigins: [],
  secretKey: benchSecretKey,
  internalKey: benchInternalKey,
});
serve({ fetch: app.fetch, port: Number(process.argv[3]), hostname: '127.0.0.1' }, () => process.send?.('ready'));
process.on('SIGTERM', () => process.exit(0));
// The profiler's clock (µs), so `profile.ts` can keep only the samples taken under load.
process.on('message', () => process.send?.(String(process.hrtime.bigint() / 1000n)));
