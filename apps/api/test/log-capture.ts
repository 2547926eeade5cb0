/**
 * The logger of every API app the tests start (harness.ts): pino, as in production, writing each line to the
 * test's own array and to the run's log file (given by log-scan.global.ts), so the whole run can be checked for
 * leaks at its end.
 */
import { appendFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { inject } from 'vitest';

export function testLogger(lines: string[]): Logger {
  const file = inject('hgcsApiLogFile');
  return pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        appendFileSync(file, chunk);
        cb();
      },
    }),
  );
}
