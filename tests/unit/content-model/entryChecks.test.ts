import { describe, expect, it } from 'vitest';
import { linkProblems, textProblems } from '../../../src/content-model/entryChecks.ts';
import { formatProblem } from '../../../src/content-model/problems.ts';

const entry = (slug: string, links: string[]) => ({
  slug,
  filePath: `content/fr/${slug}.mdx`,
  alignment: ['h2', 'p', 'h2', 'p'],
  links: links.map((href, i) => ({ href, line: 10 + i, column: 3 })),
});

describe('links written in entries', () => {
  it('accepts entries, site pages, section pages, glossary ids and block anchors', () => {
    const entries = [
      entry('cases/a', ['/models/m/', '/glossary/#henan', '/places/', '/cases/', '/', '/models/m/#s2-1', '/list/cases/', 'https://x.org/']),
      entry('models/m', []),
    ];
    expect(linkProblems(entries, ['henan'])).toEqual([]);
  });

  it('names each dead link at its line, once, with the closest page or anchor', () => {
    const entries = [entry('cases/a', ['/models/mm/', '/glossary/#henna', '/models/m/#s9', '/models/m']), entry('models/m', [])];
    expect(linkProblems(entries, ['henan', 'cnpc']).map(formatProblem)).toEqual([
      'content/fr/cases/a.mdx:10:3: link "/models/mm/" points to no page; did you mean "/models/m/"?',
      'content/fr/cases/a.mdx:11:3: link "/glossary/#henna" points to a glossary anchor #henna that does not exist: glossary anchors are termbase ids (content/termbase.json); did you mean "#henan"? A term\'s first mention on a page links to the glossary by itself: no link is needed',
      'content/fr/cases/a.mdx:12:3: link "/models/m/#s9" points to a missing anchor #s9: the sections of content/fr/models/m.mdx are #s1, #s2; did you mean "s1"? (#s2 is the second ## section, #s2-1 its first paragraph), or link the page without an anchor',
      'content/fr/cases/a.mdx:13:3: link "/models/m" lacks its final slash; write "/models/m/"',
    ]);
  });
});

describe('text problems', () => {
  it('names a # heading and each TODO, not a ## heading or a #hashtag', () => {
    const source = '---\ntitle: TODO\n---\n\n# Titre\n\n## Section\n\nTexte #1 et TODO.\n';
    expect(textProblems(source, 'content/fr/x.mdx').map((p) => `${p.line}:${p.column}: ${p.problem}`)).toEqual([
      '2:8: placeholder "TODO" left in the text (front matter)',
      '5:1: "# Titre" is a `#` heading: an entry has no # heading (the page title is the front matter\'s title)',
      '9:13: placeholder "TODO" left in the text (body)',
    ]);
  });
});
