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

/** Reads and checks a termbase file, every time it is called. */
export function loadTermbase(file = join(contentDir, 'termbase.json')): Termbase {
  const bytes = readFileSync(file);
  const encoding = encodingProblem(bytes);
  if (encoding) throw new Error(`${file}: ${encoding}`);
  const terms = parseTermbase(JSON.parse(bytes.toString('utf8')), file);
  const problems = pinyinProblems(terms, file);
  if (problems.length) throw new Error(problems.join('\n'));
  return terms;
}

/**
 * The termbase, read and pinyin-checked once per process. During `astro build`
 * the config (for the rehype plugins) and the bundled pages are two module
 * graphs in one process: the cache lives on `globalThis` so both share it.
 */
const CACHE = Symbol.for('dingdian-fupin.termbase');

export function getTermbase(file = join(contentDir, 'termbase.json')): Termbase {
  const store = globalThis as unknown as Record<symbol, Map<string, Termbase> | undefined>;
  const cache = (store[CACHE] ??= new Map<string, Termbase>());
  let terms = cache.get(file);
  if (!terms) {
    terms = loadTermbase(file);
    cache.set(file, terms);
  }
  return terms;
}
