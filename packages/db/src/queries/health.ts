/** Database health for /health. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
