/**
 * Keeps --header-height (global.css) equal to the sticky header's real
 * height, so that blocks reached through #id keep clear of it even when the
 * header grows (zoomed text, a very narrow screen). If the block of the
 * address's #id ended up under the header, it is scrolled into place again.
 */
export function watchHeaderHeight(header: HTMLElement): void {
  const root = document.documentElement;
  const update = () => {
    root.style.setProperty('--header-height', `${Math.ceil(header.getBoundingClientRect().height)}px`);
    if (location.hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const top = target?.getBoundingClientRect().top;
    if (target && top !== undefined && top >= 0 && top < header.getBoundingClientRect().bottom) target.scrollIntoView();
  };
  new ResizeObserver(update).observe(header);
}
