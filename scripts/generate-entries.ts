/**
 * Writes a temporary content folder: the real entries and termbase plus N
 * synthetic entry pairs (scripts/bench/synthetic.ts). Prints the folder.
 * Usage: npm exec -- node scripts/generate-entries.ts 1000 [--seed=1]
 * Build it with CONTENT_DIR=<folder>. Nothing is written inside content/.
 */
import { writeSyntheticContent } from './bench/synthetic.ts';

const count = Number(process.argv[2] ?? 100);
const seedArg = process.argv.find((a) => a.startsWith('--seed='));
if (!Number.isInteger(count) || count < 0) {
  console.error('usage: node scripts/generate-entries.ts <entries per language> [--seed=N]');
  process.exit(1);
}
console.log(writeSyntheticContent(count, { seed: seedArg ? Number(seedArg.slice(7)) : 1 }));
