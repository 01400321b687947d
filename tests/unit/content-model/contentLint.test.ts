import { describe, expect, it } from 'vitest';
import { applyEdits, lintEntry } from '../../../src/content-model/contentLint.ts';
import { formatProblem } from '../../../src/content-model/problems.ts';

const entry = (body: string) => `---\ntitle: x\nkind: case\n---\n\n## T\n\n${body}\n`;
const lint = (lang: 'fr' | 'zh-cn', body: string) => lintEntry(entry(body), `content/${lang}/cases/x.mdx`);
const fixed = (lang: 'fr' | 'zh-cn', body: string) => {
  let text = entry(body);
  for (let i = 0; i < 5; i++) {
    const edits = lintEntry(text, `content/${lang}/cases/x.mdx`).flatMap((p) => (p.edit ? [p.edit] : []));
    if (!edits.length) break;
    text = applyEdits(text, edits);
  }
  return text.split('\n').at(-2);
};

describe('content lint, French', () => {
  it('accepts text written by the guide', () => {
    expect(lint('fr', 'Le cas d’essai : « texte » ; Fugu (<span lang="zh-CN">府谷</span>), à 10:30. `a:b` [lien](/a/b/)')).toEqual([]);
  });
  it('names each problem at its line and column, with a fix', () => {
    expect(lint('fr', `Le cas d'essai: « texte» et "citation" ; Fugu (府谷).`).map(formatProblem)).toEqual([
      'content/fr/cases/x.mdx:8:9: straight apostrophe in "Le cas d\'essai: «"; write the typographic apostrophe ’',
      'content/fr/cases/x.mdx:8:15: no space before ":" in "d\'essai: « texte"; put a space before ":" (the build makes it a narrow no-break space)',
      'content/fr/cases/x.mdx:8:24: no space before » in "« texte» et "cit"; put a space inside the guillemets: « texte »',
      'content/fr/cases/x.mdx:8:29: straight quote in "xte» et "citation"; write French quotation marks « … » (with a space inside)',
      'content/fr/cases/x.mdx:8:38: straight quote in "citation" ; Fugu"; write French quotation marks « … » (with a space inside)',
      'content/fr/cases/x.mdx:8:48: Chinese "府谷" in French text without a lang span; wrap it: <span lang="zh-CN">府谷</span>',
    ]);
  });
  it('fixes what is certain and leaves the rest', () => {
    expect(fixed('fr', `Le cas d'essai: «texte» et "citation" ; Fugu (府谷).`)).toBe(
      'Le cas d’essai : « texte » et "citation" ; Fugu (<span lang="zh-CN">府谷</span>).',
    );
  });
});

describe('content lint, Chinese', () => {
  it('accepts text written by the guide', () => {
    expect(
      lint(
        'zh-cn',
        '每年至少 3000 户，中国石油天然气集团公司（<span lang="en">CNPC</span>）和 <span lang="fr">jumelage</span>。见 french.china.org.cn。',
      ),
    ).toEqual([]);
  });
  it('names ASCII punctuation, missing spaces, spaces next to full-width punctuation and Latin words without a span', () => {
    expect(
      lint('zh-cn', '每年至少3000户,中国石油(<span lang="en">CNPC</span>)和CNPC帮扶 。').map((p) => `${p.column}: ${p.problem}`),
    ).toEqual([
      '4: no space between "少" and "3" in "每年至少3000户,中国"',
      '8: no space between "0" and "户" in "每年至少3000户,中国石油(C"',
      '10: ASCII "," in Chinese text "年至少3000户,中国石油(CNP"',
      '15: ASCII "(" in Chinese text "00户,中国石油(CNPC)和CN"',
      '43: ASCII ")" in Chinese text "国石油(CNPC)和CNPC帮扶"',
      '44: no space between "和" and "C" in "石油(CNPC)和CNPC帮扶 。"',
      '45: Latin word "CNPC" in Chinese text without a lang span',
      '48: no space between "C" and "帮" in "NPC)和CNPC帮扶 。"',
      '51: space next to full-width punctuation in ")和CNPC帮扶 。"',
    ]);
  });
  it('fixes the punctuation and the spacing, outside the spans', () => {
    expect(fixed('zh-cn', '每年至少3000户,中国石油(<span lang="en">CNPC</span>)由<span lang="fr">jumelage</span>完成.')).toBe(
      '每年至少 3000 户，中国石油（<span lang="en">CNPC</span>）由 <span lang="fr">jumelage</span> 完成。',
    );
  });
});

describe('content lint, front matter', () => {
  it('checks the title, summary and labels a reader sees, and fixes them in place', () => {
    const source = `---\ntitle: "Hengrun, l'entreprise"\nsummary: "Un cas: le district."\nkind: case\nevents:\n  - date: "2007"\n    label: "d'abord"\n---\n\n## T\n\nTexte.\n`;
    const problems = lintEntry(source, 'content/fr/cases/x.mdx');
    expect(problems.map((p) => `${p.line}:${p.column}: ${p.problem}`)).toEqual([
      '2:19: straight apostrophe in "ngrun, l\'entrepri"',
      '3:17: no space before ":" in "Un cas: le dist"',
      '7:14: straight apostrophe in "d\'abord"',
    ]);
    const fixed = applyEdits(
      source,
      problems.flatMap((p) => (p.edit ? [p.edit] : [])),
    );
    expect(fixed).toContain('title: "Hengrun, l’entreprise"\nsummary: "Un cas : le district."\n');
    expect(fixed).toContain('label: "d’abord"');
    const zh = lintEntry(`---\ntitle: 一个案例,完\n---\n\n## 标题\n\n正文。\n`, 'content/zh-cn/cases/x.mdx');
    expect(zh.map((p) => `${p.line}:${p.column}: ${p.problem}`)).toEqual(['2:12: ASCII "," in Chinese text "一个案例,完"']);
  });
});
