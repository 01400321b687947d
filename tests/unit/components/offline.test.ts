import { describe, expect, it } from 'vitest';
import { progressText, savesAutomatically } from '../../../src/components/offline/registerOffline.ts';

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
