/**
 * `npm run new -- <kind> <slug>`: writes the French and Chinese twins of a new
 * entry from a template (scripts/new-entry/scaffold.ts) and says what to do
 * next. Refuses an unknown kind, a slug that is not a URL, an existing slug.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentDir } from '../src/content-model/contentDir.ts';
import type { EntryKind } from '../src/content-model/schema.ts';
import { argumentProblem, planEntry } from './new-entry/scaffold.ts';

const [kind, slug] = process.argv.slice(2);
const problem = argumentProblem(kind, slug, contentDir);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const plan = planEntry(kind as EntryKind, slug!, contentDir);
const top = basename(contentDir);
for (const file of plan.files) {
  mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
  writeFileSync(join(contentDir, file.path), file.text, { flag: 'wx' });
}
const [fr, zh] = plan.files.map((f) => `${top}/${f.path}`);
console.log(`Created (order ${plan.order} among the ${kind} entries):
  ${fr}
  ${zh}

Next (content/README.md says how):
  1. Write the French entry: replace every TODO (title, summary,${kind === 'case' ? ' model,' : ''} the ## sections and
     their paragraphs, one paragraph per line); fill in actors, places, events and figures from the source.
  2. Write the Chinese twin block for block: the same ## sections, as many paragraphs in each, the same
     language-neutral fields (order, model, actors, places, event dates, figure values, source).
  3. Add any name you use to content/termbase.json (ids are what actors and places name).
  4. npm run lint:content -- --fix      French and Chinese typography (fixes what is certain)
  5. npm run build && npm run serve     then open http://localhost:4321${plan.url}
     (npm run dev shows the page as you type, without search)
The build lists every TODO left and every other problem as file:line:column: problem; fix.`);
