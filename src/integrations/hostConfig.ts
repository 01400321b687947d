/**
 * Writes what a web host needs to send the site's headers, all from
 * src/site/securityHeaders.ts: `_headers` (Netlify, Cloudflare Pages),
 * `nginx.conf.snippet`, and `csp-hashes.json` (the pages' script and style
 * hashes, which `npm run serve` puts in its header policy). Pages are read
 * one at a time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashesFromPage, hostRules, mergeHashes, netlifyHeaders, nginxSnippet, type PolicyHashes } from '../site/securityHeaders.ts';

export const HOST_FILES = { netlify: '_headers', nginx: 'nginx.conf.snippet', hashes: 'csp-hashes.json' } as const;

export async function writeHostConfig(
  distDir: string,
  files: { pages: readonly string[]; assets: readonly string[] },
  options: { base: string; locales: readonly string[] },
): Promise<string> {
  const each: PolicyHashes[] = [];
  for (const page of files.pages) each.push(hashesFromPage(await readFile(join(distDir, page), 'utf8')));
  const hashes = mergeHashes(each);
  const rules = hostRules(options.base, hashes, [...files.pages, ...files.assets]);
  await writeFile(join(distDir, HOST_FILES.hashes), `${JSON.stringify(hashes, null, 1)}\n`);
  await writeFile(join(distDir, HOST_FILES.netlify), netlifyHeaders(rules));
  await writeFile(join(distDir, HOST_FILES.nginx), nginxSnippet(options.base, hashes, options.locales));
  return `${HOST_FILES.netlify} and ${HOST_FILES.nginx} written (${hashes.scripts.length} script and ${hashes.styles.length} style hashes)`;
}
