import { z } from 'astro/zod';

export const entryKinds = ['definition', 'model', 'case', 'reference'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const actorTypes = [
  'party-organ',
  'government-office',
  'ministry',
  'state-enterprise',
  'local-enterprise',
  'local-government',
] as const;

/** False for a `YYYY-MM-DD` that names no day (2021-02-30): `Date` would quietly roll it over to March. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return true;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const realDate = { error: (issue: { input: unknown }) => `${String(issue.input)} is not a real date; write a day that exists, YYYY-MM-DD` };

const termId = z.string().regex(/^[a-z0-9-]+$/, 'must be a termbase id (lowercase, digits, hyphens)');

/** Front matter of an entry. Strict: an unknown key is an error, not a silent drop. */
export const entrySchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    kind: z.enum(entryKinds),
    order: z.number().int().positive(),
    /** Slug of the model entry a case belongs to (cases only). */
    model: z.string().optional(),
    actors: z.array(z.object({ term: termId, type: z.enum(actorTypes) }).strict()),
    places: z.array(z.object({ province: termId, prefecture: termId.optional(), county: termId.optional() }).strict()),
    events: z
      .array(
        z
          .object({
            date: z
              .string()
              .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be "YYYY" or "YYYY-MM-DD"')
              .refine(isRealDate, realDate),
            label: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    figures: z.array(z.object({ value: z.number(), label: z.string().min(1) }).strict()).default([]),
    source: z
      .object({
        title: z.string().min(1),
        site: z.string().min(1),
        // A YAML date or "YYYY-MM-DD": a bare coerce would let V8 read "le 6 janvier" as 2001-01-06.
        // The entries loader keeps YAML dates as text (src/content-loader/entriesLoader.ts), so 2021-02-30 reaches the check.
        date: z
          .union([
            z.date(),
            z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
              .refine(isRealDate, realDate),
          ])
          .pipe(z.coerce.date()),
      })
      .strict(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.kind === 'case' && !data.model) ctx.addIssue({ code: 'custom', path: ['model'], message: 'a case must name its model' });
    if (data.kind !== 'case' && data.model) ctx.addIssue({ code: 'custom', path: ['model'], message: 'only a case names a model' });
  });

export type EntryData = z.infer<typeof entrySchema>;
