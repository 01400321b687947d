import { describe, expect, it } from 'vitest';
import { checkLinks, checkSitemaps, pageFacts, sitemapUrls, createInterner } from '../../../src/integrations/linkCheck/index.ts';

const page = (file: string, body: string) => ({ file, html: `<html><body>${body}</body></html>` });

describe('checkLinks', () => {
  const pages = [
    page('fr/index.html', '<a href="/fr/cases/a/">a</a><a href="/fr/cases/a/#s2">s2</a><a href="/zh-cn/" hreflang="zh-CN">中文</a>'),
    page(
      'fr/cases/a/index.html',
      '<h2 id="s2">x</h2><link rel="canonical" href="https://site.example/fr/cases/a/"><a href="../../">up</a>',
    ),
    page('zh-cn/index.html', '<a href="/favicon.svg">i</a><a href="https://elsewhere.example/">x</a>'),
  ];

  it('accepts links, anchors, relative paths, assets and absolute URLs of the site', () => {
    expect(checkLinks(pages, { origin: 'https://site.example', assets: ['favicon.svg'] })).toEqual([]);
  });

  it('names the page and the link that points nowhere', () => {
    const problems = checkLinks(
      [...pages, page('fr/cases/b/index.html', '<a href="/fr/cases/zzz/">x</a><a href="/fr/cases/a/#nope">y</a>')],
      {
        origin: 'https://site.example',
        assets: ['favicon.svg'],
      },
    );
    expect(problems).toEqual([
      'fr/cases/b/index.html: link "/fr/cases/zzz/" points to no page',
      'fr/cases/b/index.html: link "/fr/cases/a/#nope" points to a missing anchor #nope in fr/cases/a/index.html',
    ]);
  });

  it('refuses a link into the other language unless it declares hreflang', () => {
    const problems = checkLinks([...pages, page('fr/x/index.html', '<a href="/zh-cn/">中文</a>')], { assets: ['favicon.svg'] });
    expect(problems).toEqual(['fr/x/index.html: link "/zh-cn/" jumps from fr to zh-cn; only links with hreflang may change language']);
  });

  it('resolves the same relative link from each page, and the same absolute one from every page', () => {
    const linking = (file: string) => page(file, '<a href="b/">b</a><a href="/fr/b/">b</a><a href="/fr/b/#top">top</a>');
    const problems = checkLinks([linking('fr/index.html'), linking('fr/x/index.html'), page('fr/b/index.html', '<h1 id="top">b</h1>')]);
    expect(problems).toEqual(['fr/x/index.html: link "b/" points to no page']);
  });

  it('checks links under a base path', () => {
    const based = [page('fr/index.html', '<a href="/sub/fr/">self</a><a href="/fr/">outside</a>')];
    expect(checkLinks(based, { base: '/sub/' })).toEqual(['fr/index.html: link "/fr/" leaves the site\'s base path /sub/']);
  });
});

describe('pageFacts: what the check reads of a page, parsed as a browser would', () => {
  it('decodes entities, reads unquoted attributes, and finds no link inside a script or a style', () => {
    const facts = pageFacts(
      `<title>a <a href="/t/"></title><p id="a&amp;b" title='x'>` +
        `<a href=/q#t&#39;s hreflang=zh-CN>x</a><script>if (a<b) document.write("<a href='/nope/'>")</script>` +
        `<style>a[href="/css/"]{}</style><link rel="canonical" href="https://s.example/?a=1&amp;b=2">`,
    );
    expect([...facts.ids]).toEqual(['a&b']);
    expect(facts.links).toEqual([
      { tag: 'a', href: "/q#t's", hreflang: 'zh-CN' },
      { tag: 'link', href: 'https://s.example/?a=1&b=2', rel: 'canonical' },
    ]);
  });

  it('counts no id or link inside a script string, a comment, a textarea or a title', () => {
    const facts = pageFacts(
      `<head><title>Voir <a id="t" href="/title/"></title><script>const s = '<p id="fake">'; // <a href="/js/"></script></head>` +
        `<body><!-- <a id="c" href="/commented/"> --><textarea id="box"><a id="ta" href="/textarea/"></textarea><p id="real"></body>`,
    );
    expect([...facts.ids]).toEqual(['box', 'real']);
    expect(facts.links).toEqual([]);
  });

  it('decodes &amp; and numeric entities in href and id, reads unquoted and uppercase attributes', () => {
    const facts = pageFacts(`<a href="/fr/search/?q=a&amp;lang=zh-cn" id="x&#38;y">s</a><A HREF=/fr/cases/ ID=cases>c</A>`);
    expect([...facts.ids]).toEqual(['x&y', 'cases']);
    expect(facts.links.map((l) => l.href)).toEqual(['/fr/search/?q=a&lang=zh-cn', '/fr/cases/']);
  });

  it('reads ids inside an inline SVG as a browser does: its <title> and <style> are not raw text there', () => {
    const facts = pageFacts(
      '<svg><title id="map-title">Carte du <tspan id="yunnan-name">Yunnan</tspan></title><style>.a{}</style><g id="yunnan"></g></svg><p id="after">',
    );
    expect([...facts.ids]).toEqual(['map-title', 'yunnan-name', 'yunnan', 'after']);
  });

  it('lists every image URL: img src and srcset, picture source srcset', () => {
    const facts = pageFacts('<picture><source srcset="/a.webp 1x, b.webp 2x"><img src="/a.png" srcset="/a@2x.png 2x" alt=""></picture>');
    expect(facts.images).toEqual(['/a.webp', 'b.webp', '/a.png', '/a@2x.png']);
  });

  it('splits a srcset with descriptors, no spaces after commas and an entity', () => {
    const facts = pageFacts('<img src=/i/a.png srcset="/i/a.png?w=1&amp;h=2 480w,/i/b.png 960w" alt="">');
    expect(facts.images).toEqual(['/i/a.png', '/i/a.png?w=1&h=2', '/i/b.png']);
  });
});

describe('images', () => {
  it('refuses an image, at an absolute or a relative path, that is not in the build, naming the page', () => {
    const pages = [
      page(
        'fr/cases/a/index.html',
        '<img src="/img/ok.png" alt=""><img src="/img/missing.png" alt=""><img src="../../img/ok.png" srcset="gone.png 2x" alt="">' +
          '<picture><source srcset="/img/nope.webp"><img src="data:image/gif;base64,R0lGOD" alt=""></picture><img src="https://cdn.example/x.png" alt="">',
      ),
    ];
    expect(checkLinks(pages, { assets: ['img/ok.png', 'fr/img/ok.png'] })).toEqual([
      'fr/cases/a/index.html: image "/img/missing.png" is not in the build',
      'fr/cases/a/index.html: image "gone.png" is not in the build',
      'fr/cases/a/index.html: image "/img/nope.webp" is not in the build',
    ]);
  });

  it('refuses an image outside the base path', () => {
    expect(checkLinks([page('fr/index.html', '<img src="/logo.png" alt="">')], { base: '/sub/', assets: ['logo.png'] })).toEqual([
      'fr/index.html: image "/logo.png" leaves the site\'s base path /sub/',
    ]);
  });
});

describe('canonical URLs and alternates', () => {
  const withHead = (file: string, head: string) => ({ file, html: `<html><head>${head}</head><body></body></html>` });
  const opts = { origin: 'https://site.example' };

  it('accepts a canonical URL naming its own page and alternates of the site', () => {
    const pages = [
      withHead(
        'fr/a/index.html',
        '<link rel="canonical" href="https://site.example/fr/a/"><link rel="alternate" hreflang="zh-CN" href="https://site.example/zh-cn/a/">',
      ),
      withHead('zh-cn/a/index.html', '<link rel="canonical" href="https://site.example/zh-cn/a/">'),
    ];
    expect(checkLinks(pages, opts)).toEqual([]);
  });

  it('refuses a canonical URL of another origin, a relative one, or one naming another page', () => {
    const pages = [
      withHead('fr/a/index.html', '<link rel="canonical" href="http://localhost:4321/fr/a/">'),
      withHead('fr/b/index.html', '<link rel="canonical" href="/fr/b/">'),
      withHead('fr/c/index.html', '<link rel="canonical" href="https://site.example/fr/a/">'),
      withHead('fr/d/index.html', '<link rel="alternate" hreflang="zh-CN" href="https://other.example/zh-cn/d/">'),
    ];
    expect(checkLinks(pages, opts)).toEqual([
      'fr/a/index.html: canonical URL "http://localhost:4321/fr/a/" is not an absolute URL of the site https://site.example/',
      'fr/b/index.html: canonical URL "/fr/b/" is not an absolute URL of the site https://site.example/',
      'fr/c/index.html: canonical URL "https://site.example/fr/a/" names another page (fr/a/index.html)',
      'fr/d/index.html: alternate zh-CN URL "https://other.example/zh-cn/d/" is not an absolute URL of the site https://site.example/',
    ]);
  });
});

describe('checkSitemaps', () => {
  // Shaped like @astrojs/sitemap's output (sitemap-index.xml and sitemap-0.xml with i18n alternates).
  const index = {
    file: 'sitemap-index.xml',
    xml: '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://site.example/sub/sitemap-0.xml</loc></sitemap></sitemapindex>',
  };
  const urlset = (urls: string) => ({
    file: 'sitemap-0.xml',
    xml: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls}</urlset>`,
  });
  const entry = (loc: string, alternates: [string, string][] = []) =>
    `<url><loc>${loc}</loc>${alternates.map(([l, h]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${h}"/>`).join('')}</url>`;
  const pageFiles = ['fr/index.html', 'zh-cn/index.html', 'fr/cases/beta/index.html', 'zh-cn/cases/beta/index.html'];
  const opts = { base: '/sub/', origin: 'https://site.example' };

  it('lists the URLs of <loc> entries and of xhtml:link alternates', () => {
    const map = urlset(
      entry('https://site.example/sub/fr/', [
        ['fr', 'https://site.example/sub/fr/'],
        ['zh-CN', 'https://site.example/sub/zh-cn/'],
      ]),
    );
    expect(sitemapUrls(map.xml)).toEqual([
      'https://site.example/sub/fr/',
      'https://site.example/sub/fr/',
      'https://site.example/sub/zh-cn/',
    ]);
  });

  it('accepts an index and a sitemap whose every URL is a built page', () => {
    const map = urlset(
      entry('https://site.example/sub/fr/', [['zh-CN', 'https://site.example/sub/zh-cn/']]) +
        entry('https://site.example/sub/zh-cn/cases/beta/', [['fr', 'https://site.example/sub/fr/cases/beta/']]),
    );
    expect(checkSitemaps([index, map], pageFiles, opts)).toEqual([]);
  });

  it('names the sitemap and each URL that is missing, off the site, outside the base path or empty', () => {
    const map = urlset(
      entry('https://site.example/sub/fr/cases/nowhere/') +
        entry('http://localhost:4321/sub/fr/', [['zh-CN', 'https://site.example/sub/zh-cn/cases/gone/']]) +
        entry('https://site.example/fr/'),
    );
    expect(
      checkSitemaps(
        [map, urlset('')].map((m, i) => ({ ...m, file: `sitemap-${i}.xml` })),
        pageFiles,
        opts,
      ),
    ).toEqual([
      'sitemap-0.xml: URL "https://site.example/sub/fr/cases/nowhere/" points to no page',
      'sitemap-0.xml: URL "http://localhost:4321/sub/fr/" is not an absolute URL of the site https://site.example/sub/',
      'sitemap-0.xml: URL "https://site.example/fr/" is not an absolute URL of the site https://site.example/sub/',
      'sitemap-0.xml: URL "https://site.example/sub/zh-cn/cases/gone/" points to no page',
      'sitemap-1.xml: lists no URL',
    ]);
  });

  it('refuses an index pointing to a sitemap that was not built', () => {
    expect(checkSitemaps([index], pageFiles, opts)).toEqual([
      'sitemap-index.xml: URL "https://site.example/sub/sitemap-0.xml" points to no page',
    ]);
  });
});

describe('createInterner', () => {
  it('keeps one copy of a link or id repeated across pages, with the same facts', () => {
    const intern = createInterner();
    const html = '<nav><a href="/fr/glossary/" id="nav">Glossaire</a></nav><link rel="alternate" hreflang="zh-CN" href="/zh-cn/">';
    const a = pageFacts(html, intern);
    const b = pageFacts(html, intern);
    expect(a).toEqual(pageFacts(html));
    expect(b.links[0]).toBe(a.links[0]);
    expect(b.links[1]).toBe(a.links[1]);
    expect(a.links[1]).toEqual({ tag: 'link', href: '/zh-cn/', hreflang: 'zh-CN', rel: 'alternate' });
  });
});
