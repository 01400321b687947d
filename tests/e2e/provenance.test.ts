/**
 * « Sources » / 出处, as a reader meets it: off by default, a toggle shows a
 * marker at the end of every block, remembered across pages and applied
 * before the page paints; a marker opens a note (by mouse and keyboard, with
 * Escape bringing focus back) that stays inside the viewport on a phone and
 * on a desktop, in the single and the parallel view; print shows every
 * marker; the source page lists the passages and who cites them.
 * On the fixture site (tests/fixtures/site).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Watched } from './site.ts';
import { url, watchedPage } from './fixtureSite.ts';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  expect(w.offOrigin).toEqual([]);
  expect(w.errors, 'errors in the browser').toEqual([]);
  await w.context.close();
});
afterAll(() => browser.close());

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Every block of the text (paragraph, list item, table body row) and whether its last element is a visible marker. */
const blocks = (page: Page, root = '.prose') =>
  page.$$eval(`${root} :is(p, li, tbody tr)`, (els) =>
    els
      .filter((el) => !el.closest('.basis-note'))
      .map((el) => {
        const holder = el.tagName === 'TR' ? el.lastElementChild! : el;
        const last = holder.lastElementChild;
        const marker = last?.matches('button.basis') ? (last as HTMLElement) : undefined;
        return {
          text: (el as HTMLElement).innerText.slice(0, 40),
          marker: marker ? marker.innerText : undefined,
          visible: marker ? marker.getBoundingClientRect().width > 0 : false,
        };
      }),
  );

const pressed = (page: Page) => page.getAttribute('[data-sources-toggle]', 'aria-pressed');

async function openNote(page: Page, marker: ReturnType<Page['locator']>) {
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  const id = await marker.getAttribute('popovertarget');
  const note = page.locator(`#${id}`);
  await note.waitFor({ state: 'visible' });
  return note;
}

const inside = (box: { x: number; y: number; width: number; height: number } | null, viewport: { width: number; height: number }) =>
  !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;

describe('the toggle', () => {
  it('is off by default; on, every block ends with a visible marker in the page language; remembered across pages and languages', async () => {
    w = await watchedPage(browser, { viewport: DESKTOP });
    await w.page.goto(url('fr/models/project-aid/'));
    expect(await w.page.getByRole('button', { name: 'Sources', exact: true }).count()).toBe(1);
    expect(await pressed(w.page)).toBe('false');
    const off = await blocks(w.page);
    expect(off.length).toBeGreaterThan(4);
    expect(off.every((b) => b.marker !== undefined && !b.visible)).toBe(true);
    expect(await w.page.innerText('.prose')).not.toMatch(/§|lecture du site/);

    await w.page.click('[data-sources-toggle]');
    expect(await pressed(w.page)).toBe('true');
    const on = await blocks(w.page);
    expect(on.filter((b) => !b.visible)).toEqual([]);
    for (const b of on)
      expect(b.marker).toMatch(
        /^Provenance\u202f:\s*(§{1,2}\u00a0\d+(, \d+)*( · 第 \d+(、\d+)* 段)?|第 \d+(、\d+)* 段|lecture du site|autre source)$/,
      );
    // 第 n 段 inside a French page is marked as Chinese.
    const zhRuns = await w.page.$$eval('.prose .basis span[lang]', (spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent]));
    expect(zhRuns.length).toBeGreaterThan(0);
    for (const [lang, text] of zhRuns) expect([lang, text]).toEqual(['zh-CN', expect.stringMatching(/^第 /)]);

    // Another page, the other language: still on, with Chinese markers.
    await w.page.goto(url('zh-cn/cases/meiling-bridges/'));
    expect(await pressed(w.page)).toBe('true');
    const zh = await blocks(w.page);
    expect(zh.filter((b) => !b.visible)).toEqual([]);
    for (const b of zh)
      expect(b.marker).toMatch(/^出处：\s*(第 \d+(、\d+)* 段( · §{1,2}\u00a0\d+(, \d+)*)?|§{1,2}\u00a0\d+(, \d+)*|本站解读|其他来源)$/);
    expect(await w.page.$$eval('.prose .basis span[lang]', (s) => [...new Set(s.map((x) => x.getAttribute('lang')))])).toEqual(['fr']);

    await w.page.click('[data-sources-toggle]');
    expect(await pressed(w.page)).toBe('false');
    await w.page.goto(url('fr/cases/changwu-2468/'));
    expect(await pressed(w.page)).toBe('false');
    expect((await blocks(w.page)).some((b) => b.visible)).toBe(false);
  });

  it('shows the markers before any module script runs, so they never pop in after the text', async () => {
    w = await watchedPage(browser, { viewport: PHONE });
    await w.page.goto(url('fr/models/project-aid/'));
    await w.page.click('[data-sources-toggle]');
    await w.page.route('**/_astro/*.js', (route) => route.abort());
    await w.page.goto(url('zh-cn/models/farm-development/'));
    expect(await w.page.getAttribute('html', 'data-sources')).toBe('on');
    expect(await w.page.locator('.prose .basis').first().isVisible()).toBe(true);
    // The pressed look comes from the same attribute.
    const background = await w.page.$eval('[data-sources-toggle]', (b) => getComputedStyle(b).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    w.errors.length = 0; // the scripts this test blocked on purpose
  });
});

describe('a marker’s note', () => {
  it('opens and closes by keyboard: Tab to the toggle, Enter, Tab to a marker, Enter, Escape returns focus', async () => {
    for (const [lang, gist, citation] of [
      ['fr', /D’après la source/, /example\.org, 15 mars 2020\./],
      ['zh-cn', /依据资料/, /example\.org，2020 年 3 月 15 日。/],
    ] as const) {
      w = await watchedPage(browser, { viewport: DESKTOP });
      const { page } = w;
      await page.goto(url(`${lang}/models/project-aid/`));
      const focused = () =>
        page.evaluate(() =>
          document.activeElement?.matches('[data-sources-toggle]')
            ? 'toggle'
            : document.activeElement?.matches('button.basis')
              ? 'marker'
              : document.activeElement?.tagName,
        );
      let steps = 0;
      while ((await focused()) !== 'toggle' && steps++ < 80) await page.keyboard.press('Tab');
      expect(await focused()).toBe('toggle');
      await page.keyboard.press('Enter');
      expect(await pressed(page)).toBe('true');
      steps = 0;
      while ((await focused()) !== 'marker' && steps++ < 80) await page.keyboard.press('Tab');
      expect(await focused()).toBe('marker');
      const marker = await page.evaluateHandle(() => document.activeElement as HTMLButtonElement);
      const target = await marker.evaluate((m) => m.getAttribute('popovertarget'));
      expect(await marker.evaluate((m) => m.getAttribute('aria-expanded'))).toBe('false');

      await page.keyboard.press('Enter');
      const note = page.locator(`#${target}`);
      await note.waitFor({ state: 'visible' });
      await page.waitForFunction((m) => m.getAttribute('aria-expanded') === 'true', marker, { timeout: 2000 });
      expect(await page.evaluate((id) => document.activeElement?.closest(`#${id}`) !== null, target)).toBe(true);
      const text = await note.innerText();
      expect(text).toMatch(gist);
      expect(text).toMatch(citation);
      expect(inside(await note.boundingBox(), DESKTOP)).toBe(true);
      // Its label is in the page's language.
      expect(await note.getAttribute('role')).toBe('dialog');
      expect(await page.$eval(`#${target}-title`, (t) => t.textContent)).toMatch(lang === 'fr' ? /^D’après la source$/ : /^依据资料$/);

      await page.keyboard.press('Escape');
      await note.waitFor({ state: 'hidden' });
      expect(await focused()).toBe('marker');
      expect(await marker.evaluate((m) => m === document.activeElement)).toBe(true);
      await page.waitForFunction((m) => m.getAttribute('aria-expanded') === 'false', marker, { timeout: 2000 });
      await w.context.close();
    }
    w = await watchedPage(browser);
  });

  it('shows the passages’ gists in the reader’s language, both passage numbers and the citation; readings say what they are', async () => {
    w = await watchedPage(browser, { viewport: DESKTOP });
    await w.page.goto(url('zh-cn/models/project-aid/'));
    await w.page.click('[data-sources-toggle]');
    const source = await openNote(w.page, w.page.locator('.prose .basis-source').first());
    const text = await source.innerText();
    expect(text).toMatch(/法文版 §{1,2}\u00a0\d+/);
    expect(text).toMatch(/中文版第 \d+(、\d+)* 段/);
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(text).not.toMatch(/ de la version /);
    await w.page.keyboard.press('Escape');

    await w.page.goto(url('fr/reference/models-compared/'));
    const reading = w.page.locator('.prose .basis-reading').first();
    const note = await openNote(w.page, reading);
    expect(await note.innerText()).toMatch(/^lecture du site\n+Explication propre au site/);
    // The close button closes it and gives focus back to the marker.
    await note.locator('[data-note-close]').click();
    await note.waitFor({ state: 'hidden' });
    expect(await reading.evaluate((m) => m === document.activeElement)).toBe(true);
  });

  it('stays inside the viewport on a phone and on a desktop, in both languages and in the parallel view', async () => {
    for (const viewport of [PHONE, DESKTOP])
      for (const path of [
        'fr/models/project-aid/',
        'zh-cn/reference/models-compared/',
        'fr/parallel/cases/water-office/',
        'zh-cn/parallel/cases/seed-institute/',
      ]) {
        w = await watchedPage(browser, { viewport });
        await w.page.goto(url(path));
        await w.page.click('[data-sources-toggle]');
        const markers = w.page.locator('[data-aligned-blocks] .basis');
        const count = await markers.count();
        expect(count, path).toBeGreaterThan(2);
        for (const i of [0, Math.floor(count / 2), count - 1]) {
          const marker = markers.nth(i);
          expect(await marker.isVisible()).toBe(true);
          const note = await openNote(w.page, marker);
          // The note is placed by the toggle's script once it opens: under load, a frame or two after it shows.
          await expect
            .poll(async () => inside(await note.boundingBox(), viewport), {
              message: `${path} marker ${i} at ${viewport.width}×${viewport.height}`,
              timeout: 3000,
            })
            .toBe(true);
          await w.page.keyboard.press('Escape');
          await note.waitFor({ state: 'hidden' });
        }
        await w.context.close();
      }
    w = await watchedPage(browser);
  });
});

describe('print and the source page', () => {
  it('prints every marker as a bracketed note, with the toggle off, and no toggle or note', async () => {
    w = await watchedPage(browser, { viewport: DESKTOP });
    await w.page.goto(url('fr/models/project-aid/'));
    expect(await pressed(w.page)).toBe('false');
    await w.page.emulateMedia({ media: 'print' });
    const printed = await blocks(w.page);
    expect(printed.filter((b) => !b.visible)).toEqual([]);
    const before = await w.page.$eval('.prose .basis', (b) => [
      getComputedStyle(b, '::before').content,
      getComputedStyle(b, '::after').content,
    ]);
    expect(before).toEqual(['"["', '"]"']);
    expect(await w.page.isVisible('[data-sources-toggle]')).toBe(false);
  });

  it('lists every passage with its gist and links to the pages that cite it', async () => {
    for (const [lang, version, cited] of [
      ['fr', 'Version française', /^Cité par\u202f: /],
      ['zh-cn', '法文版', /^引用本段的页面：/],
    ] as const) {
      w = await watchedPage(browser, { viewport: PHONE });
      await w.page.goto(url(`${lang}/reference/source/`));
      expect(await w.page.locator('.source-passages h3').first().innerText()).toBe(version);
      const passages = w.page.locator('.passage-list li');
      expect(await passages.count()).toBeGreaterThan(4);
      const first = passages.first();
      expect(await first.locator('.passage-number').innerText()).toMatch(/^(§\u00a01|第 1 段)$/);
      expect(await first.locator('.passage-cited').innerText()).toMatch(cited);
      // Every passage is cited by a page or says why not (the build guarantees it; the page shows it).
      const states = await passages.evaluateAll((items) =>
        items.map((li) => !!li.querySelector('.passage-cited a') || !!li.querySelector('.passage-unused')),
      );
      expect(states.every(Boolean)).toBe(true);
      // A link leads to the citing block of a page in the same language.
      const href = (await first.locator('.passage-cited a').first().getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/${lang}/.+/#s\\d+-\\d+$`));
      await w.page.goto(url(href));
      expect(await w.page.locator(`[id="${href.split('#')[1]}"]`).isVisible()).toBe(true);
      await w.context.close();
    }
    w = await watchedPage(browser);
  });
});
