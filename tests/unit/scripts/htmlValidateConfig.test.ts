/** The html-validate configuration catches what it is there for (run on literal pages). */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t 定点扶贫</title></head><body><main>${body}</main></body></html>`;
const rules = async (html: string) =>
  (await validator.validateString(html, 'page.html')).results.flatMap((r) => r.messages.map((m) => m.ruleId));

describe('.htmlvalidate.mjs', () => {
  it('accepts a French page whose Chinese text is marked, and a Chinese page', async () => {
    expect(await rules(page('fr', '<p>Le district de <span lang="zh-CN">府谷</span>.</p>'))).toEqual([]);
    expect(await rules(page('zh-CN', '<p>府谷县（<span lang="fr">Fugu</span>）</p>'))).toEqual([]);
  });

  it('refuses Chinese text in a French page without lang, even nested, and with the wrong lang', async () => {
    expect(await rules(page('fr', '<p>Le district de 府谷.</p>'))).toEqual(['dingdian/han-needs-lang']);
    expect(await rules(page('fr', '<p><em>府谷</em> et <span lang="zh-CN"><b>府谷</b></span></p>'))).toEqual(['dingdian/han-needs-lang']);
    expect(await rules(page('fr', '<p lang="en">Fugu 府谷</p>'))).toEqual(['dingdian/han-needs-lang']);
  });

  it('keeps the recommended rules: duplicate ids and invalid nesting fail', async () => {
    expect(await rules(page('fr', '<p id="a">x</p><p id="a">y</p>'))).toContain('no-dup-id');
    expect(await rules(page('fr', '<p><div>x</div></p>'))).not.toEqual([]);
  });
});
