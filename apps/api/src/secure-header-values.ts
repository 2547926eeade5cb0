/**
 * The headers Hono's `secureHeaders()` middleware sets, computed once at start by running that very middleware on a
 * stand-in response: the GET query path (trpc-query.ts) sends them as one precomputed object, so it cannot drift
 * from what every other route gets (http.test.ts compares the two).
 */
import { secureHeaders } from 'hono/secure-headers';

type Middleware = (c: unknown, next: () => Promise<void>) => Promise<unknown>;

async function collect(middleware: Middleware): Promise<Readonly<Record<string, string>>> {
  const values: Record<string, string> = {};
  const headers = {
    set: (name: string, value: string) => void (values[name.toLowerCase()] = value),
    has: () => false,
    delete: () => true,
  };
  await middleware({ res: { headers }, get: () => undefined, set: () => undefined }, async () => undefined);
  return Object.freeze(values);
}

/** Lower-case header name → value, exactly as `secureHeaders()` (default options) sets them. */
export const secureHeaderValues = await collect(secureHeaders() as unknown as Middleware);
