import { describe, expect, it } from 'vitest';
import { contentHref, linkContextOf, localizeLinks } from '../../../src/page-data/entryLinks.ts';
import { sitePath } from '../../../src/i18n/paths.ts';

const entrySlugs = new Set(['cases/beta', 'models/alpha']);

describe('links written in entries', () => {
  it('go to the page language under the base path', () => {
    const fr = linkContextOf(sitePath('fr/cases/beta/'), entrySlugs);
    expect(contentHref('/models/alpha/', fr)).toBe(sitePath('fr/models/alpha/'));
    expect(contentHref('/glossary/#fugu', fr)).toBe(sitePath('fr/glossary/#fugu'));
    expect(contentHref('https://example.org/', fr)).toBe('https://example.org/');
    expect(contentHref('#s2', fr)).toBe('#s2');
  });

  it('keep the reader in the parallel view when they lead to an entry', () => {
    const parallel = linkContextOf(sitePath('zh-cn/parallel/cases/beta/'), entrySlugs);
    expect(contentHref('/models/alpha/', parallel)).toBe(sitePath('zh-cn/parallel/models/alpha/'));
    expect(contentHref('/glossary/#fugu', parallel)).toBe(sitePath('zh-cn/glossary/#fugu'));
  });

  it('are rewritten in compiled HTML, wherever href stands among the attributes, and nowhere else', () => {
    const context = linkContextOf(sitePath('fr/models/alpha/'), entrySlugs);
    const html =
      '<p id="s1-1">Voir <a href="/cases/beta/">Fugu</a> et <a class="term" href="/glossary/#fugu" aria-describedby="tip-fugu">府谷</a>. Texte href="/x/".</p>';
    expect(localizeLinks(html, context)).toBe(
      `<p id="s1-1">Voir <a href="${sitePath('fr/cases/beta/')}">Fugu</a> et <a class="term" href="${sitePath('fr/glossary/#fugu')}" aria-describedby="tip-fugu">府谷</a>. Texte href="/x/".</p>`,
    );
  });

  it('need a page in a language folder', () => {
    expect(() => linkContextOf(sitePath('glossary/'), entrySlugs)).toThrow(/language folder/);
  });
});
