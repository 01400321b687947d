import { describe, expect, it } from 'vitest';
import { parseTermbase, type Term } from '../../../src/content-model/termbase/termbase.ts';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { linkTerms, localeOfFile, rehypeTermLinks } from '../../../src/markdown/rehypeTermLinks.ts';
import type { LocaleKey } from '../../../src/i18n/locales.ts';

const terms = parseTermbase([
  {
    id: 'fugu',
    category: 'place',
    fr: { name: 'Fugu', aliases: ['district de Fugu'], definition: 'District du Shaanxi.' },
    zh: { name: '府谷县', aliases: ['府谷'], definition: '陕西省的一个县。' },
    pinyin: 'Fǔgǔ Xiàn',
  },
  {
    id: 'key-county',
    category: 'concept',
    fr: { name: 'district clé', aliases: ['districts clés'], definition: 'District prioritaire : aidé.' },
    zh: { name: '重点县', aliases: ['国家扶贫开发工作重点县'], definition: '国家重点扶持的贫困县。' },
    pinyin: 'zhòngdiǎn xiàn',
  },
]);
const pinyin = (t: Term) => t.pinyin;

type N = {
  type: string;
  value?: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value: string }[];
  children?: N[];
};
const t = (value: string): N => ({ type: 'text', value });
const el = (tagName: string, children: N[], properties: Record<string, unknown> = {}): N => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const jsx = (name: string, lang: string, children: N[]): N => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: lang }],
  children,
});
const root = (...children: N[]): N => ({ type: 'root', children });

function run(tree: N, locale: LocaleKey = 'fr') {
  linkTerms(tree as unknown as Root, locale, { terms, pinyin });
  return tree;
}
function all(node: N, test: (n: N) => boolean, out: N[] = []): N[] {
  if (test(node)) out.push(node);
  for (const c of node.children ?? []) all(c, test, out);
  return out;
}
const links = (tree: N) =>
  all(tree, (n) => n.tagName === 'a' && (n.properties?.className as string[] | undefined)?.includes('term-link') === true);
const textOf = (n: N): string => n.value ?? (n.children ?? []).map(textOf).join('');

describe('rehypeTermLinks', () => {
  it('links the first occurrence of each term only, to its glossary anchor, with a described-by tooltip', () => {
    const tree = run(root(el('p', [t('Fugu est un district clé. Fugu encore, district clé encore.')]), el('p', [t('Fugu.')])));
    const found = links(tree);
    expect(found.map((a) => [textOf(a), a.properties!.href, a.properties!.ariaDescribedBy])).toEqual([
      ['Fugu', '/glossary/#fugu', ['tip-fugu']],
      ['district clé', '/glossary/#key-county', ['tip-key-county']],
    ]);
    const tips = all(tree, (n) => n.properties?.role === 'tooltip');
    expect(tips.map((n) => n.properties!.id)).toEqual(['tip-fugu', 'tip-key-county']);
    // The surrounding text is kept as it was.
    expect(textOf(tree.children![0]!.children![0]!.children![0]!)).toBe('Fugu');
    expect(all(tree.children![0]!, (n) => n.type === 'text' && n.value === ' est un ').length).toBe(1);
  });

  it('prefers the longest form starting at a place', () => {
    const tree = run(root(el('p', [t('Le district de Fugu et Fugu.')])));
    expect(links(tree).map(textOf)).toEqual(['district de Fugu']);
    const zh = run(root(el('p', [t('国家扶贫开发工作重点县，重点县。')])), 'zh-cn');
    expect(links(zh).map(textOf)).toEqual(['国家扶贫开发工作重点县']);
  });

  it('matches French forms ignoring case and accents, and keeps the text as written', () => {
    const tree = run(root(el('p', [t('Les DISTRICTS CLES du pays.')])));
    expect(links(tree).map(textOf)).toEqual(['DISTRICTS CLES']);
  });

  it('skips headings, existing links, code and text in another language', () => {
    const tree = run(
      root(
        el('h2', [t('Fugu')]),
        el('p', [
          el('a', [t('Fugu')], { href: '/cases/beta/' }),
          t(' '),
          el('code', [t('Fugu')]),
          t(' '),
          jsx('span', 'zh-CN', [t('府谷')]),
        ]),
        el('p', [t('Ici, '), el('em', [t('Fugu')]), t('.')]),
      ),
    );
    const found = links(tree);
    expect(found.length).toBe(1);
    expect(all(tree.children![2]!, (n) => n === found[0]).length).toBe(1);
    // On a Chinese page, a French run is left alone but the Chinese name is linked.
    const zh = run(root(el('p', [jsx('span', 'fr', [t('Fugu')]), t('即府谷。')])), 'zh-cn');
    expect(links(zh).map(textOf)).toEqual(['府谷']);
  });

  it('gives the tooltip the page language’s definition and the other language’s name with its lang', () => {
    const fr = run(root(el('p', [t('Fugu')])));
    const tip = all(fr, (n) => n.properties?.role === 'tooltip')[0]!;
    expect(tip.properties!.dataPagefindIgnore).toBe('');
    const langs = all(tip, (n) => typeof n.properties?.lang === 'string').map((n) => [n.properties!.lang, textOf(n)]);
    expect(langs).toEqual([
      ['zh-CN', '府谷县'],
      ['zh-Latn-pinyin', 'Fǔgǔ Xiàn'],
    ]);
    expect(textOf(tip)).toContain('District du Shaanxi.');

    const zh = run(root(el('p', [t('重点县')])), 'zh-cn');
    const zhTip = all(zh, (n) => n.properties?.role === 'tooltip')[0]!;
    expect(all(zhTip, (n) => typeof n.properties?.lang === 'string').map((n) => [n.properties!.lang, textOf(n)])).toEqual([
      ['fr', 'district clé'],
    ]);
    expect(textOf(zhTip)).toContain('国家重点扶持的贫困县。');
  });

  it('applies French spacing to French text it inserts', () => {
    const tree = run(root(el('p', [t('district clé')])));
    expect(textOf(all(tree, (n) => n.properties?.role === 'tooltip')[0]!)).toContain('District prioritaire\u202f: aidé.');
  });

  it('adds no block: the top-level children and their tags are unchanged', () => {
    const tree = run(root(el('h2', [t('Fugu')]), el('p', [t('Fugu, district clé.')]), el('ul', [el('li', [t('Fugu')])])));
    expect(tree.children!.map((n) => n.tagName)).toEqual(['h2', 'p', 'ul']);
    expect(all(tree, (n) => n.type === 'element' && !['span', 'a'].includes(n.tagName!)).length).toBe(4);
  });

  it('returns the ids of the terms it linked, in order of first mention', () => {
    const tree = root(el('h2', [t('Fugu')]), el('p', [t('Un district clé : Fugu, puis district clé.')]));
    expect(linkTerms(tree as unknown as Root, 'fr', { terms, pinyin })).toEqual(['key-county', 'fugu']);
    expect(linkTerms(root(el('h2', [t('Fugu')])) as unknown as Root, 'fr', { terms, pinyin })).toEqual([]);
  });

  it('records for the pages every term the text mentions, in headings and links too, but not in code or another language', () => {
    const record = (tree: N, path = '/site/content/fr/cases/x.mdx') => {
      const file = new VFile({ path });
      rehypeTermLinks({ terms, pinyin, contentDir: '/site/content' })(tree as unknown as Root, file);
      return file.data.astro?.frontmatter?.terms as unknown;
    };
    expect(record(root(el('h2', [t('Fugu')]), el('p', [el('a', [t('district clé')], { href: '/x/' })])))).toEqual(['fugu', 'key-county']);
    expect(record(root(el('p', [el('code', [t('Fugu')]), jsx('span', 'zh-CN', [t('府谷')])])))).toEqual([]);
    expect(record(root(el('p', [t('府谷')])), '/site/content/zh-cn/cases/x.mdx')).toEqual(['fugu']);
    // The tooltips the step adds (the other language's names) are not mentions.
    expect(record(root(el('p', [t('district clé')])), '/site/content/zh-cn/cases/x.mdx')).toEqual([]);
  });

  it('knows the page language from the file path under the content directory', () => {
    expect(localeOfFile('/site/content/zh-cn/cases/fugu.mdx', '/site/content')).toBe('zh-cn');
    expect(localeOfFile('/site/content/fr/overview/definition.mdx', '/site/content')).toBe('fr');
    expect(localeOfFile('/elsewhere/fr/x.mdx', '/site/content')).toBeUndefined();
  });
});
