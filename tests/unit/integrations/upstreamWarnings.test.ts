import { describe, expect, it } from 'vitest';
import { onBundlerLog } from '../../../src/integrations/upstreamWarnings.ts';

describe('the one upstream warning dropped from the build log', () => {
  const passed = (log: { code?: string; message: string }) => {
    const seen: unknown[] = [];
    onBundlerLog('warn', log, (_level, l) => seen.push(l));
    return seen.length === 1;
  };
  it('drops Astro’s head-inject directive warning on an MDX entry module', () => {
    expect(
      passed({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/fr/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(false);
  });
  it('passes on every other log, the same directive warning on another module included', () => {
    expect(
      passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The module level directive "use client" in "src/x.ts" may not be preserved' }),
    ).toBe(true);
    expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: '"use astro:head-inject" in "src/components/X.astro"' })).toBe(true);
    expect(passed({ code: 'CIRCULAR_DEPENDENCY', message: 'x' })).toBe(true);
  });
});
