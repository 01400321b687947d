/**
 * `npm run i18n:status`: for each entry, whether both languages exist and
 * which version changed later in git history (the other may be out of date).
 * Reports only: exits 1 when a twin is missing (the build refuses that too),
 * 0 otherwise, even when a translation looks out of date.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/content-model/contentDir.ts';
import { formatStatusTable, translationStatus, type Changed } from './i18n-status/translationStatus.ts';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return undefined;
  }
}

const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && /\.mdx?$/.test(f.name))
  .map((f) => relative(contentDir, join(f.parentPath, f.name)).replaceAll('\\', '/'));

// Without git, or in a shallow clone (where every file seems to change in the one commit there is), dates mean nothing.
const shallow = git(['rev-parse', '--is-shallow-repository']);
const history = shallow === 'false';
const uncommitted = new Set(
  history
    ? (git(['status', '--porcelain', '--untracked-files=all', '--', '.']) ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3).replace(/^.* -> /, ''))
    : [],
);
const root = history ? git(['rev-parse', '--show-toplevel']) : undefined;

function changedAt(file: string): Changed {
  if (!history || !root) return undefined;
  const path = join(contentDir, file);
  if (uncommitted.has(relative(root, path).replaceAll('\\', '/'))) return 'uncommitted';
  const date = git(['log', '-1', '--format=%cI', '--', path]);
  return date ? { date } : undefined;
}

const rows = translationStatus(files, changedAt);
console.log(formatStatusTable(rows));
const missing = rows.filter((r) => r.status.kind === 'missing').length;
const outdated = rows.filter((r) => r.status.kind === 'outdated').length;
console.log(
  `\n${rows.length} entries: ${missing} missing a twin, ${outdated} possibly out of date` +
    (history ? '.' : ` (${shallow === 'true' ? 'shallow clone' : 'no git repository'}: no history to compare).`),
);
process.exit(missing ? 1 : 0);
