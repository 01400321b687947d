/** Lighthouse scores as a plain table (scripts/audit.ts). */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface AuditRow {
  page: string;
  formFactor: 'mobile' | 'desktop';
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
}

/** Lighthouse's 0–1 score as the 0–100 figure its report shows. */
export const toPercent = (score: number | null | undefined): number | null => (typeof score === 'number' ? Math.round(score * 100) : null);

export function formatAuditTable(rows: AuditRow[]): string {
  const header = ['page', 'form factor', ...CATEGORIES];
  const body = rows.map((r) => [r.page, r.formFactor, ...CATEGORIES.map((c) => String(r.scores[c] ?? '—'))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Audits that did not pass, to say what to fix: `category: audit id — title`. */
export function failingAudits(
  categories: Record<string, { auditRefs: { id: string; weight: number }[] }>,
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>,
): string[] {
  return Object.entries(categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => {
        const a = audits[ref.id];
        return (
          a &&
          ref.weight > 0 &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual' &&
          typeof a.score === 'number' &&
          a.score < 1
        );
      })
      .map((ref) => {
        const a = audits[ref.id]!;
        return `${category}: ${ref.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`;
      }),
  );
}
