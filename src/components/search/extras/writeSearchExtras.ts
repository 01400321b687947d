/**
 * Build step after the pages are written: the small files the search client
 * fetches only when a query needs them — the traditional → simplified pairs
 * (a query with Han characters) and the site's vocabulary (a query that found
 * nothing). Reads the built pages under the search bundles' globs.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchBundles } from '../bundles.ts';
import { EXTRAS_DIR, TRAD_FILE, VOCABULARY_FILE, type TradFile, type VocabularyFile } from '../forgiving/extrasFiles.ts';
import { indexedText } from './indexedText.ts';
import { tradPairs } from './tradTable.ts';
import { vocabulary } from './vocabulary.ts';

/** Writes the files and returns one line saying what and how much. */
export function writeSearchExtras(distDir: string): string {
  const texts: string[] = [];
  for (const bundle of searchBundles) {
    const dir = join(distDir, bundle.locale);
    for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (f.isFile() && f.name.endsWith('.html')) texts.push(indexedText(readFileSync(join(f.parentPath, f.name), 'utf8')));
  }
  const out = join(distDir, EXTRAS_DIR);
  mkdirSync(out, { recursive: true });
  const trad: TradFile = { pairs: tradPairs(texts.join('')) };
  const vocab: VocabularyFile = { words: vocabulary(texts) };
  const sizes = [
    [TRAD_FILE, JSON.stringify(trad)],
    [VOCABULARY_FILE, JSON.stringify(vocab)],
  ].map(([file, json]) => {
    writeFileSync(join(out, file!), json!);
    return `${relative(distDir, join(out, file!))} ${(gzipSync(json!).length / 1000).toFixed(1)} kB gzip`;
  });
  return `${sizes.join(', ')} (${Array.from(trad.pairs).length / 2} character pairs, ${vocab.words.length} words)`;
}
