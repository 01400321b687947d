import type { APIRoute } from 'astro';
import { localeKeys, type LocaleKey } from '../../i18n/locales.ts';
import { webManifest } from '../../page-data/webManifest.ts';
import { sitePath } from '../../i18n/paths.ts';

export function getStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params.lang as LocaleKey, sitePath())), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
