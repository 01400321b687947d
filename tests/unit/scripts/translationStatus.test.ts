import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  formatStatusTable,
  pairByPath,
  translationStatus,
  type Changed,
} from '../../../scripts/i18n-status/translationStatus.ts';

const at = (date: string): Changed => ({ date });

describe('pairByPath', () => {
  it('pairs versions by their path after the language folder and ignores other files', () => {
    const pairs = pairByPath(['zh-cn/cases/a.mdx', 'fr/cases/a.mdx', 'fr/models/b.mdx', 'termbase.json', 'en/cases/a.mdx']);
    expect([...pairs]).toEqual([
      ['cases/a.mdx', { fr: 'fr/cases/a.mdx', 'zh-cn': 'zh-cn/cases/a.mdx' }],
      ['models/b.mdx', { fr: 'fr/models/b.mdx' }],
    ]);
  });
});

describe('compareVersions', () => {
  it('is in step when both last changed in the same commit (same date)', () => {
    expect(compareVersions({ fr: at('2026-11-20T10:00:00Z'), 'zh-cn': at('2026-11-20T11:00:00+01:00') })).toEqual({ kind: 'in-step' });
  });
  it('names the version changed later and the one that may be out of date', () => {
    expect(compareVersions({ fr: at('2026-11-21T10:00:00Z'), 'zh-cn': at('2026-11-20T10:00:00Z') })).toEqual({
      kind: 'outdated',
      newer: 'fr',
      stale: ['zh-cn'],
    });
  });
  it('counts an uncommitted edit as the latest change', () => {
    expect(compareVersions({ fr: at('2026-11-21T10:00:00Z'), 'zh-cn': 'uncommitted' })).toEqual({
      kind: 'outdated',
      newer: 'zh-cn',
      stale: ['fr'],
    });
  });
  it('says "no history" when a date is unknown', () => {
    expect(compareVersions({ fr: at('2026-11-21T10:00:00Z'), 'zh-cn': undefined })).toEqual({ kind: 'no-history' });
  });
});

describe('translationStatus and its table', () => {
  const dates: Record<string, Changed> = {
    'fr/cases/a.mdx': at('2026-11-21T10:00:00Z'),
    'zh-cn/cases/a.mdx': at('2026-11-20T09:00:00Z'),
    'fr/models/b.mdx': at('2026-11-19T09:00:00Z'),
    'fr/overview/c.mdx': at('2026-11-19T09:00:00Z'),
    'zh-cn/overview/c.mdx': at('2026-11-19T09:00:00Z'),
  };
  const rows = translationStatus(Object.keys(dates), (f) => dates[f]);

  it('reports a missing twin, an outdated one and a pair in step', () => {
    expect(rows.map((r) => [r.entry, r.status.kind])).toEqual([
      ['cases/a.mdx', 'outdated'],
      ['models/b.mdx', 'missing'],
      ['overview/c.mdx', 'in-step'],
    ]);
    expect(rows[1]!.status).toEqual({ kind: 'missing', missing: ['zh-cn'] });
  });

  it('prints one aligned line per entry', () => {
    expect(formatStatusTable(rows).split('\n')).toEqual([
      'entry           fr          zh-cn       status',
      '--------------  ----------  ----------  -------------------------------------------',
      'cases/a.mdx     2026-11-21  2026-11-20  zh-cn may be out of date (fr changed later)',
      'models/b.mdx    2026-11-19  —           MISSING zh-cn',
      'overview/c.mdx  2026-11-19  2026-11-19  in step',
    ]);
  });
});
