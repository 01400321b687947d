/**
 * An html-validate rule: Chinese characters in a page (or part of a page)
 * that is not in Chinese must sit inside an element whose `lang` says so
 * (`<span lang="zh-CN">`), so that screen readers switch voice and browsers
 * pick a Han font. The document <title> cannot mark a part of itself, and
 * script and style contents are not text, so those are skipped.
 */
import { Rule, type DOMReadyEvent, type HtmlElement } from 'html-validate';

const HAN = /\p{Script=Han}/u;
const SKIPPED = new Set(['title', 'script', 'style', 'template']);
const TEXT_NODE = 3;

const langOf = (el: HtmlElement | null): string | undefined => {
  for (let e = el; e; e = e.parent) {
    const lang = e.getAttribute('lang')?.value;
    if (typeof lang === 'string') return lang;
  }
  return undefined;
};

class HanNeedsLang extends Rule {
  public override documentation() {
    return { description: 'Chinese text outside a Chinese-language element needs a lang attribute, e.g. <span lang="zh-CN">.' };
  }

  public override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const visit = (el: HtmlElement) => {
        if (SKIPPED.has(el.tagName)) return;
        for (const child of el.childNodes) {
          if (child.nodeType === TEXT_NODE && HAN.test(child.textContent)) {
            const lang = langOf(el) ?? '';
            if (!/^zh\b/i.test(lang))
              this.report(
                el,
                `Chinese text "${child.textContent.trim().slice(0, 20)}" in <${el.tagName}> is marked lang="${lang}": wrap it in an element with lang="zh-CN"`,
                child.location,
              );
          }
        }
        for (const c of el.childElements) visit(c);
      };
      for (const el of event.document.root.childElements) visit(el);
    });
  }
}

export const langPlugin = {
  name: 'dingdian-lang',
  rules: { 'dingdian/han-needs-lang': HanNeedsLang },
};
