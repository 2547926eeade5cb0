/**
 * Watches the database while the API runs: a `select 1` every few seconds (and at once when the pool reports a
 * broken connection). It says when the database goes down and comes back; after `giveUpAfter` failed checks in a
 * row it gives up — for the embedded PostgreSQL, which nothing else would restart, the host then exits non-zero so
 * its supervisor (start-all) restarts the API and with it the database. An external database is waited for: the
 * pool reconnects by itself once it answers again.
 */
import { ping, type Db } from '@hgcs/db';

type Watch = {
  db: Db;
  intervalMs?: number;
  giveUpAfter?: number;
  onDown: () => void;
  onUp: () => void;
  onGiveUp: () => void;
};

/** Starts watching; returns `check` (run a check now) and `stop`. */
export function watchDatabase({ db, intervalMs = 2000, giveUpAfter = Infinity, onDown, onUp, onGiveUp }: Watch) {
  let failures = 0;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    const up = await ping(db, { timeoutMs: intervalMs });
    running = false;
    if (up) {
      if (failures > 0) onUp();
      failures = 0;
      return;
    }
    if (++failures === 1) onDown();
    if (failures >= giveUpAfter) onGiveUp();
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
