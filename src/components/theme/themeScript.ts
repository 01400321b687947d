/**
 * The one inline script of the site: it applies the reader's remembered
 * theme before the first paint (a module script would run too late). Its
 * text lives here so that astro.config.mjs can allow exactly it, by hash, in
 * the Content-Security-Policy. It mirrors storedTheme() in theme.ts.
 */
import { createHash } from 'node:crypto';
import { THEME_KEY } from './theme.ts';

export const themeScript = `try{const t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

/** Its CSP source expression, `'sha256-…'`. */
export const themeScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
