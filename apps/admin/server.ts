/**
 * Serves the built console (adapter-node's handler) on node:http. SvelteKit 3 fixes the origin at build time or
 * assumes https; here the protocol is set per deployment: ADMIN_PROTOCOL=http on the commune's LAN (default),
 * https behind a TLS proxy. The header is always overwritten, so a client cannot spoof it.
 * Evidence files (≤ 10 MB) pass through the console's form action, so the body limit is 11 MB, not adapter-node's
 * 512 KB default (BODY_SIZE_LIMIT overrides it).
 * PORT (default 3001), HOST (default 127.0.0.1).
 */
import { createServer } from 'node:http';

const protocol = process.env.ADMIN_PROTOCOL === 'https' ? 'https' : 'http';
process.env.PROTOCOL_HEADER = 'x-hgcs-proto';
process.env.BODY_SIZE_LIMIT ??= '11M';
// The build is generated; import it by a computed path so typechecking does not walk into it.
const built = './build/handler.js';
const { handler } = (await import(built)) as { handler: (req: unknown, res: unknown, next: () => void) => void };
const port = Number(process.env.PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';

createServer((req, res) => {
  req.headers['x-hgcs-proto'] = protocol;
  handler(req, res, () => res.writeHead(404).end('Không tìm thấy'));
}).listen(port, host, () => console.log(`admin on ${protocol}://${host}:${port}`));
