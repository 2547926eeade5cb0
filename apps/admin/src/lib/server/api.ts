/**
 * The server-side tRPC client: every call carries the user's bearer token and goes as POST, so no input ever
 * appears in a URL or an access log. It also names the browser's address to the API (for its rate limits).
 */
import type { AppRouter } from '@hgcs/api';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { API_URL } from '$app/env/private';
import { clientHeaders } from './internal-headers.ts';

export function apiFor(token: string | null, requestId: string, client: string | null = null) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${API_URL}/trpc`,
        methodOverride: 'POST',
        headers: () => ({
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          'x-request-id': requestId,
          ...clientHeaders(client),
        }),
      }),
    ],
  });
}
export type Api = ReturnType<typeof apiFor>;

/** The user-facing message and domain code of a failed API call (Vietnamese from the API's one error mapping). */
export function apiError(error: unknown): {
  status: number;
  message: string;
  code: string | undefined;
  fields: Record<string, string>;
} {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { httpStatus?: number; domainCode?: string; fields?: Record<string, string> };
    return { status: data.httpStatus ?? 500, message: error.message, code: data.domainCode, fields: data.fields ?? {} };
  }
  throw error;
}
