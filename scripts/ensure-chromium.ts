/**
 * The end-to-end tests drive Debian's Chromium. Installs it (with CJK fonts,
 * so Chinese renders in screenshots) when it is missing and we may use apt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Chromium not found at ${path}. Install it (Debian: "sudo apt-get install -y chromium fonts-noto-cjk") or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Installing Chromium and CJK fonts from Debian (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
