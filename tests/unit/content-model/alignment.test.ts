import { describe, expect, it } from 'vitest';
import { alignmentProblem, blockIds } from '../../../src/content-model/alignment.ts';
import { preferredLanguage } from '../../../src/components/language/rootRedirect.ts';

describe('blockIds', () => {
  it('numbers sections and the blocks inside them', () => {
    expect(blockIds(['p', 'h2', 'p', 'ul', 'h2', 'p'])).toEqual(['s0-1', 's1', 's1-1', 's1-2', 's2', 's2-1']);
  });
});

describe('alignmentProblem', () => {
  it('accepts identical outlines', () => {
    expect(alignmentProblem(['h2', 'p'], ['h2', 'p'])).toBeUndefined();
  });
  it('names the first block that differs', () => {
    expect(alignmentProblem(['h2', 'p', 'p'], ['h2', 'p', 'ul'])).toBe('block s1-2 is a <p> in one version and a <ul> in the other');
    expect(alignmentProblem(['h2', 'p', 'p'], ['h2', 'p'])).toBe('block s1-2 exists in only one version (3 blocks vs 2)');
  });
});

describe('preferredLanguage (root page)', () => {
  it('follows an explicit earlier choice over the browser', () => {
    expect(preferredLanguage('zh-cn', ['fr-FR'])).toBe('zh-cn');
    expect(preferredLanguage('fr', ['zh-CN'])).toBe('fr');
  });
  it('follows the browser on a first visit, ignoring junk in storage', () => {
    expect(preferredLanguage(null, ['zh-CN', 'en'])).toBe('zh-cn');
    expect(preferredLanguage('klingon', ['en-GB'])).toBe('fr');
  });
});
