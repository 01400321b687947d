/**
 * The one wrapper around i18next: components ask `useTranslations(lang)` for a
 * `t()` and never import i18next themselves.
 */
import i18next, { type TOptions } from 'i18next';
import fr from './fr.json';
import zhCN from './zh-CN.json';
import { locales, type LangTag } from './locales.ts';
import { frenchSpacing } from '../markdown/frenchSpacing.ts';

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

/** Strings asked for without options, once translated and typeset, per language. */
const plainStrings = new Map<LangTag, Map<string, string>>(locales.map((l) => [l.lang, new Map()]));

export function useTranslations(lang: LangTag): Translate {
  // Keys are typed by UIKey; i18next's own overloads do not know our flat resources.
  const fixed = instance.getFixedT(lang) as unknown as (key: string, options?: TOptions) => string;
  const plain = plainStrings.get(lang)!;
  return (key, options) => {
    // Most calls have no options: thousands per page at scale, so each plain string is looked up and typeset once.
    const known = options ? undefined : plain.get(key);
    if (known !== undefined) return known;
    const value = fixed(key, options);
    if (value === key) throw new Error(`Missing interface string "${key}" for language ${lang}`);
    const text = typeset(lang, value);
    if (!options) plain.set(key, text);
    return text;
  };
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
