/**
 * Reads and checks the site's termbase (content/termbase.json, or the one
 * under CONTENT_DIR): schema, references, and pinyin against pinyin-pro.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../contentDir.ts';
import { parseTermbase, type Termbase } from './termbase.ts';
import { pinyinProblems } from './pinyin.ts';
import { encodingProblem } from '../contentFiles.ts';

export function loadTermbase(file = join(contentDir, 'termbase.json')): Termbase {
  const bytes = readFileSync(file);
  const encoding = encodingProblem(bytes);
  if (encoding) throw new Error(`${file}: ${encoding}`);
  const terms = parseTermbase(JSON.parse(bytes.toString('utf8')), file);
  const problems = pinyinProblems(terms, file);
  if (problems.length) throw new Error(problems.join('\n'));
  return terms;
}
