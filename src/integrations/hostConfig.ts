/**
 * Writes what a web host needs to send the site's headers, all from
 * src/deploy/securityHeaders.ts: `_headers` (Netlify, Cloudflare Pages),
 * `nginx.conf.snippet`, and `csp-hashes.json` (the pages' script and style
 * hashes, which `npm run serve` puts in its header policy). The hashes are
 * read from the pages by the compression step (see siteBuild.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostRules, netlifyHeaders, nginxSnippet, type PolicyHashes } from '../deploy/securityHeaders.ts';

export const HOST_FILES = { netlify: '_headers', nginx: 'nginx.conf.snippet', hashes: 'csp-hashes.json' } as const;

export async function writeHostConfig(
  distDir: string,
  files: readonly string[],
  options: { base: string; locales: readonly string[]; hashes: PolicyHashes },
): Promise<string> {
  const { hashes } = options;
  const rules = hostRules(options.base, hashes, files);
  await writeFile(join(distDir, HOST_FILES.hashes), `${JSON.stringify(hashes, null, 1)}\n`);
  await writeFile(join(distDir, HOST_FILES.netlify), netlifyHeaders(rules));
  await writeFile(join(distDir, HOST_FILES.nginx), nginxSnippet(options.base, hashes, options.locales));
  return `${HOST_FILES.netlify} and ${HOST_FILES.nginx} written (${hashes.scripts.length} script and ${hashes.styles.length} style hashes)`;
}
