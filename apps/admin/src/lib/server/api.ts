/**
 * The server-side tRPC client: every call carries the user's bearer token and goes as POST, so no input ever
 * appears in a URL or an access log. It also names the browser's address to the API (for its rate limits).
 */
import type { AppRouter } from '@hgcs/api';
import {
  errorLines,
  errorText,
  fieldErrorText,
  type ErrorDetailText,
  type FieldError,
  type Lang,
  type Params,
} from '@hgcs/i18n';
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

type ErrorData = {
  httpStatus?: number;
  domainCode?: string;
  params?: Params;
  fields?: Record<string, FieldError>;
  details?: ErrorDetailText[];
};

/**
 * A failed API call in the user's language: the API sends a domain code with its parameters, per-field codes and
 * located details (docs/decisions.md 17); the message and each field's text come from the catalogue.
 */
export function apiError(
  error: unknown,
  lang: Lang,
): { status: number; message: string; code: string | undefined; params: Params; fields: Record<string, string> } {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorData;
    const code = data.domainCode ?? (data.httpStatus === 401 ? 'AUTH.UNAUTHENTICATED' : 'INTERNAL');
    const fields = Object.fromEntries(
      Object.entries(data.fields ?? {}).map(([path, f]) => [path, fieldErrorText(lang, f)]),
    );
    const message = data.details?.length
      ? errorLines(lang, { code, params: data.params, details: data.details }).join('\n')
      : errorText(lang, code, data.params);
    return { status: data.httpStatus ?? 500, message, code: data.domainCode, params: data.params ?? {}, fields };
  }
  throw error;
}
