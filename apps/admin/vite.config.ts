import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// HD-01: the CSP comes with each page (hashes of SvelteKit's inline scripts); server.ts adds the other headers.
export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ out: 'build' }),
      csp: {
        mode: 'hash',
        directives: {
          'default-src': ['self'],
          'img-src': ['self', 'data:'],
          'style-src': ['self', 'unsafe-inline'],
          'connect-src': ['self'],
          'object-src': ['none'],
          'frame-ancestors': ['none'],
          'form-action': ['self'],
          'base-uri': ['none'],
        },
      },
    }),
  ],
});
