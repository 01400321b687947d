/**
 * The root page sends the reader on: to the language they last chose, else to
 * the browser's preferred one. Only the root redirects; deep links never do.
 */
import { isLocaleKey, pickLocale, type LocaleKey } from '../../i18n/locales.ts';
import { recalledLanguage, watchLanguageChoices } from './languageMemory.ts';
import { localePath } from '../../i18n/paths.ts';

export function preferredLanguage(remembered: string | null, browserLanguages: readonly string[]): LocaleKey {
  return remembered && isLocaleKey(remembered) ? remembered : pickLocale(browserLanguages).key;
}

export function redirectToPreferredLanguage(): void {
  watchLanguageChoices();
  const key = preferredLanguage(recalledLanguage(), navigator.languages ?? [navigator.language]);
  // The chooser's own link where there is one: in the portable edition it names the home page's file.
  const link = document.querySelector<HTMLAnchorElement>(`a[data-lang-choice="${key}"]`);
  location.replace(link?.href ?? localePath(key));
}
