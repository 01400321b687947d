/** Serves the built site once for the whole end-to-end suite. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve/staticServer.ts';
import { basePath, distDir } from '../../src/deploy/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/pagefind-fr`))
    throw new Error(`No built site in ${distDir}/: run "npm run build" before the end-to-end tests (npm test does).`);
  const { server, url } = await startServer({ root: distDir, base: basePath(), port: 0 });
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
