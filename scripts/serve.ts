/**
 * Serves the built site (dist/) locally: `npm run serve` (PORT, HOST and BASE_PATH are read).
 * `dist` may be replaced by a new build while it runs (scripts/build.ts swaps it atomically).
 */
import { existsSync } from 'node:fs';
import { startServer } from './serve/staticServer.ts';
import { basePath, distDir } from '../src/deploy/config.ts';

if (!existsSync(distDir)) {
  console.error(`No ${distDir}/ folder: run "npm run build" first (or "npm start", which does both).`);
  process.exit(1);
}
const { url } = await startServer({
  root: distDir,
  base: basePath(),
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`\n  Site served at ${url}  (Ctrl+C to stop)\n`);
