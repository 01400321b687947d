import { describe, expect, it } from 'vitest';
import { pairBlocks } from '../../../src/page-data/parallel.ts';

const fr = '<h2 id="s1">Titre</h2><p id="s1-1">Un <a href="/fr/x/">lien</a>.</p><ul id="s1-2"><li>a</li></ul>';
const zh = '<h2 id="s1">标题</h2><p id="s1-1">一个<a href="/zh-cn/x/">链接</a>。</p><ul id="s1-2"><li>甲</li></ul>';

describe('pairing an entry with its twin', () => {
  it('pairs every aligned block, in order, keeping markup and dropping the ids', () => {
    const pairs = pairBlocks(fr, zh, 'cases/x');
    expect(pairs.map((p) => p.id)).toEqual(['s1', 's1-1', 's1-2']);
    expect(pairs.map((p) => p.heading)).toEqual([true, false, false]);
    expect(pairs[1]!.html).toEqual(['<p>Un <a href="/fr/x/">lien</a>.</p>', '<p>一个<a href="/zh-cn/x/">链接</a>。</p>']);
    expect(pairs.flatMap((p) => p.html).join('')).not.toMatch(/id="s/);
  });

  it('keeps the ids inside each version apart, with their references', () => {
    const tip = (text: string) =>
      `<p id="s1-1"><a href="/g/#t" aria-describedby="tip-t">${text}</a><span id="tip-t" role="tooltip">…</span></p>`;
    const [pair] = pairBlocks(tip('Fugu'), tip('府谷'), 'cases/x', ['fr', 'zh-CN']);
    expect(pair!.html[0]).toContain('aria-describedby="tip-t-fr"');
    expect(pair!.html[0]).toContain('id="tip-t-fr"');
    expect(pair!.html[1]).toContain('aria-describedby="tip-t-zh-CN"');
    expect(pair!.html[1]).toContain('id="tip-t-zh-CN"');
    expect(pair!.html[0]).toContain('href="/g/#t"');
  });

  it('cuts blocks where the browser would: nested and void elements, raw text, attributes in any quoting', () => {
    const html = (word: string) =>
      `<div id='s1'><div><p>${word}</p></div><img src="a.png" alt=""></div>\n<hr>` +
      `<p id=s1-1 class="x">${word} <br> <code>&lt;p id="s9"&gt;</code><script type="application/json">{"a":"<p id=\\"s8\\">"}</script></p>`;
    const pairs = pairBlocks(html('un'), html('一'), 'cases/x');
    expect(pairs.map((p) => p.id)).toEqual(['s1', 's1-1']);
    expect(pairs[0]!.html[0]).toBe('<div><div><p>un</p></div><img src="a.png" alt=""></div>');
    expect(pairs[1]!.html[1]).toBe(
      '<p class="x">一 <br> <code>&lt;p id="s9"&gt;</code><script type="application/json">{"a":"<p id=\\"s8\\">"}</script></p>',
    );
  });

  it('ignores markup that is not an aligned block', () => {
    const pairs = pairBlocks(`${fr}<div id="footnotes">x</div>\n`, `${zh}<div id="footnotes">y</div>`, 'cases/x');
    expect(pairs).toHaveLength(3);
  });

  it('names the entry when the versions do not align', () => {
    expect(() => pairBlocks(fr, '<h2 id="s1">标题</h2>', 'cases/x')).toThrow(
      /cases\/x: the two versions do not have the same aligned blocks/,
    );
    expect(() => pairBlocks('', '', 'cases/y')).toThrow(/cases\/y/);
  });
});
