/**
 * `pnpm start`: runs the built API (embedded PostgreSQL in ./data unless DATABASE_URL is set), the admin console
 * and the kiosk side by side, prints their addresses once all answer, and stops them together.
 * Ports: API_PORT 3000, ADMIN_PORT 3001, KIOSK_PORT 3002.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const env = process.env;
const apiPort = env.API_PORT ?? '3000';
const adminPort = env.ADMIN_PORT ?? '3001';
const kioskPort = env.KIOSK_PORT ?? '3002';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const started = performance.now();

const children: ChildProcess[] = [];
function run(name: string, args: string[], extra: Record<string, string>) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] dừng bất thường / exited (${code ?? signal}); dừng tất cả.`);
      void stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url: string, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in ${seconds}s`);
}

let stopping = false;
async function stop(code: number) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

run('api', ['apps/api/src/main.ts'], { API_PORT: apiPort, CORS_ORIGINS: `http://localhost:${kioskPort},http://127.0.0.1:${kioskPort}` });
await waitFor(`${apiUrl}/health`);
run('admin', ['apps/admin/server.ts'], { PORT: adminPort, HOST: '127.0.0.1', API_URL: apiUrl });
run('kiosk', ['apps/kiosk/serve.ts'], { KIOSK_PORT: kioskPort, API_URL: apiUrl });
await Promise.all([waitFor(`http://127.0.0.1:${adminPort}/sign-in`), waitFor(`http://127.0.0.1:${kioskPort}/`)]);

console.log(`
  Hòa giải ở cơ sở — xã Pờ Tó: sẵn sàng sau ${((performance.now() - started) / 1000).toFixed(1)} giây
  Bảng điều hành (admin):  http://localhost:${adminPort}
  Ki-ốt công dân (kiosk):  http://localhost:${kioskPort}
  API:                     ${apiUrl}  (kiểm tra: ${apiUrl}/health)
  Dừng: Ctrl+C
`);
