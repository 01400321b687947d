/**
 * The reader's explicit language choice, remembered in localStorage. Used by
 * the language switch (to record) and the root page (to redirect).
 */
const LANGUAGE_CHOICE_KEY = 'preferred-locale';

function rememberLanguage(key: string, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(LANGUAGE_CHOICE_KEY, key);
  } catch {
    /* storage disabled: the choice simply is not remembered */
  }
}

export function recalledLanguage(storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  try {
    return storage.getItem(LANGUAGE_CHOICE_KEY);
  } catch {
    return null;
  }
}

/** Records the choice whenever a link marked `data-lang-choice` is followed. */
export function watchLanguageChoices(root: Document = document): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('[data-lang-choice]');
    if (link) rememberLanguage(link.getAttribute('data-lang-choice')!);
  });
}
