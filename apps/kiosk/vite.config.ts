import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { communeTextsPlugin } from './commune-texts-plugin.ts';
import { configHandler, kioskCommune } from './kiosk-config.ts';

// A static shell: every page prerendered, data fetched from the API's public procedures at run time.
export default defineConfig({
  plugins: [
    // The commune's Bahnar and Jrai texts over the catalogue's: `m['key']` reads them first (commune-texts-plugin.ts).
    communeTextsPlugin(),
    sveltekit({
      // Precompressed (.br and .gz beside each script, style and page; serve.ts sends them): the service worker's
      // precache of the shell and a request's journey stay small on a slow line (tooling/bench/src/kiosk.ts).
      adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true, precompress: true }),
      // Absolute asset paths: the not-found page is served at any address (/a/b/c too), and its scripts — with the
      // inactivity reset — must load from there (relative paths would point under /a/b/).
      paths: { relative: false },
    }),
    // `vite dev` answers /config.json like serve.ts (the kiosk's commune comes from KIOSK_COMMUNE, not the build).
    {
      name: 'kiosk-config',
      configureServer: (server) => {
        const serve = configHandler(kioskCommune(process.env));
        server.middlewares.use((req, res, next) => serve(req, res) || next());
      },
    },
  ],
  server: { proxy: { '/trpc': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
