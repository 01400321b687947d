import { describe, expect, it } from 'vitest';
import { failingAudits, formatAuditTable, toPercent } from '../../../scripts/audit/auditReport.ts';

describe('audit report', () => {
  it('turns Lighthouse scores into percentages, keeping a missing score visible', () => {
    expect([toPercent(1), toPercent(0.984), toPercent(0), toPercent(null)]).toEqual([100, 98, 0, null]);
  });

  it('prints one row per page and form factor, scores right-aligned', () => {
    const table = formatAuditTable([
      { page: 'fr/cases/a/', formFactor: 'mobile', scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: null } },
    ]);
    expect(table.split('\n')).toEqual([
      'page         form factor  performance  accessibility  best-practices  seo',
      '-----------  -----------  -----------  -------------  --------------  ---',
      'fr/cases/a/  mobile                98            100             100    —',
    ]);
  });

  it('lists the weighted, scored audits that did not pass, not the informative or inapplicable ones', () => {
    const categories = {
      seo: {
        auditRefs: [
          { id: 'canonical', weight: 1 },
          { id: 'hreflang', weight: 1 },
          { id: 'structured-data', weight: 0 },
          { id: 'robots-txt', weight: 1 },
        ],
      },
      performance: { auditRefs: [{ id: 'speed-index', weight: 10 }] },
    };
    const audits = {
      canonical: { score: 0, scoreDisplayMode: 'binary', title: 'Document has a valid rel=canonical' },
      'speed-index': { score: 0.9, scoreDisplayMode: 'numeric', title: 'Speed Index', displayValue: '1.2 s' },
      hreflang: { score: 1, scoreDisplayMode: 'binary', title: 'Document has a valid hreflang' },
      'structured-data': { score: null, scoreDisplayMode: 'manual', title: 'Structured data is valid' },
      'robots-txt': { score: null, scoreDisplayMode: 'notApplicable', title: 'robots.txt is valid' },
    };
    expect(failingAudits(categories, audits)).toEqual([
      'seo: canonical — Document has a valid rel=canonical',
      'performance: speed-index — Speed Index (1.2 s)',
    ]);
  });
});
