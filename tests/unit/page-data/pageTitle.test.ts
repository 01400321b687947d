import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/page-data/pageTitle.ts';

describe('pageTitle', () => {
  it('adds the site name when the whole fits', () => {
    expect(pageTitle('Fugu', 'Le jumelage contre la pauvreté')).toBe('Fugu · Le jumelage contre la pauvreté');
  });
  it('keeps the page title alone when the whole would be too long', () => {
    const title = 'Le ministère des Ressources hydrauliques et ses six projets';
    expect(pageTitle(title, 'Le jumelage contre la pauvreté')).toBe(title);
  });
  it('counts characters, not UTF-16 units, and accepts exactly the limit', () => {
    expect(pageTitle('𠀀'.repeat(3), '站', 7)).toBe('𠀀𠀀𠀀 · 站');
    expect(pageTitle('𠀀'.repeat(4), '站', 7)).toBe('𠀀𠀀𠀀𠀀');
  });
  it('gives the site name alone for the home page', () => {
    expect(pageTitle('', '定点扶贫')).toBe('定点扶贫');
    expect(pageTitle('定点扶贫', '定点扶贫')).toBe('定点扶贫');
  });

  it('cuts a title that is too long by itself at a word boundary, with an ellipsis', () => {
    const long = 'Le ministère de la Science et de la Technologie dans sept districts (lecture parallèle)';
    const shown = pageTitle(long, 'Site');
    expect([...shown].length).toBeLessThanOrEqual(70);
    expect(shown).toMatch(/^Le ministère de la Science .*\S…$/);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect([...pageTitle('定'.repeat(90), '站')].length).toBe(70);
  });
});
