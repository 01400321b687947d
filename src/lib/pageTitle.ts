/**
 * The document title: the page's own title followed by the site's name, or
 * the page's title alone when both together would be longer than a results
 * page shows (search engines cut titles at about 60–70 characters).
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, siteTitle: string, max = MAX_TITLE_LENGTH): string {
  if (!title || title === siteTitle) return siteTitle;
  const full = `${title} · ${siteTitle}`;
  return [...full].length <= max ? full : title;
}
