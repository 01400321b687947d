import { describe, expect, it } from 'vitest';
import { formatMegabytes, progressText, savesAutomatically, sizeLabel } from '../../../src/components/offline/registerOffline.ts';

describe('offline on the reader’s terms', () => {
  it('saves without being asked only in an installed app, and never with Save-Data', () => {
    expect(savesAutomatically({ standalone: false, saveData: false })).toBe(false);
    expect(savesAutomatically({ standalone: true, saveData: false })).toBe(true);
    expect(savesAutomatically({ standalone: true, saveData: true })).toBe(false);
  });
  it('shows progress in the page language', () => {
    expect(progressText('Enregistrement… {{done}} / {{total}}', 3, 101)).toBe('Enregistrement… 3 / 101');
    expect(progressText('正在保存… {{done}} / {{total}}', 0, 0)).toBe('正在保存… 0 / 0');
  });
});

describe('offline size', () => {
  it('is written in megabytes in the page language', () => {
    expect(formatMegabytes(604_297, 'fr')).toBe('0,6');
    expect(formatMegabytes(604_297, 'zh-CN')).toBe('0.6');
    expect(formatMegabytes(12_345_678, 'fr')).toBe('12,3');
    expect(formatMegabytes(1_000, 'fr')).toBe('0,1');
  });
  it('fills the label from offline-size.json, and leaves it empty for anything else', () => {
    expect(sizeLabel(' ({{size}} Mo)', { bytes: 12_345_678 }, 'fr')).toBe(' (12,3 Mo)');
    expect(sizeLabel('（{{size}} MB）', { bytes: 604_297 }, 'zh-CN')).toBe('（0.6 MB）');
    for (const wrong of [null, {}, { bytes: '12' }, { bytes: -1 }, { bytes: Number.NaN }, 'x'])
      expect(sizeLabel(' ({{size}} Mo)', wrong, 'fr')).toBe('');
  });
});
