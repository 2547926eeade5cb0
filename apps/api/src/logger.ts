/**
 * The API's logger: pino, one JSON line per event. Lines carry ids, paths, statuses and error codes only (ANM-07);
 * the redaction is a second net for anything that slips in under a telling name. Writes are asynchronous (pino's
 * sonic-boom destination with `sync: false`): a request's line costs its serialisation, and lines that come while a
 * write is in flight go out together in the next one — no blocking write per request. pino flushes the buffer when
 * the process exits.
 */
import pino, { type Logger } from 'pino';

/** The logger at `level`, writing to file descriptor or path `dest` (default stdout). */
export function apiLogger(level: string, dest: number | string = 1): Logger {
  return pino(
    {
      level,
      base: { app: 'api' },
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'params',
          '*.params',
          'body',
          '*.body',
          'input',
          '*.input',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ dest, sync: false }),
  );
}
