/**
 * The end-to-end tests drive Debian's Chromium, and Firefox ESR as the second
 * engine. Installs what is missing (with CJK fonts, so Chinese renders in
 * screenshots) when we may use apt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const missing = [...(existsSync(chromiumPath()) ? [] : ['chromium']), ...(existsSync(firefox) ? [] : ['firefox-esr'])];
if (!missing.length) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Not found: ${missing.join(', ')}. Install them (Debian: "sudo apt-get install -y ${missing.join(' ')} fonts-noto-cjk"), or set CHROMIUM_PATH / FIREFOX_PATH.`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} and CJK fonts from Debian (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing, 'fonts-noto-cjk'], { stdio: 'inherit', env });
