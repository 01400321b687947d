/**
 * Reads and checks the site's termbase (content/termbase.json, or the one
 * under CONTENT_DIR): schema, references, and pinyin against pinyin-pro.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentDir } from '../contentDir.ts';
import { parseTermbase, type Termbase } from './termbase.ts';
import { pinyinProblemList } from './pinyin.ts';
import { ContentProblems, positionAt, problemsOf, throwIfAny } from '../problems.ts';
import { encodingProblem } from '../contentFiles.ts';

/** Reads and checks a termbase file, every time it is called; throws ContentProblems with the line of each. */
export function loadTermbase(file = join(contentDir, 'termbase.json')): Termbase {
  const label = `${basename(dirname(file))}/${basename(file)}`;
  const bytes = readFileSync(file);
  const encoding = encodingProblem(bytes);
  if (encoding) throw new ContentProblems(problemsOf(new Error(encoding), label));
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ContentProblems([
      {
        file: label,
        ...(at ? positionAt(text, Number(at)) : {}),
        problem: `not valid JSON (${(error as Error).message.split('\n')[0]})`,
        fix: 'check the commas, quotes and brackets around this place',
      },
    ]);
  }
  const terms = parseTermbase(raw, label, text);
  throwIfAny(pinyinProblemList(terms, label, text));
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
