import { describe, expect, it } from 'vitest';
import { blockAtReadingLine } from '../../../src/components/language/readingPosition.ts';

const blocks = [
  { id: 's1', top: -900 },
  { id: 's1-1', top: -700 },
  { id: 's2', top: -20 },
  { id: 's2-1', top: 150 },
  { id: 's3', top: 800 },
];

describe('the block at the reading line', () => {
  it('is the last block whose top has reached the line', () => {
    expect(blockAtReadingLine(blocks, 100)).toBe('s2');
    expect(blockAtReadingLine(blocks, 150)).toBe('s2-1');
    expect(blockAtReadingLine(blocks, 2000)).toBe('s3');
  });

  it('is none above the first block (the reader is at the top of the page)', () => {
    expect(blockAtReadingLine(blocks, -1000)).toBeUndefined();
    expect(blockAtReadingLine([], 100)).toBeUndefined();
  });
});
