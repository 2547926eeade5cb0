/**
 * Takes the API's port before anything slow happens (the database), so a port in use is one clear line and
 * exit 1 — never a stack, never "ready". Until the app is handed over, every request gets 503 "starting".
 */
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { DomainError } from '@hgcs/domain';

export type Listening = {
  server: ServerType;
  serve: (fetch: (request: Request) => Response | Promise<Response>) => void;
};

/** Listens on 127.0.0.1:`port`; rejects with STARTUP.PORT_IN_USE when the port is taken. */
export async function listen(port: number): Promise<Listening> {
  let handler = (_: Request): Response | Promise<Response> => Response.json({ status: 'starting' }, { status: 503 });
  const server = createAdaptorServer({ fetch: (request: Request) => handler(request), hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new DomainError('STARTUP.PORT_IN_USE', { port })
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, serve: (fetch) => (handler = fetch) };
}
