import { describe, expect, it } from 'vitest';
import { effectiveTheme, pickTheme, storedTheme, THEME_KEY } from '../../src/lib/theme.ts';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('theme', () => {
  it('follows the system until the reader picks one', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme(undefined, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('remembers a pick and ignores anything else in storage', () => {
    const storage = memory();
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    pickTheme('dark', root, storage);
    expect(root.dataset.theme).toBe('dark');
    expect(storedTheme(storage)).toBe('dark');
    expect(storedTheme(memory({ [THEME_KEY]: 'purple' }))).toBeUndefined();
    expect(storedTheme({ getItem: () => { throw new Error('denied'); } })).toBeUndefined();
  });
});
