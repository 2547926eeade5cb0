/**
 * Serves the kiosk's static build and forwards /trpc to the API, so the kiosk talks to its own origin.
 * KIOSK_PORT (default 3002), API_URL (default http://127.0.0.1:3000).
 */
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { configHandler, kioskCommune } from './kiosk-config.ts';

const port = Number(process.env.KIOSK_PORT ?? 3002);
const serveConfig = configHandler(kioskCommune(process.env));
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const files = sirv(fileURLToPath(new URL('./build', import.meta.url)), { etag: true, gzip: false, extensions: ['html'] });

createServer(async (req, res) => {
  if (serveConfig(req, res)) return;
  if (req.url?.startsWith('/trpc/')) {
    if (req.method !== 'GET') { res.writeHead(405).end(); return; }
    try {
      const upstream = await fetch(`${api}${req.url}`, { headers: { 'x-forwarded-for': req.socket.remoteAddress ?? '' } });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      if (upstream.body) Readable.fromWeb(upstream.body as never).pipe(res);
      else res.end();
    } catch {
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'Không kết nối được máy chủ.' } }));
    }
    return;
  }
  files(req, res, () => {
    res.writeHead(404).end('Không tìm thấy');
  });
}).listen(port, '127.0.0.1', () => console.log(`kiosk on http://127.0.0.1:${port}`));
