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
/** Clips played once, kept with the build that made them (a changed text has new audio under the same name). */
const audioCache = `audio-${version}`;
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
      .then((keys) =>
        Promise.all(keys.filter((k) => ![shell, data, audioCache].includes(k)).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

/** The network's answer, kept for later; the kept one when the network does not answer. */
async function networkFirst(request: Request, fallback?: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.status === 200) await (await caches.open(data)).put(request, response.clone());
    return response;
  } catch (error) {
    const kept = (await caches.match(request)) ?? (fallback ? await caches.match(fallback) : undefined);
    if (kept) return kept;
    throw error;
  }
}

/**
 * A read-aloud clip: the kept one, else the whole file from the network, kept. The player asks for byte ranges; a
 * partial (206) answer cannot be kept, so the whole file is fetched and answered (the player accepts it).
 */
async function audioClip(request: Request): Promise<Response> {
  const kept = await caches.match(request.url, { cacheName: audioCache });
  if (kept) return kept;
  const response = await fetch(request.url);
  if (response.status === 200) await (await caches.open(audioCache)).put(request.url, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  // The read-aloud audio (/audio/vi/<key>.wav) is fetched only when "Nghe" is pressed, then kept for offline; its
  // manifest is read from the network first.
  if (url.pathname.startsWith('/audio/') && !url.pathname.endsWith('.json'))
    return event.respondWith(audioClip(request));
  if (url.pathname === '/config.json' || url.pathname.startsWith('/trpc/') || url.pathname.startsWith('/audio/'))
    return event.respondWith(networkFirst(request));
  if (request.mode === 'navigate') {
    const page = url.pathname === '/' ? '/' : url.pathname.replace(/\/$/, '');
    return event.respondWith(caches.match(page).then(async (kept) => kept ?? networkFirst(request, '/404')));
  }
  if (shellFiles.includes(url.pathname))
    return event.respondWith(caches.match(url.pathname).then((kept) => kept ?? fetch(request)));
});
