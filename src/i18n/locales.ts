/**
 * The site's languages. `key` is the URL segment, `lang` the BCP 47 tag written
 * in `lang` attributes; they are kept apart on purpose (`zh-cn` vs `zh-CN`).
 */
export const locales = [
  { key: 'fr', lang: 'fr', label: 'Français' },
  { key: 'zh-cn', lang: 'zh-CN', label: '简体中文' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleKey = Locale['key'];
export type LangTag = Locale['lang'];

export const localeKeys = locales.map<LocaleKey>((l) => l.key);
const defaultLocale: Locale = locales[0];

export function isLocaleKey(value: string): value is LocaleKey {
  return (localeKeys as string[]).includes(value);
}

export function getLocale(key: string): Locale {
  const locale = locales.find((l) => l.key === key);
  if (!locale) throw new Error(`Unknown locale key "${key}" (known: ${localeKeys.join(', ')})`);
  return locale;
}

/** The other language of this bilingual site. */
export function otherLocale(key: LocaleKey): Locale {
  return locales.find((l) => l.key !== key)!;
}

/**
 * The locale that best matches a browser's preferred languages
 * (`navigator.languages`), or the default one.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = locales.find((l) => l.lang.toLowerCase().split('-')[0] === primary);
    if (match) return match;
  }
  return defaultLocale;
}
