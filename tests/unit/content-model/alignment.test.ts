import { describe, expect, it } from 'vitest';
import { alignmentProblem, blockIds } from '../../../src/content-model/alignment.ts';

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
