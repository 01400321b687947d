import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/pageTitle.ts';

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
});
