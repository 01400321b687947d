/**
 * Typical authoring mistakes, many in one build: each entry below holds one
 * mistake, and the build must list every one of them at once, each as
 * `file:line:column: problem; fix` at the line of the mistake, with no stack
 * trace and no "Location:" block. The expected lines are written out in full.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtureBuild.ts';
import type { Term } from '../../src/content-model/termbase/termbase.ts';

interface Side {
  /** Front matter lines after `kind` and `order`, replacing the defaults. */
  front?: string;
  body?: string;
  order?: number;
  summary?: string | null;
}

const FR_BODY = '## Contexte\n\nUn cas ordinaire du modèle [alpha](/models/alpha/).\n\n## Suite\n\nLa suite du cas.';
const ZH_BODY = '## 背景\n\n[阿尔法](/models/alpha/)模式的普通案例。\n\n## 后续\n\n案例的后续。';

/** An entry's text: front matter lines 2–13, body from line 15. */
function entry(lang: 'fr' | 'zh-cn', order: number, side: Side): string {
  const summary = side.summary === null ? '' : `summary: ${side.summary ?? (lang === 'fr' ? 'Un cas.' : '一个案例。')}\n`;
  return (
    `---\ntitle: ${lang === 'fr' ? 'Un cas' : '一个案例'}\n${summary}kind: case\norder: ${side.order ?? order}\n` +
    `${side.front ?? 'model: alpha\nactors: []\nplaces: []'}\n` +
    `source:\n  title: Fixture\n  site: example.org\n  date: 2021-01-06\n---\n\n${side.body ?? (lang === 'fr' ? FR_BODY : ZH_BODY)}\n`
  );
}

let order = 10;
/** A pair of cases, `content/<lang>/cases/<slug>.mdx`, each side possibly with a mistake; `zh: null` leaves the twin out. */
function pair(content: string, slug: string, fr: Side = {}, zh: Side | null = {}): void {
  order += 1;
  writeFileSync(join(content, 'fr/cases', `${slug}.mdx`), entry('fr', order, fr));
  if (zh) writeFileSync(join(content, 'zh-cn/cases', `${slug}.mdx`), entry('zh-cn', order, zh));
}

let output = '';
let status: number | null = null;

beforeAll(() => {
  ({ status, output } = buildFixture((content) => {
    // Shaanxi in the termbase, so that "shanxi" is a near miss.
    const termbase = join(content, 'termbase.json');
    const terms = JSON.parse(readFileSync(termbase, 'utf8')) as Term[];
    const henan = terms.find((t) => t.id === 'henan')!;
    terms.push({
      ...henan,
      id: 'shaanxi',
      fr: { name: 'Shaanxi', aliases: [], definition: 'Province de Chine.', search: [] },
      zh: { name: '陕西省', aliases: ['陕西'], definition: '中国的一个省。', search: [] },
      pinyin: 'Shǎnxī Shěng',
    });
    writeFileSync(termbase, JSON.stringify(terms, null, 2));

    pair(content, 'good'); // no mistake: must not be named
    pair(content, 'wrong-model', { front: 'model: alpah\nactors: []\nplaces: []' }, { front: 'model: alpah\nactors: []\nplaces: []' });
    const shanxi = 'model: alpha\nactors: []\nplaces:\n  - province: shanxi';
    pair(content, 'wrong-place', { front: shanxi }, { front: shanxi });
    pair(content, 'no-twin', {}, null);
    pair(content, 'dead-link', { body: FR_BODY.replace('/models/alpha/', '/models/alpah/') });
    pair(
      content,
      'glossary-anchor',
      { body: `${FR_BODY}\n\nVoir le [jumelage](/glossary/#jumelag).` },
      { body: `${ZH_BODY}\n\n参见[定点扶贫](/glossary/#cnpc)。` },
    );
    pair(content, 'section-anchor', { body: FR_BODY.replace('/models/alpha/', '/cases/good/#s3') });
    pair(content, 'heading-level', { body: FR_BODY.replace('## Suite', '### Suite') });
    pair(content, 'h1', { body: `# Titre\n\n${FR_BODY}` }, { body: `## 标题\n\n${ZH_BODY}` });
    pair(content, 'paragraphs', { body: `${FR_BODY}\n\nUn paragraphe de plus.` });
    pair(content, 'date-format', { front: 'model: alpha\nactors: []\nplaces: []\nevents:\n  - date: 06/01/2021\n    label: Mise à jour' });
    pair(content, 'unknown-key', { front: 'model: alpha\nactors: []\nplaces: []\nauteur: Moi' });
    pair(content, 'no-summary', { summary: null });
    pair(content, 'twin-order', { order: 40 });
    pair(content, 'placeholder', { body: FR_BODY.replace('La suite du cas.', 'TODO : la suite.') });
    pair(content, 'apostrophe', { body: FR_BODY.replace('La suite du cas.', "La suite d'un cas.") });
    pair(content, 'ascii-comma', {}, { body: ZH_BODY.replace('案例的后续。', '案例的后续,完。') });
    pair(content, 'lang-span', { body: FR_BODY.replace('La suite du cas.', 'La suite à Fugu (府谷).') });
    pair(content, 'han-latin', {}, { body: ZH_BODY.replace('案例的后续。', '案例的后续在2021 年。') });
    pair(content, 'french-colon', { body: FR_BODY.replace('La suite du cas.', 'La suite: un cas.') });
    pair(content, 'actor-type', {
      front: 'model: alpha\nactors:\n  - term: cnpc\n    type: enterprise-groupe\nplaces: []',
    });
    pair(
      content,
      'kind',
      { front: 'model: alpha\nactors: []\nplaces: []', order: 60 },
      { front: 'model: alpha\nactors: []\nplaces: []', order: 60 },
    );
    pair(content, 'no-slash', { body: FR_BODY.replace('/models/alpha/', '/models/alpha') });
    pair(content, 'latin-word', {}, { body: ZH_BODY.replace('案例的后续。', '案例的后续由 jumelage 完成。') });
    pair(content, 'real-date', {}, {});
    for (const lang of ['fr', 'zh-cn'])
      writeFileSync(
        join(content, lang, 'cases/real-date.mdx'),
        readFileSync(join(content, lang, 'cases/real-date.mdx'), 'utf8').replace('date: 2021-01-06', 'date: 2021-02-30'),
      );
    // kind misspelt (both twins): replaces "kind: case".
    for (const lang of ['fr', 'zh-cn'])
      writeFileSync(
        join(content, lang, 'cases/kind.mdx'),
        readFileSync(join(content, lang, 'cases/kind.mdx'), 'utf8').replace('kind: case', 'kind: cas'),
      );
  }));
}, 200_000);

/** The problem lines of the report, without the header. */
const reported = () =>
  output
    .split('\n')
    .filter((l) => /^content\//.test(l))
    .map((l) => l.replace(/^content\//, ''));

describe('a build with many mistakes', () => {
  it('fails, lists every problem once, with no stack trace and no Location block', () => {
    expect(status).not.toBe(0);
    expect(output).toMatch(/The content has \d+ problems \(file:line:column: problem; fix\):/);
    expect(output).not.toMatch(/Location:|Stack trace:|^\s+at /m);
    expect(reported().length).toBe(new Set(reported()).size);
    expect(reported().filter((l) => /^\S+\/good\.mdx[: ]/.test(l))).toEqual([]);
  });

  it.each([
    [
      'a wrong model id, with the closest model',
      'fr/cases/wrong-model.mdx:6:8: unknown model "alpah"; did you mean "alpha"? (a model is the file name of an entry in models/)',
    ],
    [
      'a wrong place id, shanxi for shaanxi',
      'fr/cases/wrong-place.mdx:9:15: "shanxi" is not in the termbase (content/termbase.json); did you mean "shaanxi"? (or add the term to content/termbase.json)',
    ],
    [
      'a missing twin',
      'fr/cases/no-twin.mdx: no zh-cn translation; create content/zh-cn/cases/no-twin.mdx (twins share the same path; `npm run new` writes both)',
    ],
    [
      'a dead link with a near miss, once and at its line',
      'fr/cases/dead-link.mdx:17:28: link "/models/alpah/" points to no page; did you mean "/models/alpha/"?',
    ],
    [
      'a glossary anchor that is not a termbase id',
      'fr/cases/glossary-anchor.mdx:23:9: link "/glossary/#jumelag" points to a glossary anchor #jumelag that does not exist: glossary anchors are termbase ids (content/termbase.json); use a termbase id (henan, taiqian, cnpc, shaanxi, …) A term\'s first mention on a page links to the glossary by itself: no link is needed',
    ],
    [
      'a section anchor that does not exist',
      'fr/cases/section-anchor.mdx:17:28: link "/cases/good/#s3" points to a missing anchor #s3: the sections of content/fr/cases/good.mdx are #s1, #s2; did you mean "s1"? (#s2 is the second ## section, #s2-1 its first paragraph), or link the page without an anchor',
    ],
    [
      'a heading level that differs from the twin',
      'fr/cases/heading-level.mdx:19:1: French has a `###` heading « Suite » in the section « Contexte » where Chinese has a `##` heading « 后续 » (content/zh-cn/cases/heading-level.mdx:19); twins need the same `##` sections in the same order, with as many paragraphs and list items in each; make them match',
    ],
    [
      'a # heading',
      'fr/cases/h1.mdx:15:1: "# Titre" is a `#` heading: an entry has no # heading (the page title is the front matter\'s title); make it a `## ` section heading, or remove it',
    ],
    [
      'a paragraph more in one twin',
      'fr/cases/paragraphs.mdx:23:1: French has a paragraph « Un paragraphe de plus. » in the section « Suite » that Chinese lacks (French has 5 blocks, Chinese 4; content/zh-cn/cases/paragraphs.mdx); twins need the same `##` sections in the same order, with as many paragraphs and list items in each; make them match',
    ],
    [
      'a date in the wrong format',
      'fr/cases/date-format.mdx:10:11: events.0.date: must be "YYYY" or "YYYY-MM-DD"; for example date: "2021" or date: "2021-01-06" (year first)',
    ],
    [
      'an unknown front matter key',
      'fr/cases/unknown-key.mdx:9:1: unknown field "auteur"; remove it (allowed: title, summary, kind, order, model, actors, places, events, figures, source)',
    ],
    [
      'a missing summary',
      'fr/cases/no-summary.mdx:1:1: missing field "summary"; add summary: 1–2 sentences in the page language (the definition: 2–3)',
    ],
    [
      'twins with different orders',
      'zh-cn/cases/twin-order.mdx:5:8: "order" differs from its twin content/fr/cases/twin-order.mdx (40 there, 24 here); language-neutral fields (kind, order, model, actors, places, event dates, figure values, source) must be identical in both twins',
    ],
    [
      'a TODO placeholder left',
      'fr/cases/placeholder.mdx:21:1: placeholder "TODO" left in the text (body); replace it with your text (see the comment next to it and content/README.md)',
    ],
    [
      'a straight apostrophe in French',
      'fr/cases/apostrophe.mdx:21:11: straight apostrophe in "suite d\'un cas."; write the typographic apostrophe ’',
    ],
    [
      'an ASCII comma in Chinese',
      'zh-cn/cases/ascii-comma.mdx:21:6: ASCII "," in Chinese text "案例的后续,完。"; write the full-width "，" (no space around it)',
    ],
    [
      'Chinese without a lang span in French',
      'fr/cases/lang-span.mdx:21:18: Chinese "府谷" in French text without a lang span; wrap it: <span lang="zh-CN">府谷</span>',
    ],
    [
      'no space between Han and digits',
      'zh-cn/cases/han-latin.mdx:21:6: no space between "在" and "2" in "案例的后续在2021 年。"; put one space between Han characters and Latin letters or digits (2007 年, 每年至少 3000 户)',
    ],
    [
      'no space before a French colon',
      'fr/cases/french-colon.mdx:21:9: no space before ":" in "La suite: un cas."; put a space before ":" (the build makes it a narrow no-break space)',
    ],
    [
      'an actor type misspelt',
      'fr/cases/actor-type.mdx:9:11: actors.type: "enterprise-groupe" is not allowed; did you mean "enterprise-group"? (allowed: party-organ, government-office, ministry, enterprise-group, local-enterprise, local-government)',
    ],
    [
      'a kind misspelt',
      'fr/cases/kind.mdx:4:7: kind: "cas" is not allowed; did you mean "case"? (allowed: definition, model, case, reference)',
    ],
    ['a link without its final slash', 'fr/cases/no-slash.mdx:17:28: link "/models/alpha" lacks its final slash; write "/models/alpha/"'],
    [
      'a Latin word without a lang span in Chinese',
      'zh-cn/cases/latin-word.mdx:21:8: Latin word "jumelage" in Chinese text without a lang span; wrap it in <span lang="fr">…</span> (French) or <span lang="en">…</span> (English)',
    ],
    [
      'a date that does not exist',
      'fr/cases/real-date.mdx:12:9: source.date: 2021-02-30 is not a real date; write a day that exists, YYYY-MM-DD',
    ],
  ])('%s', (_name, line) => {
    expect(reported()).toContain(line);
    // One message for the mistake in that file.
    const file = line.split(':')[0]!;
    expect(reported().filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `)).length, reported().join('\n')).toBe(1);
  });
});
