/**
 * Builds a copy of the small fixture site (tests/fixtures/base) after `mutate`
 * has changed its content folder, and returns the exit status and the output
 * without colours. With `publicFiles`, the build uses a copy of public/ that
 * it has changed (next to it in the same folder: `../<name>` from public/);
 * `inspect` sees the output folder before it is removed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildCommand, buildEnv } from './buildEnv.ts';

export function buildFixture(
  mutate: (content: string) => void,
  options: { publicFiles?: (publicDir: string) => void; inspect?: (outDir: string) => void } = {},
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-'));
  const content = join(dir, 'content');
  cpSync('tests/fixtures/base', content, { recursive: true });
  mutate(content);
  const publicDir = join(dir, 'public');
  if (options.publicFiles) {
    cpSync('public', publicDir, { recursive: true });
    options.publicFiles(publicDir);
  }
  const result = spawnSync(...buildCommand, {
    env: buildEnv({
      CONTENT_DIR: content,
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      ...(options.publicFiles ? { PUBLIC_DIR: publicDir } : {}),
    }),
    encoding: 'utf8',
    // A hang (Pagefind on a huge Chinese entry) must fail the test, not stall the suite.
    timeout: 150_000,
  });
  try {
    if (result.status === 0) options.inspect?.(join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/** Replaces `from` by `to` in a fixture file. */
export function edit(file: string, from: string | RegExp, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}
