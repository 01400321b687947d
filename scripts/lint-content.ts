/**
 * `npm run lint:content`: the typography lint of every entry
 * (src/content-model/contentLint.ts, the rules the build also applies), as
 * `content/<lang>/<kind>/<slug>.mdx:line:column: problem; fix` lines.
 * `npm run lint:content -- --fix` first applies the fixes that are certain
 * (’ for ', the space before : ; ! ? and inside « », full-width punctuation
 * next to Han characters, the space between Han and Latin, a
 * `<span lang="zh-CN">` around Chinese in French text) and lists what is left
 * to do by hand. Exits 1 while a problem is left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentDir } from '../src/content-model/contentDir.ts';
import { listFiles } from '../src/content-model/contentFiles.ts';
import { applyEdits, lintEntry } from '../src/content-model/contentLint.ts';
import { formatProblems, type Problem } from '../src/content-model/problems.ts';

const fix = process.argv.includes('--fix');
const left: Problem[] = [];
const fixedFiles: string[] = [];
for (const path of listFiles(contentDir).filter((p) => p.endsWith('.mdx'))) {
  const file = join(contentDir, path);
  const label = `${basename(contentDir)}/${path}`;
  let source = readFileSync(file, 'utf8');
  let problems = lintEntry(source, label);
  if (fix) {
    // Fixes that touch one another are applied over a few rounds.
    for (let round = 0; round < 5 && problems.some((p) => p.edit); round++) {
      source = applyEdits(
        source,
        problems.flatMap((p) => (p.edit ? [p.edit] : [])),
      );
      problems = lintEntry(source, label);
    }
    if (source !== readFileSync(file, 'utf8')) {
      writeFileSync(file, source);
      fixedFiles.push(label);
    }
  }
  left.push(...problems.map(({ edit, ...p }) => ({ ...p, ...(edit ? { fix: `${p.fix ?? ''} (--fix does it)` } : {}) })));
}
if (fixedFiles.length) console.log(`Fixed: ${fixedFiles.join(', ')}`);
if (left.length) {
  console.error(formatProblems(left));
  process.exit(1);
}
console.log('Content typography: no problem.');
