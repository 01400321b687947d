/** URL parameters shared by the search launcher (every page) and the search UI (loaded on demand). */

/** Carries the words of a search to the page opened from its results, to mark them there. */
export const HIGHLIGHT_PARAM = 'highlight';
