import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// A static shell: every page prerendered, data fetched from the API's public procedures at run time.
export default defineConfig({
  plugins: [sveltekit({ adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }) })],
  server: { proxy: { '/trpc': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
