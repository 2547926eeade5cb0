/**
 * `pnpm audit:verify`: checks the audit log's hash chains of the database at DATABASE_URL, or else of the embedded
 * database in HGCS_DATA_DIR (default ./data) — the running one when the API is up, otherwise started just for the
 * check. Prints OK with the number of rows, or names the first broken row and exits 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded.ts';
import { verifyAuditChain } from '../verify-audit-chain.ts';
import { env } from './env.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The URL of the database to check, and how to let go of it afterwards. */
async function target(): Promise<{ url: string; release: () => Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, release: async () => {} };
  const dir = join(resolve(env.INIT_CWD ?? process.cwd(), env.HGCS_DATA_DIR ?? join(repoRoot, 'data')), 'postgres');
  if (!existsSync(join(dir, 'pgdata', 'PG_VERSION')))
    throw new Error(`Không có cơ sở dữ liệu trong ${dir} / no database there`);
  const password = readFileSync(join(dir, 'password'), 'utf8').trim();
  const running = runningPort(join(dir, 'pgdata', 'postmaster.pid'));
  if (running) return { url: `postgres://hgcs:${password}@127.0.0.1:${running}/hgcs`, release: async () => {} };
  const server = await startEmbeddedPostgres(dir);
  return { url: server.url('hgcs'), release: server.stop };
}

/** The port of the PostgreSQL serving this data directory now, if one does. */
function runningPort(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return Number(port) || null;
  } catch {
    return null;
  }
}

const { url, release } = await target();
const client = new pg.Client({ connectionString: url });
let code = 0;
try {
  await client.connect();
  const report = await verifyAuditChain(client);
  if (report.ok) {
    process.stdout.write(
      `OK: nhật ký kiểm toán nguyên vẹn, ${report.count} dòng / audit log intact, ${report.count} rows\n`,
    );
  } else {
    const what =
      report.reason === 'hash'
        ? 'nội dung bị sửa / content changed'
        : 'mắt xích bị đứt (dòng trước bị xóa hoặc chèn) / link broken (a row before it removed or inserted)';
    process.stdout.write(`HỎNG / BROKEN: dòng nhật ký id ${report.brokenId} — ${what}\n`);
    code = 1;
  }
} finally {
  await client.end().catch(() => undefined);
  await release();
}
process.exit(code);
