/**
 * `pnpm start`: runs the built API (embedded PostgreSQL in ./data unless DATABASE_URL is set), the admin console
 * and the kiosk side by side, prints their addresses once all answer, and stops them together. Each is restarted
 * after a growing pause if it stops unexpectedly (the API exits when its database is lost); one that keeps failing
 * right after starting is given up, and then everything stops with exit code 1.
 * Ports: API_PORT 3000, ADMIN_PORT 3001, KIOSK_PORT 3002.
 */
import { fileURLToPath } from 'node:url';
import { supervise, type Supervisor } from './supervise.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const env = process.env;
const apiPort = env.API_PORT ?? '3000';
const adminPort = env.ADMIN_PORT ?? '3001';
const kioskPort = env.KIOSK_PORT ?? '3002';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const started = performance.now();

// A clock set by configuration is for tests and rehearsals: a deployment would date its sign-offs and audit rows wrongly.
if (env.HGCS_CLOCK_START && env.HGCS_CLOCK_ALLOW !== 'yes') {
  console.error(
    'HGCS_CLOCK_START chỉ dùng để kiểm thử; đặt HGCS_CLOCK_ALLOW=yes nếu thật sự muốn. / HGCS_CLOCK_START is for tests only; set HGCS_CLOCK_ALLOW=yes if you really mean it.',
  );
  process.exit(1);
}

const children: Supervisor[] = [];
function run(name: string, args: string[], extra: Record<string, string>) {
  children.push(supervise({ name, args, cwd: root, env: { ...env, ...extra } }, { onGiveUp: () => void stop(1) }));
}

async function waitFor(url: string, seconds = 120) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error(
    `${url} không trả lời sau ${seconds} giây; dừng tất cả. / did not answer in ${seconds} s; stopping everything.`,
  );
  await stop(1);
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map((c) => c.stop()));
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

run('api', ['apps/api/src/main.ts'], {
  API_PORT: apiPort,
  CORS_ORIGINS: `http://localhost:${kioskPort},http://127.0.0.1:${kioskPort}`,
});
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
