/**
 * Benchmark target B: the product's API (Hono + tRPC + session + permission + commune scope + PostgreSQL) on the
 * database at argv[2], port argv[3]. Logging off: we measure the request path, not the terminal.
 */
import { serve } from '@hono/node-server';
import { connect } from '@hgcs/db';
import { diskEvidenceStore } from '@hgcs/api';
import { createApp } from '@hgcs/api-server/app';
import { randomBytes } from 'node:crypto';
import pino from 'pino';

const { db } = connect(process.argv[2]!, { max: 10 });
const app = createApp({
  db,
  log: pino({ level: 'silent' }),
  evidence: diskEvidenceStore('/tmp/hgcs-bench-evidence'),
  corsOrigins: [],
  secretKey: randomBytes(32),
});
serve({ fetch: app.fetch, port: Number(process.argv[3]), hostname: '127.0.0.1' }, () => process.send?.('ready'));
