/** Database health for /health: the database must answer a trivial query, quickly. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

/** True when the database answers `select 1` within `timeoutMs` (a dead or hung server is "down", not a wait). */
export async function ping(db: Db, { timeoutMs = 2000 }: { timeoutMs?: number } = {}): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
