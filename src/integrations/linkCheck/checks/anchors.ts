/** A link's #anchor names an id on the page it reaches. */
import type { Link } from '../pageFacts.ts';
import type { Site } from '../site.ts';

export function anchorProblem(link: Link, target: string, anchor: string, site: Site): string | undefined {
  return anchor && !site.ids.get(target)?.has(anchor)
    ? `link "${link.href}" points to a missing anchor #${anchor} in ${target}`
    : undefined;
}
