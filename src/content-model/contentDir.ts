/**
 * Where entries and the termbase live. `content/` unless CONTENT_DIR says
 * otherwise (test fixtures and the benchmark's synthetic sites use it).
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
