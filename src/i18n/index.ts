/**
 * The one wrapper around i18next: components ask `useTranslations(lang)` for a
 * `t()` and never import i18next themselves.
 */
import i18next, { type TOptions } from 'i18next';
import fr from './fr.json';
import zhCN from './zh-CN.json';
import { locales, type LangTag } from './locales.ts';
import { frenchSpacing } from './frenchSpacing.ts';

export const resources: Record<LangTag, Record<string, string>> = { fr, 'zh-CN': zhCN };

/** Interface-string keys, typed from the French resource (plural forms folded into their base key). */
export type UIKey = keyof typeof fr extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }])),
  supportedLngs: locales.map((l) => l.lang),
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: UIKey, options?: TOptions) => string;

/** French strings get the same typographic spacing as page text (an ordinary space before `: ; ! ?` is enough in fr.json). */
const typeset = (lang: LangTag, value: string) => (lang === 'fr' ? frenchSpacing(value) : value);

/** Translated strings kept per language. */
const MAX_CACHED = 20_000;

/** Each language's `t()`, made once: pages ask for one in every component. */
const translators = new Map<LangTag, Translate>();

/**
 * Options made only of strings and numbers (`{ n: 3 }`, `{ query: '{{query}}' }`)
 * as a cache key; undefined for anything else (counts with plural rules are numbers too).
 */
const optionsKey = (options: TOptions): string | undefined =>
  Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number') ? JSON.stringify(options) : undefined;

export function useTranslations(lang: LangTag): Translate {
  let translate = translators.get(lang);
  if (translate) return translate;
  // Keys are typed by UIKey; i18next's own overloads do not know our flat resources.
  const fixed = instance.getFixedT(lang) as unknown as (key: string, options?: TOptions) => string;
  // Thousands of calls per page at scale, most of them the same: each string is translated and typeset once.
  const known = new Map<string, string>();
  translate = (key, options) => {
    const withOptions = options && optionsKey(options);
    const cacheKey = !options ? key : withOptions && `${key}\0${withOptions}`;
    const cached = cacheKey === undefined ? undefined : known.get(cacheKey);
    if (cached !== undefined) return cached;
    const value = fixed(key, options);
    if (value === key) throw new Error(`Missing interface string "${key}" for language ${lang}`);
    const text = typeset(lang, value);
    // Bounded: strings with a title or a date in them are many on a large site.
    if (cacheKey !== undefined && known.size < MAX_CACHED) known.set(cacheKey, text);
    return text;
  };
  translators.set(lang, translate);
  return translate;
}

/**
 * The raw templates of a plural key, by plural category (`one`, `other`…), for
 * code that fills in `{{count}}` in the browser.
 */
export function pluralTemplates(lang: LangTag, key: UIKey): Record<string, string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((c) => {
      const template = resources[lang][`${key}_${c}`] ?? resources[lang][`${key}_other`];
      if (!template) throw new Error(`Missing interface string "${key}_${c}" for language ${lang}`);
      return [c, typeset(lang, template)];
    }),
  );
}
