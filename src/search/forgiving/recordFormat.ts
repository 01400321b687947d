/**
 * Marks that delimit the hidden search groups in a page's indexed text. They
 * are punctuation, so Pagefind indexes no word for them, and they never occur
 * in the entries' prose: the text before the first group mark is the page's own.
 */
export const GROUP_MARK = '¦';
export const OWN_MARK = '⇄';
