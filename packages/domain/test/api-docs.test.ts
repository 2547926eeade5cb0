/**
 * The API reference: TypeDoc (typedoc.json, `pnpm --filter @hgcs/domain docs`) builds it from the doc comments of
 * `src/index.ts` with warnings treated as errors — a public signature that names an unexported type, or a broken
 * `{@link}`, fails here. Written to a temp dir, not to docs/api.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { packageDir } from './packed-package.ts';

const out = mkdtempSync(join(tmpdir(), 'hgcs-domain-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('generates the API reference without a warning, with pages for the rules and their doc comments', () => {
  const log = execFileSync('pnpm', ['exec', 'typedoc', '--out', out], {
    cwd: packageDir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(log).not.toMatch(/warning|error/i);
  for (const page of [
    'index.html',
    'functions/computeDeadline.html',
    'classes/DomainError.html',
    'variables/poToPlan.html',
  ]) {
    expect(existsSync(join(out, page)), page).toBe(true);
  }
  expect(readFileSync(join(out, 'functions/computeDeadline.html'), 'utf8')).toContain('Civil Code 2015 Art. 147');
}, 600_000); // TypeDoc reads the whole package: on a loaded 2-core machine it has taken over 4 minutes
