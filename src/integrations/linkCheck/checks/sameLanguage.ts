/** A link from one language into the other says so with `hreflang` (the language switch, alternates, twin links). */
import type { Link } from '../pageFacts.ts';
import { localeOf, type CheckedPage } from '../site.ts';

export function languageJumpProblem(page: CheckedPage, link: Link, target: string): string | undefined {
  const from = localeOf(page.file);
  const to = localeOf(target);
  return from && to && from !== to && !link.hreflang
    ? `link "${link.href}" jumps from ${from} to ${to}; only links with hreflang may change language`
    : undefined;
}
