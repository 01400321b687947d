import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionDate, editionName } from '../../../src/page-data/portableEdition.ts';
import { zipFiles } from '../../../src/integrations/portable/zip.ts';

describe('the edition’s date and name', () => {
  it('takes SOURCE_DATE_EPOCH first', () => {
    const d = editionDate({ SOURCE_DATE_EPOCH: '1765000000' });
    expect(d).toEqual({ date: new Date(1765000000 * 1000), source: 'SOURCE_DATE_EPOCH' });
    expect(editionName(d.date)).toBe('dingdian-fupin-2025-12-06');
  });

  it('else the last commit’s date, else 1980-01-01', () => {
    expect(editionDate({}).source).toBe('last commit');
    const outside = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(editionDate({}, outside)).toEqual({ date: new Date(Date.UTC(1980, 0, 1)), source: 'none (1980-01-01)' });
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, saying what to set', () => {
    expect(() => editionDate({ SOURCE_DATE_EPOCH: '2026-12-07' })).toThrow(/SOURCE_DATE_EPOCH=2026-12-07: expected whole seconds/);
  });
});

describe('zipFiles', () => {
  it('gives the same bytes for the same files, whatever their dates on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.js');
    writeFileSync(a, '<p>a</p>'.repeat(100));
    writeFileSync(b, 'var b = 1;');
    const entries = [
      { file: a, path: 'site/a.html' },
      { file: b, path: 'site/b.js' },
    ];
    const date = new Date(Date.UTC(2026, 11, 7));
    const first = await zipFiles(entries, date);
    utimesSync(a, new Date(), new Date(2001, 1, 1));
    const second = await zipFiles(entries, date);
    expect(second.equals(first)).toBe(true);
    expect((await zipFiles(entries, new Date(Date.UTC(2026, 11, 8)))).equals(first)).toBe(false);
    expect(first.subarray(0, 4).toString('hex')).toBe('504b0304');
  });
});
