/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e tier (browser downloads are impossible here;
 * toolchain.md). Installs it with apt-get when missing and we are root; otherwise says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium không có tại ${path}. Cài bằng: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Cài Chromium (apt-get install chromium)…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!existsSync(path)) process.exit(1);
