/** The admin server's environment (SvelteKit 3 explicit variables). */
import { defineEnvVars } from '@sveltejs/kit/env';

export const variables = defineEnvVars({
  /** Where the API listens; the browser never talks to it, only this server does. */
  API_URL: { schema: (value: string | undefined) => value ?? 'http://127.0.0.1:3000' },
  /** Where the internal key shared with the API lives (`internal.key`); server.ts sets the default. */
  HGCS_DATA_DIR: { schema: (value: string | undefined) => value ?? null },
  /** The internal key itself, when given by the environment instead of the file. */
  HGCS_INTERNAL_KEY: { schema: (value: string | undefined) => value ?? null },
});
