/**
 * The labels of a language's search dialog, fetched when search first opens
 * (search-index/labels.ts): `search-extras/labels-<lang>.json`, beside the
 * other files the search fetches (search/forgiving/extrasFiles.ts, EXTRAS_DIR).
 */
import type { APIRoute } from 'astro';
import { localeKeys, type LocaleKey } from '../../i18n/locales.ts';
import { getSearchDialogData } from '../../search-index/dialogData.ts';

export function getStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getSearchDialogData(params.lang as LocaleKey)).labels), {
    headers: { 'Content-Type': 'application/json' },
  });
