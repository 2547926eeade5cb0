/**
 * A dedicated connection that LISTENs on one PostgreSQL channel and reconnects when it drops. While it is not
 * listening, `onState(false)` tells the caller to stop trusting anything it caches on the strength of the channel.
 */
import pg from 'pg';
import type { Db } from './client.ts';

export type Listener = { close: () => Promise<void> };

/** Listens on `channel` with the pool settings of `db`; messages go to `onMessage`, connection state to `onState`. */
export function listen(
  db: Db,
  channel: string,
  {
    onMessage,
    onState,
    retryMs = 1000,
  }: { onMessage: (payload: string) => void; onState: (listening: boolean) => void; retryMs?: number },
): Listener {
  const options = (db as unknown as { $client: pg.Pool & { options: pg.ClientConfig } }).$client.options;
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    onState(false);
    client?.removeAllListeners();
    client?.end().catch(() => undefined);
    client = null;
    if (!closed) timer = setTimeout(() => void start(), retryMs).unref();
  };
  const start = async () => {
    const c = new pg.Client({ ...options, statement_timeout: undefined });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '');
    });
    c.on('error', retry);
    c.on('end', () => {
      if (!closed && client === c) retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (closed) return void (await c.end());
      onState(true);
    } catch {
      if (client === c) retry();
    }
  };
  void start();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      onState(false);
      const c = client;
      client = null;
      c?.removeAllListeners();
      await c?.end().catch(() => undefined);
    },
  };
}
