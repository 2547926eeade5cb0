/**
 * What /health reports: "down" (503) when the database does not answer or the evidence directory cannot take a
 * file — the two things the product cannot work without. The disk probe is cached for a few seconds so that a busy
 * monitor does not turn into disk writes.
 * @example const health = healthCheck({ db, evidenceDir }); const report = await health();
 */
import { ping, type Db } from '@hgcs/db';
import { probeWritable } from './probe-writable.ts';

export type HealthReport = { status: 'ok' | 'down'; database: 'up' | 'down'; evidence?: 'up' | 'down' };
export type HealthCheck = () => Promise<HealthReport>;

/** Builds the check; without `evidenceDir` only the database is checked. `now` in milliseconds (tests fix it). */
export function healthCheck({
  db,
  evidenceDir,
  cacheMs = 5000,
  now = Date.now,
}: {
  db: Db;
  evidenceDir?: string;
  cacheMs?: number;
  now?: () => number;
}): HealthCheck {
  let cached: { at: number; up: boolean } | null = null;
  const evidenceUp = async () => {
    if (!evidenceDir) return undefined;
    if (!cached || now() - cached.at >= cacheMs) cached = { at: now(), up: await probeWritable(evidenceDir) };
    return cached.up;
  };
  return async () => {
    const [database, evidence] = await Promise.all([ping(db), evidenceUp()]);
    const report: HealthReport = {
      status: database && evidence !== false ? 'ok' : 'down',
      database: database ? 'up' : 'down',
    };
    if (evidence !== undefined) report.evidence = evidence ? 'up' : 'down';
    return report;
  };
}
