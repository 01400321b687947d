/**
 * The document title: the page's own title followed by the site's name, or
 * the page's title alone when both together would be longer than a results
 * page shows (search engines cut titles at about 60–70 characters), cut
 * with an ellipsis if even that is too long.
 */
const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, siteTitle: string, max = MAX_TITLE_LENGTH): string {
  if (!title || title === siteTitle) return siteTitle;
  const full = `${title} · ${siteTitle}`;
  if ([...full].length <= max) return full;
  const chars = [...title];
  if (chars.length <= max) return title;
  // Still too long (a parallel view names its mode too): cut at a word boundary where there is one.
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
