/**
 * The kiosk's first screen stays under 60 KB of JavaScript, gzipped (issue 9: a kiosk on a slow line): the scripts
 * index.html loads, everything they import statically, and the route nodes it starts with. The message catalogue
 * is tree-shaken: none of the console's texts reach the kiosk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const build = join(import.meta.dirname, '../../../apps/kiosk/build');

function firstScreen(): string[] {
  const html = readFileSync(join(build, 'index.html'), 'utf8');
  const nodes = JSON.parse(/node_ids:\s*(\[[\d,\s]*\])/.exec(html)?.[1] ?? '[]') as number[];
  const nodeDir = join(build, '_app/immutable/nodes');
  const nodeFiles = readdirSync(nodeDir)
    // The scripts themselves, not the build's precompressed copies beside them (.js.br, .js.gz).
    .filter((f) => f.endsWith('.js') && nodes.some((n) => f.startsWith(`${n}.`)))
    .map((f) => join(nodeDir, f));
  const queue = [
    // Asset paths are absolute (`/_app/…`, vite.config.ts), read from the build folder.
    ...[...html.matchAll(/["'](?:\.?\/)(_app\/[^"']+\.js)["']/g)].map((m) => resolve(build, m[1]!)),
    ...nodeFiles,
  ];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1]!));
  }
  return [...seen];
}

it('ships a first screen under 60 KB of gzipped JavaScript, with no console texts', () => {
  const files = firstScreen();
  expect(files.length).toBeGreaterThan(3);
  const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  expect(gzipped).toBeLessThan(60 * 1024);
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(code).toContain('Xin chào! Chúng tôi có thể giúp gì cho bà con?');
  expect(code).not.toContain('Nhật ký hệ thống');
  expect(code).not.toContain('Tên đăng nhập hoặc mật khẩu không đúng');
});
