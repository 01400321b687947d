/**
 * What the built site tells search engines and link previews: Open Graph,
 * schema.org Articles linked to their translations, and a sitemap listing
 * every page of each language with its twin as an hreflang alternate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../src/deploy/config.ts';
import { siteEntries } from '../helpers/siteEntries.ts';
import { builtSiteUrl } from './builtPages.ts';

const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const attr = (page: string, pattern: RegExp) => pattern.exec(page)?.[1];
// Origin and base path as the build wrote them (SITE_URL, BASE_PATH).
const siteUrl = builtSiteUrl();
const basePath = () => new URL(siteUrl).pathname;
const absolute = (path: string) => new URL(path, siteUrl).href;
/** The built file a site URL stands for. */
interface ArticleData {
  '@type': string;
  inLanguage: string;
  url: string;
  workTranslation?: { url: string };
  translationOfWork?: { url: string };
}
const jsonLd = (page: string) => JSON.parse(attr(page, /<script type="application\/ld\+json">(.*?)<\/script>/s)!) as ArticleData;
const fileOf = (url: string) => join(distDir, new URL(url).pathname.slice(basePath().length), 'index.html');

describe('link previews and structured data', () => {
  it.each(siteEntries().map((e) => [e.locale, e.slug]))(
    '%s/%s is an Article in its language, linked to its translation',
    (locale, slug) => {
      const page = html(`${locale}/${slug}`);
      const lang = attr(page, /<html lang="([^"]+)"/)!;
      const canonical = attr(page, /<link rel="canonical" href="([^"]+)"/)!;
      expect(canonical).toBe(absolute(`${locale}/${slug}/`));
      expect(attr(page, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
      expect(attr(page, /<meta property="og:type" content="([^"]+)"/)).toBe('article');
      expect(attr(page, /<meta property="og:locale" content="([^"]+)"/)).toBe(lang.replace('-', '_').replace(/^fr$/, 'fr_FR'));

      const data = jsonLd(page);
      expect(data).toMatchObject({ '@type': 'Article', inLanguage: lang, url: canonical });
      const link = (data.workTranslation ?? data.translationOfWork)!;
      const twinLocale = locale === 'fr' ? 'zh-cn' : 'fr';
      expect(link.url).toBe(absolute(`${twinLocale}/${slug}/`));
      expect(existsSync(fileOf(link.url))).toBe(true);

      const twinData = jsonLd(html(`${twinLocale}/${slug}`));
      expect((twinData.workTranslation ?? twinData.translationOfWork)!.url).toBe(canonical);
      expect(Object.keys(data).filter((k) => /translation/i.test(k))).not.toEqual(
        Object.keys(twinData).filter((k) => /translation/i.test(k)),
      );
    },
  );
});

describe('sitemap', () => {
  const xml = readdirSync(distDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(distDir, f), 'utf8'))
    .join('');
  const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body!)![1]!,
    alternates: [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, hreflang, href]) => ({
      hreflang: hreflang!,
      href: href!,
    })),
  }));

  it('is announced by the index and by every page', () => {
    expect(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8')).toContain(absolute('sitemap-0.xml'));
    expect(html('fr')).toContain(`<link rel="sitemap" href="${basePath()}sitemap-index.xml">`);
  });

  it('lists every page in a language, and not the root chooser or 404 pages', () => {
    const pages = (readdirSync(distDir, { recursive: true }) as string[])
      .filter((f) => /^(fr|zh-cn)\/.*index\.html$/.test(f.replaceAll('\\', '/')) && !f.includes('404'))
      .map((f) => absolute(f.replaceAll('\\', '/').replace(/index\.html$/, '')))
      .sort();
    expect(urls.map((u) => u.loc).sort()).toEqual(pages);
    expect(urls.map((u) => u.loc)).not.toContain(absolute(''));
  });

  it('gives each page its twin as an hreflang alternate, and every alternate exists', () => {
    for (const { loc, alternates } of urls) {
      expect(alternates.map((a) => a.hreflang).sort(), loc).toEqual(['fr', 'zh-CN']);
      for (const a of alternates) expect(existsSync(fileOf(a.href)), a.href).toBe(true);
      expect(alternates.map((a) => a.href)).toContain(loc);
    }
  });
});
