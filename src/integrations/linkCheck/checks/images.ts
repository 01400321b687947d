/** Every image a page loads from the site (`<img src>`, `srcset`, `<source srcset>`) is a built file. */
import { resolve, type CheckedPage, type Site } from '../site.ts';

export function imageProblems(page: CheckedPage, site: Site): string[] {
  return page.images.flatMap((src) => {
    if (src.startsWith('data:')) return [];
    const resolved = resolve(src, page, site);
    if (resolved.kind === 'problem') return [resolved.message.replace(/^(malformed )?link/, (_, m?: string) => `${m ?? ''}image`)];
    if (resolved.kind === 'file' && !resolved.target) return [`image "${src}" is not in the build`];
    return [];
  });
}
