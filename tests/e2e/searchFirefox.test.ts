/**
 * Search excerpts in Firefox, the second engine: engines' Intl.Segmenter cut
 * Chinese each their own way, across words too (Firefox: 陕西|省长|武|县 for
 * 陕西省长武县), so highlighting cuts Chinese by the site's own dictionary
 * (search/words.ts). The marks must be the query's words, never 省长 across
 * 陕西省 and 长武县, and French results found through a Chinese name must show
 * the sentence that names it. On the fixture site (tests/fixtures/site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from '../helpers/firefox.ts';
import { url } from './fixtureSite.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function searchIn(page: Page, path: string, query: string) {
  await page.goto(url(path));
  await page.waitForSelector('[data-search-open][data-ready]');
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[data-search-dialog][data-search-ready]');
  const before = await page.$eval('dialog[data-search-dialog]', (d) => (d as HTMLElement).dataset.searchReady);
  await page.type('#search-input', query);
  await page.waitForFunction(
    (prev) => {
      const d = document.querySelector('dialog[data-search-dialog]') as HTMLElement;
      return d.dataset.searchReady !== prev && document.querySelectorAll('.search-result').length > 0;
    },
    {},
    before,
  );
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      excerpt: li.querySelector<HTMLElement>('.result-excerpt')?.innerText ?? '',
      marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent),
    })),
  );
}

describe('search excerpts in Firefox', () => {
  it('marks 长武 as a word, never 省长 (陕西省长武县), on Chinese results', async () => {
    const page = await browser.newPage();
    try {
      const results = await searchIn(page, 'zh-cn/', '长武');
      const marks = results.flatMap((r) => r.marks);
      expect(marks.length).toBeGreaterThan(0);
      expect(marks).not.toContain('省长');
      for (const m of marks) expect(m).toMatch(/长武/);
    } finally {
      await page.close();
    }
  });

  it('shows, for French results found through a Chinese name, the sentence that names it, marked', async () => {
    const page = await browser.newPage();
    try {
      const results = await searchIn(page, 'fr/', '长武');
      const french = results.filter((r) => r.href.includes('/fr/'));
      expect(french.length).toBeGreaterThan(0);
      // The first French result (the Changwu case) shows its sentence about Changwu, with the name marked.
      expect(french[0]!.excerpt).toMatch(/Changwu|长武/);
      expect(french[0]!.marks.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
