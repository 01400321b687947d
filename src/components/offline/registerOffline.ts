/**
 * Browser side of offline reading, on the reader's terms: nothing is
 * downloaded until the reader asks ("read offline") or runs the site as an
 * installed app (unless the browser asks to save data). A reader who saved
 * the site before gets only what changed since, on each visit.
 *
 * The service worker (src/integrations/offline/serviceWorker.ts) does the
 * downloading and answers with messages: progress, saved (with whether it
 * was an update), failed, status.
 */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; updated: boolean; downloaded: number }
  | { type: 'failed' }
  | { type: 'status'; saved: boolean };

/** Whether to save without being asked: only in an installed app, and never when the reader saves data. */
export function savesAutomatically(env: { standalone: boolean; saveData: boolean }): boolean {
  return env.standalone && !env.saveData;
}

/** "Enregistrement… {{done}} / {{total}}" → the text for this step. */
export function progressText(template: string, done: number, total: number): string {
  return template.replace('{{done}}', String(done)).replace('{{total}}', String(total));
}

/** Bytes → the size in the "read offline" control, in the page's language ("0,6", "12.3"). */
export function formatMegabytes(bytes: number, lang: string): string {
  const mb = Math.max(bytes / 1e6, 0.1);
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb);
}

/** `{"bytes": n}` (offline-size.json) → the label, or '' when the file is not what the build writes. */
export function sizeLabel(template: string, data: unknown, lang: string): string {
  const bytes = (data as { bytes?: unknown } | null)?.bytes;
  return typeof bytes === 'number' && Number.isFinite(bytes) && bytes > 0 ? template.replace('{{size}}', formatMegabytes(bytes, lang)) : '';
}

/**
 * Writes the download's size into `target` once `control` comes into view:
 * one small request, only for readers who reach the footer; none offline or
 * on error (the control then reads without a size).
 */
export function showSizeWhenSeen(control: Element, target: HTMLElement, url: string, template: string, lang: string): void {
  const observer = new IntersectionObserver((seen) => {
    if (!seen.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    void fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => (target.textContent = sizeLabel(template, data, lang)))
      .catch(() => undefined);
  });
  observer.observe(control);
}

export interface Offline {
  /** Registers the worker if needed and saves the whole site. */
  save(): Promise<void>;
}

export function startOffline(scriptUrl: string, scope: string, onMessage: (message: WorkerMessage) => void): Offline | undefined {
  if (!('serviceWorker' in navigator)) return undefined;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<WorkerMessage>) => onMessage(event.data));
  container.startMessages();

  const send = async (type: 'save' | 'sync' | 'status') => {
    const registration = await container.ready;
    registration.active?.postMessage({ type });
  };
  const save = async () => {
    try {
      await container.register(scriptUrl, { scope });
      await send('save');
    } catch {
      onMessage({ type: 'failed' });
    }
  };

  const standalone = matchMedia('(display-mode: standalone)').matches;
  const saveData = Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
  void container.getRegistration(scope).then((registration) => {
    if (registration) {
      // Saved before: fetch what changed (the worker answers `status: false` if it never saved).
      void container.register(scriptUrl, { scope }).catch(() => undefined);
      void send('sync');
    } else if (savesAutomatically({ standalone, saveData })) {
      void save();
    }
  });
  return { save };
}
