/**
 * What `npm run new -- <kind> <slug>` writes: the two twins of a new entry,
 * `content/fr/<folder>/<slug>.mdx` and `content/zh-cn/<folder>/<slug>.mdx`,
 * from a template whose front matter is filled in (kind, the next free
 * order of that kind, the source every entry shares) and whose text is
 * TODO placeholders, which the build refuses until they are replaced
 * (src/content-model/entryChecks.ts). Pure planning, no writing: the script
 * (scripts/new-entry.ts) writes the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PLACEHOLDER as TODO } from '../../src/content-model/entryChecks.ts';
import { closest } from '../../src/content-model/problems.ts';
import { entryKinds, type EntryKind } from '../../src/content-model/schema.ts';
import { suggestSlug } from '../../src/content-model/contentFiles.ts';

/** The folder of each kind under content/<lang>/. */
const KIND_FOLDERS: Record<EntryKind, string> = {
  definition: 'overview',
  model: 'models',
  case: 'cases',
  reference: 'reference',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Plan {
  files: { path: string; text: string }[];
  order: number;
  url: string;
}

const frontMatterOf = (text: string): Record<string, unknown> => {
  const raw = /^---\r?\n([\s\S]*?\r?\n)?---/.exec(text)?.[1];
  const data: unknown = raw ? parse(raw, { schema: 'core' }) : undefined;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
};

/** Front matter of every entry of a language. */
function entriesOf(contentDir: string, lang: string): { folder: string; slug: string; data: Record<string, unknown> }[] {
  const dir = join(contentDir, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({ folder: d.name, slug: f.slice(0, -4), data: frontMatterOf(readFileSync(join(dir, d.name, f), 'utf8')) })),
    );
}

/** Why the arguments cannot make an entry, as a message with its fix; undefined when they can. */
export function argumentProblem(kind: string | undefined, slug: string | undefined, contentDir: string): string | undefined {
  const usage = `usage: npm run new -- <kind> <slug>, kind one of ${entryKinds.join(', ')} (e.g. npm run new -- case fugu-3331)`;
  if (!kind || !slug) return usage;
  if (!(entryKinds as readonly string[]).includes(kind)) {
    const byFolder = Object.entries(KIND_FOLDERS).find(([, folder]) => folder === kind)?.[0];
    const near = byFolder ?? closest(kind, entryKinds);
    return `unknown kind "${kind}"; ${near ? `did you mean "${near}"? ` : ''}${usage}`;
  }
  if (!SLUG.test(slug)) {
    const suggestion = suggestSlug(slug);
    return `"${slug}" is not a slug: the file name is the page's URL, in lowercase a–z, 0–9 and hyphens; ${suggestion ? `use "${suggestion}"` : 'write a Latin name such as fugu-3331'}`;
  }
  const folder = KIND_FOLDERS[kind as EntryKind];
  for (const other of Object.values(KIND_FOLDERS))
    for (const lang of ['fr', 'zh-cn'])
      if (existsSync(join(contentDir, lang, other, `${slug}.mdx`)))
        return `content/${lang}/${other}/${slug}.mdx already exists; ${other === folder ? 'edit it, or' : 'slugs are unique across kinds:'} choose another slug`;
  return undefined;
}

/** The two files of a new entry. */
export function planEntry(kind: EntryKind, slug: string, contentDir: string): Plan {
  const folder = KIND_FOLDERS[kind];
  const french = entriesOf(contentDir, 'fr');
  const orders = french.filter((e) => e.data.kind === kind).map((e) => Number(e.data.order) || 0);
  const order = Math.max(0, ...orders) + 1;
  const models = french.filter((e) => e.data.kind === 'model').map((e) => e.slug);
  // The source every entry shares (the definition's, else any entry's).
  const withSource = french.find((e) => e.folder === 'overview') ?? french[0];
  const source = (withSource?.data.source ?? {}) as { title?: string; site?: string; date?: string };
  const sourceYaml = [
    'source:',
    `  title: ${JSON.stringify(source.title ?? `${TODO} title of the source`)}`,
    `  site: ${source.site ?? `${TODO}-site`}`,
    `  date: ${source.date ?? `${TODO} YYYY-MM-DD`}`,
  ].join('\n');
  const front = (lang: 'fr' | 'zh-cn') => {
    const fr = lang === 'fr';
    return [
      '---',
      `# Written by \`npm run new\`. Replace every ${TODO}: the build refuses an entry that still holds one. Guide: content/README.md`,
      `title: "${TODO} ${fr ? 'titre de la page' : '页面标题'}"`,
      `summary: "${TODO} ${fr ? 'une ou deux phrases qui résument la page' : '用一两句话概括本页'}"`,
      `kind: ${kind}`,
      `order: ${order} # position among the ${kind} entries (the twin has the same)`,
      ...(kind === 'case' ? [`model: ${TODO} # the model this case illustrates: ${models.join(', ') || 'a file name in models/'}`] : []),
      'actors: [] # - { term: <termbase id>, type: party-organ | government-office | ministry | state-enterprise | local-enterprise | local-government }',
      'places: [] # - { province: <termbase id>, prefecture: <id>, county: <id> }',
      'events: [] # - { date: "YYYY" or "YYYY-MM-DD", label: <text in the page language> }',
      'figures: [] # - { value: <plain number>, label: <text in the page language> }',
      sourceYaml,
      '---',
    ].join('\n');
  };
  const modelLink =
    kind === 'case'
      ? (fr: boolean) => (fr ? ` Il illustre le modèle [nom du modèle](/models/${TODO}/).` : `本案例属于[模式名称](/models/${TODO}/)。`)
      : () => '';
  const body = (fr: boolean) =>
    fr
      ? `## ${TODO} premier titre de section\n\n${TODO} premier paragraphe, sur une seule ligne.${modelLink(true)}\n\n## ${TODO} deuxième titre\n\n${TODO} deuxième paragraphe.\n\n## ${TODO} troisième titre\n\n${TODO} troisième paragraphe.\n`
      : `## ${TODO} 第一节标题\n\n${TODO} 第一段，写在一行之内。${modelLink(false)}\n\n## ${TODO} 第二节标题\n\n${TODO} 第二段。\n\n## ${TODO} 第三节标题\n\n${TODO} 第三段。\n`;
  return {
    order,
    url: `/fr/${folder}/${slug}/`,
    files: (['fr', 'zh-cn'] as const).map((lang) => ({
      path: `${lang}/${folder}/${slug}.mdx`,
      text: `${front(lang)}\n\n${body(lang === 'fr')}`,
    })),
  };
}
