/**
 * Serves the built console (adapter-node's handler) on node:http. SvelteKit 3 fixes the origin at build time or
 * assumes https; here the protocol is set per deployment: ADMIN_PROTOCOL=http on the commune's LAN (default),
 * https behind a TLS proxy. The header is always overwritten, so a client cannot spoof it.
 * The client's address (for the API's rate limits) is the socket's peer, or — when the peer is one of
 * ADMIN_TRUSTED_PROXIES (addresses or CIDR ranges, default none) — the right-most untrusted X-Forwarded-For
 * address; it reaches SvelteKit as `getClientAddress()` through an overwritten header.
 * Every response carries nosniff, Referrer-Policy same-origin, X-Frame-Options DENY, and HSTS under https (HD-01);
 * same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` with a form POST, which SvelteKit's
 * CSRF check rightly refuses (every form of the console answered 403); same-origin still sends nothing to other sites.
 * the CSP comes from SvelteKit (vite.config.ts), Cache-Control no-store from the hooks.
 * Evidence files (≤ 10 MB) pass through the console's form action, so the body limit is 11 MB, not adapter-node's
 * 512 KB default (BODY_SIZE_LIMIT overrides it).
 * PORT (default 3001), HOST (default 127.0.0.1), HGCS_DATA_DIR (default <repo>/data: the internal key's folder).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import proxyaddr from 'proxy-addr';

const protocol = process.env.ADMIN_PROTOCOL === 'https' ? 'https' : 'http';
const trust = proxyaddr.compile(
  (process.env.ADMIN_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
process.env.PROTOCOL_HEADER = 'x-hgcs-proto';
process.env.ADDRESS_HEADER = 'x-hgcs-client';
process.env.BODY_SIZE_LIMIT ??= '11M';
process.env.HGCS_DATA_DIR ??= fileURLToPath(new URL('../../data', import.meta.url));
// The build is generated; import it by a computed path so typechecking does not walk into it.
const built = './build/handler.js';
const { handler } = (await import(built)) as { handler: (req: unknown, res: unknown, next: () => void) => void };
const port = Number(process.env.PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';

const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  ...(protocol === 'https' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
};

createServer((req, res) => {
  req.headers['x-hgcs-proto'] = protocol;
  req.headers['x-hgcs-client'] = proxyaddr(req, trust);
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  handler(req, res, () => res.writeHead(404).end('Không tìm thấy'));
}).listen(port, host, () => console.log(`admin on ${protocol}://${host}:${port}`));
