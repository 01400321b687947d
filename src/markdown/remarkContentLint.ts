/**
 * The typography lint (src/content-model/contentLint.ts) as a step of the
 * entries' compile: it reads the tree the compiler parsed anyway, and fails
 * the entry with every problem found (`file:line:column: problem; fix`),
 * which the entries loader lists with the build's other problems.
 */
import { dirname, relative } from 'node:path';
import type { VFile } from 'vfile';
import { lintTree } from '../content-model/contentLint.ts';
import { ContentProblems } from '../content-model/problems.ts';
import { pathOf } from './hast.ts';

export function remarkContentLint(options: { contentDir: string }) {
  return (tree: unknown, file: VFile) => {
    const path = pathOf(file);
    if (!path || relative(options.contentDir, path).startsWith('..')) return; // entries only
    const label = relative(dirname(options.contentDir), path).replaceAll('\\', '/');
    const problems = lintTree(tree, String(file.value), label);
    if (problems.length) throw new ContentProblems(problems.map(({ edit: _edit, ...p }) => p));
  };
}
