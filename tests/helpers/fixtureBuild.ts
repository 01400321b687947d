/**
 * Builds a copy of the small fixture site (tests/fixtures/base) after `mutate`
 * has changed its content folder, and returns the exit status and the output
 * without colours; `inspect` may read the built site first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from './buildEnv.ts';

export function buildFixture(
  mutate: (content: string) => void,
  /** Reads the build folder (and the fixture's own folder) before they are deleted. */
  inspect?: (dist: string, dir: string) => void,
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-'));
  const content = join(dir, 'content');
  cpSync('tests/fixtures/base', content, { recursive: true });
  mutate(content);
  const result = spawnSync('npm', ['run', '-s', 'build'], {
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') }),
    encoding: 'utf8',
    // A hang (Pagefind on a huge Chinese entry) must fail the test, not stall the suite.
    timeout: 150_000,
  });
  try {
    inspect?.(join(dir, 'dist'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/** Replaces `from` by `to` in a fixture file. */
export function edit(file: string, from: string | RegExp, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}
