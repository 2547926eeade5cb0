/** Whether a directory can take a new file now: creates it if missing, writes a small probe file and removes it. */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** True when a probe file could be written (and flushed) in `dir` and removed again. */
export async function probeWritable(dir: string): Promise<boolean> {
  const probe = join(dir, `.health-probe-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(probe, 'ok', { flush: true });
    await rm(probe);
    return true;
  } catch {
    await rm(probe, { force: true }).catch(() => undefined);
    return false;
  }
}
