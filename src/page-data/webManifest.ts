/**
 * The web app manifest of each language (`/fr/manifest.webmanifest`,
 * `/zh-cn/manifest.webmanifest`): installing the site opens it in the
 * reader's language, and the app's scope is the whole site (both languages).
 * An installed app saves the site for offline reading by itself
 * (src/components/offline/registerOffline.ts).
 */
import { getLocale, type LocaleKey } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';

const ICON_SIZES = [192, 512] as const;

export function webManifest(locale: LocaleKey, base: string) {
  const { lang } = getLocale(locale);
  const t = useTranslations(lang);
  return {
    id: `${base}${locale}/`,
    lang,
    dir: 'ltr',
    name: t('site.title'),
    short_name: t('manifest.shortName'),
    description: t('offline.saveHint'),
    start_url: `${base}${locale}/`,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a3261b',
    icons: ICON_SIZES.map((size) => ({
      src: `${base}icons/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
