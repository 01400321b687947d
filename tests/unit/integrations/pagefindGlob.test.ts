import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleGlob } from '../../../src/integrations/pagefind.ts';
import { searchBundles } from '../../../src/components/search/bundles.ts';

describe('bundleGlob', () => {
  it('reads every folder of the language but the parallel views', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pagefind-glob-'));
    for (const folder of ['cases', 'models', 'parallel', 'glossary']) mkdirSync(join(dist, 'fr', folder), { recursive: true });
    const fr = searchBundles.find((b) => b.locale === 'fr')!;
    expect(bundleGlob(dist, fr)).toBe('fr/{cases,glossary,models}/**/*.html');
  });
});
