/**
 * The lean path for one tRPC query over GET — `/trpc/<path>` or `/trpc/<path>?input=<json>`, no batch, no other
 * parameter, no `Origin` header (a same-site call: the console's and kiosk's servers). The procedure is called
 * directly, with the same context and middleware chain, and the answer keeps tRPC's wire format: `{"result":{"data":…}}`,
 * or `{"error":<shape>}` from the router's own error formatter with tRPC's HTTP status for it, and `onError` is told.
 * What it saves per call is the fetch adapter's undici Request, Headers, AbortSignals and Response and their copies
 * (see the profile notes in tooling/bench/src/run.ts). Anything else — a batch, a mutation, an unknown path, an
 * input that is not JSON, a cross-site request — returns null and goes on to @hono/trpc-server unchanged.
 */
import { appRouter, type Context } from '@hgcs/api';
import { getErrorShape, getTRPCErrorFromUnknown, transformTRPCResponse, type TRPCError } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';

type CallOptions = {
  path: string;
  ctx: Context;
  getRawInput: () => Promise<unknown>;
  type: 'query';
  signal: undefined;
  batchIndex: 0;
};
type Procedure = ((opts: CallOptions) => Promise<unknown>) & { _def: { type: string } };

const procedures = appRouter._def.procedures as unknown as Record<string, Procedure | undefined>;
const config = appRouter._def._config;

/** A query this path answers: its procedure, path and parsed input. */
export type LeanQuery = { procedure: Procedure; path: string; input: unknown };

/** What `onError` hears: as @hono/trpc-server's `onError` (error, path, context when it was built). */
export type QueryError = { error: TRPCError; path: string; ctx: Context | undefined };

/**
 * The query of a GET's path (after `/trpc/`) and query string (without `?`), or null when tRPC's adapter should answer.
 * @example leanQueryOf('commune.villages', '') // → { path: 'commune.villages', input: undefined, procedure }
 */
export function leanQueryOf(path: string, search: string): LeanQuery | null {
  const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
  if (!procedure || procedure._def.type !== 'query') return null;
  if (search === '') return { procedure, path, input: undefined };
  if (!search.startsWith('input=') || search.includes('&')) return null;
  try {
    // As URLSearchParams reads it ('+' is a space); an empty input is no input, as in tRPC.
    const text = decodeURIComponent(search.slice(6).replaceAll('+', ' '));
    return { procedure, path, input: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return null; // tRPC's adapter gives its own parse error
  }
}

/** Calls the query with the context `createContext` builds and gives tRPC's status and JSON body. */
export async function answerQuery(
  { procedure, path, input }: LeanQuery,
  createContext: () => Promise<Context>,
  onError: (e: QueryError) => void,
): Promise<{ status: number; body: string }> {
  let ctx: Context | undefined;
  try {
    ctx = await createContext();
    const data = await procedure({
      path,
      ctx,
      getRawInput: () => Promise.resolve(input),
      type: 'query',
      signal: undefined,
      batchIndex: 0,
    });
    return { status: 200, body: JSON.stringify(transformTRPCResponse(config, { result: { data } })) };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    onError({ error, path, ctx });
    const res = { error: getErrorShape({ config, ctx, error, input, path, type: 'query' }) };
    return { status: getHTTPStatusCode(res, [error]), body: JSON.stringify(transformTRPCResponse(config, res)) };
  }
}
