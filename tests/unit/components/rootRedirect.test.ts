import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../src/components/language/rootRedirect.ts';

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
