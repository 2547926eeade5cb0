/**
 * The commune a kiosk serves comes from its configuration — `KIOSK_COMMUNE` (default 24013, xã Pờ Tó) — not from
 * its static build: serve.ts (and `vite dev`) answer `/config.json` with it, and the pages read it at run time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The configured commune code; a malformed one stops the server with one line. */
export function kioskCommune(env: Record<string, string | undefined>): string {
  const commune = env.KIOSK_COMMUNE ?? '24013';
  if (/^\d{5}$/.test(commune)) return commune;
  console.error(
    `KIOSK_COMMUNE phải là mã xã gồm 5 chữ số (đang là "${commune}") / KIOSK_COMMUNE must be a 5-digit commune code.`,
  );
  process.exit(1);
}

/** A handler that answers `GET /config.json` with `{ commune }` and returns true, or leaves the request and returns false. */
export function configHandler(commune: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const body = JSON.stringify({ commune });
  return (req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/config.json' || (req.method !== 'GET' && req.method !== 'HEAD'))
      return false;
    res
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
