/**
 * A quiet build: the real site, built cold into a temporary folder, prints no
 * warning. A warning that every build prints teaches readers of the log to
 * skip warnings; this keeps the log worth reading.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/buildEnv.ts';
import { withAstroLock } from '../helpers/astroLock.ts';

/** Lines a logger marks as warnings: Astro's `[WARN]`, Vite's and npm's `warn`. */
const warningLines = (output: string): string[] => output.split('\n').filter((line) => /\[warn\]|\bwarn(ing)?\b/i.test(line));

describe('npm run build', () => {
  it('prints no warning on a cold build of the real site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiet-build-'));
    try {
      // Through npm, whose own warnings count too (no buildCommand); one Astro run at a time in the checkout.
      const result = withAstroLock(() =>
        spawnSync('npm', ['run', 'build'], {
          // A build meant for deployment names its origin; without SITE_URL the build rightly warns.
          env: buildEnv({ OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache'), SITE_URL: 'https://example.org' }),
          encoding: 'utf8',
        }),
      );
      const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
      expect(result.status, output).toBe(0);
      expect(output).toContain('[build] Complete!');
      expect(warningLines(output)).toEqual([]);
      // Its few cases are listed inline: no listing pages (tests/build/listings.test.ts).
      expect(existsSync(join(dir, 'dist/fr/list'))).toBe(false);
      expect(existsSync(join(dir, 'dist/fr/index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
