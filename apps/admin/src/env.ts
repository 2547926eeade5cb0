/** The admin server's environment (SvelteKit 3 explicit variables). */
import { defineEnvVars } from '@sveltejs/kit/env';

export const variables = defineEnvVars({
  /** Where the API listens; the browser never talks to it, only this server does. */
  API_URL: { schema: (value: string | undefined) => value ?? 'http://127.0.0.1:3000' },
});
