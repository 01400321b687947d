import { describe, expect, it } from 'vitest';
import { effectiveTheme, pickTheme, storedTheme, THEME_KEY } from '../../../src/components/theme/theme.ts';
import { SOURCES_KEY } from '../../../src/components/entry/basisMarkers.ts';

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
    expect(
      storedTheme({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeUndefined();
  });
});

describe('the inline theme script', () => {
  it('applies a remembered theme and sources choice before paint, and nothing else', async () => {
    const { runInNewContext } = await import('node:vm');
    const { themeScript, themeScriptHash } = await import('../../../src/components/theme/themeScript.ts');
    const run = (stored: string | null) => {
      const root = { dataset: {} as Record<string, string> };
      runInNewContext(themeScript, { localStorage: memory(stored ? { [THEME_KEY]: stored } : {}), document: { documentElement: root } });
      return root.dataset.theme;
    };
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run('purple')).toBeUndefined();
    expect(run(null)).toBeUndefined();
    // The « Sources » markers, shown before paint when the reader turned them on.
    const sources = (stored: Record<string, string>) => {
      const root = { dataset: {} as Record<string, string> };
      runInNewContext(themeScript, { localStorage: memory(stored), document: { documentElement: root } });
      return root.dataset;
    };
    expect(sources({ [SOURCES_KEY]: 'on' })).toEqual({ sources: 'on' });
    expect(sources({ [SOURCES_KEY]: 'on', [THEME_KEY]: 'dark' })).toEqual({ sources: 'on', theme: 'dark' });
    expect(sources({ [SOURCES_KEY]: 'yes' })).toEqual({});
    expect(themeScriptHash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
