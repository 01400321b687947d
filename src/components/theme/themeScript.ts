/**
 * The one inline script of the site: it applies the reader's remembered
 * choices before the first paint (a module script would run too late): the
 * theme, and whether source markers are shown (« Sources », which would
 * otherwise pop in after the text). Its text lives here so that
 * astro.config.mjs can allow exactly it, by hash, in the
 * Content-Security-Policy. It mirrors storedTheme() in theme.ts and
 * SOURCES_KEY in ../entry/basisMarkers.ts.
 */
import { createHash } from 'node:crypto';
import { THEME_KEY } from './theme.ts';
import { SOURCES_KEY } from '../entry/basisMarkers.ts';

export const themeScript = `try{const s=localStorage,r=document.documentElement,t=s.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')r.dataset.theme=t;if(s.getItem(${JSON.stringify(SOURCES_KEY)})==='on')r.dataset.sources='on'}catch{}`;

/** Its CSP source expression, `'sha256-…'`. */
export const themeScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
