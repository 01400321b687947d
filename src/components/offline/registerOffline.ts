/**
 * Browser side of offline reading: registers the service worker and tells
 * the reader when the whole site has been saved for offline use, and when a
 * newer build has replaced it (a reload then shows the new pages).
 *
 * The worker precaches everything before it activates, then claims the open
 * pages: the page's controller changes exactly when the cache is complete.
 * A page that had no controller has just been made available offline; a page
 * that had one has just been moved to a newer build.
 */
export type OfflineEvent = 'ready' | 'updated';

export function registerOffline(scriptUrl: string, scope: string, announce: (event: OfflineEvent) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const wasControlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => announce(wasControlled ? 'updated' : 'ready'));
  const register = () =>
    navigator.serviceWorker.register(scriptUrl, { scope }).catch(() => {
      /* no service worker (private browsing, storage disabled): the site still works online */
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
