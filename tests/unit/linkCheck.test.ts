import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/linkCheck.ts';

const page = (file: string, body: string) => ({ file, html: `<html><body>${body}</body></html>` });

describe('checkLinks', () => {
  const pages = [
    page('fr/index.html', '<a href="/fr/cases/a/">a</a><a href="/fr/cases/a/#s2">s2</a><a href="/zh-cn/" hreflang="zh-CN">中文</a>'),
    page('fr/cases/a/index.html', '<h2 id="s2">x</h2><link rel="canonical" href="https://site.example/fr/cases/a/"><a href="../../">up</a>'),
    page('zh-cn/index.html', '<a href="/favicon.svg">i</a><a href="https://elsewhere.example/">x</a>'),
  ];

  it('accepts links, anchors, relative paths, assets and absolute URLs of the site', () => {
    expect(checkLinks(pages, { origin: 'https://site.example', assets: ['favicon.svg'] })).toEqual([]);
  });

  it('names the page and the link that points nowhere', () => {
    const problems = checkLinks([...pages, page('fr/cases/b/index.html', '<a href="/fr/cases/zzz/">x</a><a href="/fr/cases/a/#nope">y</a>')], {
      origin: 'https://site.example',
      assets: ['favicon.svg'],
    });
    expect(problems).toEqual([
      'fr/cases/b/index.html: link "/fr/cases/zzz/" points to no page',
      'fr/cases/b/index.html: link "/fr/cases/a/#nope" points to a missing anchor #nope in fr/cases/a/index.html',
    ]);
  });

  it('refuses a link into the other language unless it declares hreflang', () => {
    const problems = checkLinks([...pages, page('fr/x/index.html', '<a href="/zh-cn/">中文</a>')], { assets: ['favicon.svg'] });
    expect(problems).toEqual(['fr/x/index.html: link "/zh-cn/" jumps from fr to zh-cn; only links with hreflang may change language']);
  });

  it('checks links under a base path', () => {
    const based = [page('fr/index.html', '<a href="/sub/fr/">self</a><a href="/fr/">outside</a>')];
    expect(checkLinks(based, { base: '/sub/' })).toEqual(['fr/index.html: link "/fr/" leaves the site\'s base path /sub/']);
  });
});
