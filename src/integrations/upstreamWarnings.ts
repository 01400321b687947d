/**
 * The one bundler warning whose cause is in Astro itself, not in this site:
 * Astro 7.3's content-assets plugin writes a `"use astro:head-inject"`
 * directive into the module it generates for every MDX entry
 * (`<entry>.mdx?astroPropagatedAssets`), and Rolldown warns once per entry
 * that a module-level directive may not survive bundling. Astro no longer
 * reads that directive (withastro/astro#17095 identifies these modules by
 * their query instead); the warning is withastro/astro#18087, open in 7.3.5.
 * Only that exact warning is dropped; every other log goes to Vite's handler.
 */
export interface BundlerLog {
  code?: string;
  message: string;
  id?: string;
}

function isAstroHeadInjectWarning(log: BundlerLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    log.message.includes('?astroPropagatedAssets')
  );
}

export function onBundlerLog<L extends BundlerLog, Level>(level: Level, log: L, handler: (level: Level, log: L) => void): void {
  if (isAstroHeadInjectWarning(log)) return;
  handler(level, log);
}
