/**
 * vitest globalSetup of apps/api (listed first, so its check runs after the database has stopped): gives the run one log file that every test's app writes to (log-capture.ts) and,
 * when the run ends, fails it if any line holds planted personal data, a password, an argon2 hash or a failed
 * query's text (log-markers.ts), or if no app logged at all (the capture would be broken).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { leaksIn } from './log-markers.ts';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-api-logs-'));
  const file = join(dir, 'api.ndjson');
  writeFileSync(file, '');
  project.provide('hgcsApiLogFile', file);
  return () => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const lines = text.split('\n').filter(Boolean).length;
    const leaks = leaksIn(text);
    if (leaks.length)
      throw new Error(`API logs of this test run leak ${leaks.join(', ')} (${lines} lines kept in ${file})`);
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(
      `API logs of this run: ${lines} lines checked, no personal data, password, hash or query text\n`,
    );
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The file every API app of this test run logs to. */
    hgcsApiLogFile: string;
  }
}
