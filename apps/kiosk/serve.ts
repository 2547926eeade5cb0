/**
 * Serves the kiosk's static build and forwards the kiosk's public reads to the API, so the kiosk talks to its own
 * origin. Only GETs of exactly `/trpc/<kiosk procedure>` (or a batch of them) and POSTs of exactly
 * `/trpc/<kiosk mutation>` (a JSON body of at most 16 KB) are forwarded; anything else under
 * /trpc — other procedures, `..`, encoded characters — is 404; a public material's file, exactly
 * `/public/materials/<commune>/<id>`, is forwarded too. The API's headers are kept; the client's address
 * goes with the key shared with the API (for its rate limits), a kiosk's device token (X-Kiosk-Device) as sent.
 * Every response carries a CSP allowing only this
 * origin (with the hashes of the build's inline scripts), nosniff, Referrer-Policy no-referrer, frame-ancestors
 * none, and HSTS when served over https (HD-01).
 * KIOSK_PORT (default 3002), API_URL (default http://127.0.0.1:3000), KIOSK_PROTOCOL (http or https, default
 * http), KIOSK_TRUSTED_PROXIES (addresses or CIDR ranges whose X-Forwarded-For is believed, default none),
 * HGCS_DATA_DIR (default <repo>/data: where the API keeps internal.key) or HGCS_INTERNAL_KEY.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import proxyaddr from 'proxy-addr';
import sirv from 'sirv';
import { configHandler, kioskCommune } from './kiosk-config.ts';

/** The procedures the kiosk may call: the kiosk ones of the API (apps/api/test/edge-servers.test.ts checks them). */
const kioskProcedures = ['plan.public', 'progress.public', 'team.public', 'material.public', 'kioskText.public'];
/**
 * The kiosk's writes, each a POST of one procedure with a small JSON body (asking for mediation, checking a request,
 * a registered kiosk checking its token and calling staff, checking a certificate).
 */
const kioskMutations = [
  'kioskRequest.submit',
  'kioskRequest.status',
  'kioskDevice.whoAmI',
  'kioskCall.call',
  'certificate.verify',
];
const maxBody = 16 * 1024;

const port = Number(process.env.KIOSK_PORT ?? 3002);
const serveConfig = configHandler(kioskCommune(process.env));
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const https = process.env.KIOSK_PROTOCOL === 'https';
const trust = proxyaddr.compile(
  (process.env.KIOSK_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const dataDir = process.env.HGCS_DATA_DIR ?? fileURLToPath(new URL('../../data', import.meta.url));
const buildDir = fileURLToPath(new URL('./build', import.meta.url));
// The build's precompressed copies (vite.config.ts) go to browsers that accept them: about a quarter of the bytes.
const files = sirv(buildDir, { etag: true, gzip: true, brotli: true, extensions: ['html'] });
/** The prerendered not-found page (null before the first build). */
const notFoundPage = (() => {
  try {
    return readFileSync(join(buildDir, '404.html'));
  } catch {
    return null;
  }
})();

/** sha256 hashes of the inline scripts of the prerendered pages, so the CSP can allow them and nothing else. */
function inlineScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html'))) {
    for (const [, body] of readFileSync(join(dir, name), 'utf8').matchAll(
      /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
    }
  }
  return [...hashes];
}

const csp = [
  "default-src 'self'",
  `script-src 'self' ${inlineScriptHashes(buildDir).join(' ')}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const securityHeaders: Record<string, string> = {
  'content-security-policy': csp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
};

/** Headers of the API's answer that describe the connection or the encoded body, which fetch has already undone. */
const notPassed = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'upgrade',
  'trailer',
]);

/** True for `/trpc/a.b` or `/trpc/a.b,c.d?…` where every name is a kiosk procedure. */
function isKioskCall(url: string): boolean {
  const path = url.split('?')[0]!;
  const match = /^\/trpc\/([A-Za-z]+\.[A-Za-z]+(?:,[A-Za-z]+\.[A-Za-z]+)*)$/.exec(path);
  return !!match && match[1]!.split(',').every((name) => kioskProcedures.includes(name));
}

let internalKey: string | null = process.env.HGCS_INTERNAL_KEY ?? null;
/** The key shared with the API, read from the data folder until the API has created it. */
function key(): string | null {
  if (internalKey) return internalKey;
  try {
    internalKey = readFileSync(join(dataDir, 'internal.key'), 'utf8').trim() || null;
  } catch {
    internalKey = null;
  }
  return internalKey;
}

/** True for a POST to exactly `/trpc/<kiosk mutation>` (no batch, no query string). */
function isKioskWrite(url: string): boolean {
  const match = /^\/trpc\/([A-Za-z]+\.[A-Za-z]+)$/.exec(url);
  return !!match && kioskMutations.includes(match[1]!);
}

/** The request's body, or null when it is larger than `maxBody`. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A registered kiosk's device token (its own header, never the address), passed on to the API as sent. */
function deviceHeader(req: IncomingMessage): string | null {
  const value = req.headers['x-kiosk-device'];
  return typeof value === 'string' && value.length <= 200 ? value : null;
}

async function forward(req: IncomingMessage, res: ServerResponse, body?: Buffer) {
  const secret = key();
  try {
    const upstream = await fetch(`${api}${req.url}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        ...(secret ? { 'x-hgcs-client': proxyaddr(req, trust), 'x-hgcs-internal-key': secret } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(deviceHeader(req) ? { 'x-kiosk-device': deviceHeader(req)! } : {}),
      },
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!notPassed.has(name)) headers[name] = value;
    });
    res.writeHead(upstream.status, headers);
    if (upstream.body && req.method !== 'HEAD') Readable.fromWeb(upstream.body as never).pipe(res);
    else res.end();
  } catch {
    res
      .writeHead(502, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ error: { message: 'Không kết nối được máy chủ.' } }));
  }
}

/**
 * Any address the kiosk does not have: the prerendered not-found page (routes/404), in Vietnamese, with a way home
 * and the inactivity reset (its scripts run like any page's); the charset is named so it never reads as mojibake.
 */
function notFound(req: IncomingMessage, res: ServerResponse) {
  if (notFoundPage === null)
    return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang');
  res
    .writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
    .end(req.method === 'HEAD' ? undefined : notFoundPage);
}

createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  const url = req.url ?? '/';
  if (serveConfig(req, res)) return;
  if (url === '/trpc' || url.startsWith('/trpc/') || url.startsWith('/trpc?')) {
    if (req.method === 'POST' && isKioskWrite(url)) {
      void readBody(req).then(async (body) => {
        if (body !== null) return forward(req, res, body);
        res
          .writeHead(413, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ error: { message: 'Yêu cầu quá lớn.' } }));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET' }).end();
    if (!isKioskCall(url)) {
      // A person who typed such an address reads the Vietnamese not-found page; a program gets JSON.
      if (notFoundPage !== null && (req.headers.accept ?? '').includes('text/html')) return void notFound(req, res);
      return void res
        .writeHead(404, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ error: { message: 'Không tìm thấy.' } }));
    }
    return void forward(req, res);
  }
  // A public material's file (issue 13, point 3): exactly /public/materials/<commune>/<id>, GET only.
  if (/^\/public\/materials\/\d{5}\/[0-9a-f-]{36}$/.test(url)) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET' }).end();
    return void forward(req, res);
  }
  files(req, res, () => notFound(req, res));
}).listen(port, '127.0.0.1', () => console.log(`kiosk on http://127.0.0.1:${port}`));
