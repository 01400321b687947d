/**
 * Serves two sites once for the whole run: the real build (`npm run build`,
 * in dist/ or OUT_DIR) at `siteUrl`, and the fixture site (tests/fixtures/site,
 * built here unless the kept build is current: tests/helpers/fixtureSite.ts)
 * at `fixtureUrl`, its build folder at `fixtureDir`.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve/staticServer.ts';
import { basePath, distDir } from '../../src/deploy/config.ts';
import { fixtureSite } from '../helpers/fixtureSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
    fixtureDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/pagefind-fr`))
    throw new Error(`No built site in ${distDir}/: run "npm run build" before the end-to-end tests (npm test does).`);
  const fixture = await fixtureSite();
  console.log(
    fixture.buildMs ? `Fixture site built in ${(fixture.buildMs / 1000).toFixed(1)} s` : 'Fixture site: the kept build is current',
  );
  const real = await startServer({ root: distDir, base: basePath(), port: 0 });
  const served = await startServer({ root: fixture.dir, base: basePath(), port: 0 });
  project.provide('siteUrl', real.url);
  project.provide('fixtureUrl', served.url);
  project.provide('fixtureDir', fixture.dir);
  const close = (server: typeof real.server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return () => Promise.all([close(real.server), close(served.server)]).then(() => undefined);
}
