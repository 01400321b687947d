/**
 * Light and dark themes: the system's choice unless the reader picked one
 * with the toggle, which is remembered (localStorage) and applied as
 * `<html data-theme>` before the first paint (see ThemeToggle.astro).
 */
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'theme';

export function storedTheme(storage: Pick<Storage, 'getItem'> = localStorage): Theme | undefined {
  try {
    const value = storage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme in force: the reader's pick, else the system's. */
export function effectiveTheme(picked: Theme | undefined, systemPrefersDark: boolean): Theme {
  return picked ?? (systemPrefersDark ? 'dark' : 'light');
}

export function pickTheme(
  theme: Theme,
  root: HTMLElement = document.documentElement,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  root.dataset.theme = theme;
  try {
    storage.setItem(THEME_KEY, theme);
  } catch {
    /* storage disabled: the pick lasts for this page only */
  }
}
