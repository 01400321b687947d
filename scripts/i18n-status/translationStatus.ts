/**
 * Translation status: pairs each entry with its twin (same path under each
 * language folder) and says which version changed last, so a translator knows
 * which side may be out of date. Git access stays in scripts/i18n-status.ts;
 * this module only compares what it is given.
 */
import { localeKeys, type LocaleKey } from '../../src/i18n/locales.ts';

/** When a file last changed: a commit date, "uncommitted" for edits not yet committed, or unknown. */
export type Changed = { date: string } | 'uncommitted' | undefined;

export type Status =
  | { kind: 'missing'; missing: LocaleKey[] }
  | { kind: 'in-step' }
  | { kind: 'outdated'; newer: LocaleKey; stale: LocaleKey[] }
  | { kind: 'no-history' };

export interface EntryStatus {
  /** Language-neutral path, e.g. `cases/fugu-3331.mdx`. */
  entry: string;
  /** Content path of each language's version that exists, e.g. `fr/cases/fugu-3331.mdx`. */
  files: Partial<Record<LocaleKey, string>>;
  changed: Partial<Record<LocaleKey, Changed>>;
  status: Status;
}

/** Groups content paths (`fr/cases/x.mdx`) by entry; paths outside a language folder are ignored. */
export function pairByPath(files: string[]): Map<string, Partial<Record<LocaleKey, string>>> {
  const pairs = new Map<string, Partial<Record<LocaleKey, string>>>();
  for (const file of [...files].sort()) {
    const [key, ...rest] = file.split('/');
    if (!key || !rest.length || !(localeKeys as string[]).includes(key)) continue;
    const entry = rest.join('/');
    pairs.set(entry, { ...pairs.get(entry), [key]: file });
  }
  return pairs;
}

const rank = (c: Changed): number | undefined => (c === 'uncommitted' ? Number.POSITIVE_INFINITY : c ? Date.parse(c.date) : undefined);

export function compareVersions(changed: Partial<Record<LocaleKey, Changed>>): Status {
  const ranks = localeKeys.map((k) => [k, rank(changed[k])] as const);
  if (ranks.some(([, r]) => r === undefined || Number.isNaN(r))) return { kind: 'no-history' };
  const latest = Math.max(...ranks.map(([, r]) => r!));
  const stale = ranks.filter(([, r]) => r! < latest).map(([k]) => k);
  if (!stale.length) return { kind: 'in-step' };
  return { kind: 'outdated', newer: ranks.find(([, r]) => r === latest)![0], stale };
}

export function translationStatus(files: string[], changedAt: (file: string) => Changed): EntryStatus[] {
  return [...pairByPath(files)].map(([entry, versions]) => {
    const missing = localeKeys.filter((k) => !versions[k]);
    const changed = Object.fromEntries(Object.entries(versions).map(([k, f]) => [k, changedAt(f)])) as EntryStatus['changed'];
    const status: Status = missing.length ? { kind: 'missing', missing } : compareVersions(changed);
    return { entry, files: versions, changed, status };
  });
}

const describeChange = (c: Changed | undefined, exists: boolean) =>
  !exists ? '—' : c === 'uncommitted' ? 'uncommitted' : c ? c.date.slice(0, 10) : 'no history';

function describeStatus(s: Status): string {
  switch (s.kind) {
    case 'missing':
      return `MISSING ${s.missing.join(', ')}`;
    case 'in-step':
      return 'in step';
    case 'outdated':
      return `${s.stale.join(', ')} may be out of date (${s.newer} changed later)`;
    case 'no-history':
      return 'no history';
  }
}

/** A plain-text table: entry, when each version last changed, status. */
export function formatStatusTable(rows: EntryStatus[]): string {
  const header = ['entry', ...localeKeys, 'status'];
  const body = rows.map((r) => [r.entry, ...localeKeys.map((k) => describeChange(r.changed[k], !!r.files[k])), describeStatus(r.status)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
