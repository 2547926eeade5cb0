/**
 * The kiosk without the network (issue 12, point 8): at install, the app's shell — its scripts and styles
 * (`immutable`), static files (`assets`) and prerendered pages (`prerendered`), SvelteKit 3's `$app/manifest` — is cached; the data the screens read
 * (`/config.json` and the kiosk's public GETs under /trpc: the commune's teams, plan, progress, materials) is
 * fetched from the network first and kept, and answered from the cache when the network is down. Writes (POSTs)
 * are never cached: a request made offline waits in the page's outbox (lib/outbox.svelte.ts).
 */
import { version } from '$app/env';
import { assets, immutable, prerendered } from '$app/manifest';
import { self as sw } from '$app/service-worker';

const shell = `shell-${version}`;
const data = 'data';
/** The read-aloud audio (5 MB) is not part of the shell: a clip is fetched when "Nghe" is pressed, then kept. */
const shellFiles = [
  ...new Set([...immutable, ...assets, ...prerendered].map((f) => `/${f.path.replace(/^\//, '')}`)),
].filter((path) => !path.startsWith('/audio/'));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(shell)
      .then((cache) => cache.addAll(shellFiles))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== shell && k !== data).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

/** The network's answer, kept for later; the kept one when the network does not answer. */
async function networkFirst(request: Request, fallback?: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(data)).put(request, response.clone());
    return response;
  } catch (error) {
    const kept = (await caches.match(request)) ?? (fallback ? await caches.match(fallback) : undefined);
    if (kept) return kept;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  // The read-aloud audio (/audio/vi/<key>.wav) is fetched only when "Nghe" is pressed, then kept for offline.
  if (url.pathname === '/config.json' || url.pathname.startsWith('/trpc/') || url.pathname.startsWith('/audio/'))
    return event.respondWith(networkFirst(request));
  if (request.mode === 'navigate') {
    const page = url.pathname === '/' ? '/' : url.pathname.replace(/\/$/, '');
    return event.respondWith(caches.match(page).then(async (kept) => kept ?? networkFirst(request, '/404')));
  }
  if (shellFiles.includes(url.pathname))
    return event.respondWith(caches.match(url.pathname).then((kept) => kept ?? fetch(request)));
});
