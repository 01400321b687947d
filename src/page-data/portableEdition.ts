/**
 * The portable edition's name and date, the same for the footer's download
 * link (rendered with the pages) and for the build step that writes the zip.
 *
 * The date is the build's, read deterministically: SOURCE_DATE_EPOCH when set
 * (the reproducible-builds convention), else the date of the last commit, so
 * the same sources always give the same name and the same zip bytes (every
 * file in the zip carries this date). Outside a git checkout without
 * SOURCE_DATE_EPOCH, 1980-01-01 (the earliest date a zip can hold) and a warning.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EditionDate {
  date: Date;
  /** Where the date comes from, for the build log. */
  source: 'SOURCE_DATE_EPOCH' | 'last commit' | 'none (1980-01-01)';
}

export function editionDate(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): EditionDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch))
      throw new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970 (e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)).`);
    return { date: new Date(Number(epoch) * 1000), source: 'SOURCE_DATE_EPOCH' };
  }
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) return { date: new Date(Number(seconds) * 1000), source: 'last commit' };
  } catch {
    // Not a git checkout: the fallback below.
  }
  return { date: new Date(Date.UTC(1980, 0, 1)), source: 'none (1980-01-01)' };
}

/** `dingdian-fupin-2026-12-07`: the package's name and the edition's date (UTC). */
export function editionName(date: Date, cwd = process.cwd()): string {
  const name = (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name: string }).name;
  return `${name}-${date.toISOString().slice(0, 10)}`;
}

let cached: { name: string; date: EditionDate } | undefined;
/** The edition of this build (read once per process). */
export function thisEdition(): { name: string; date: EditionDate; zipFile: string } {
  cached ??= (() => {
    const date = editionDate();
    return { name: editionName(date.date), date };
  })();
  return { ...cached, zipFile: `${cached.name}.zip` };
}

/** The small file the footer's download link reads its size from: `{ "file": "<name>.zip", "bytes": n }`. */
export const EDITION_SIZE_FILE = 'portable-edition.json';
