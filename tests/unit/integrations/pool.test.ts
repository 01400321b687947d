import { describe, expect, it } from 'vitest';
import { mapAtOnce } from '../../../src/integrations/pool.ts';

describe('mapAtOnce', () => {
  it('keeps the items’ order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapAtOnce([5, 1, 4, 2, 3, 0], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(3);
  });

  it('handles no items', async () => {
    expect(await mapAtOnce([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
