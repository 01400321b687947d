import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { basePath } from './src/deploy/config.ts';

export default defineConfig({
  define: { __SITE_BASE__: JSON.stringify(basePath()) },
  test: {
    // A stray `.only` must not silently skip the rest of the suite in CI.
    allowOnly: !process.env.CI,
    // Vitest's default (cores − 1) is one worker on a 2-core machine; the e2e files mostly wait on the browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Code that reads the content folder by itself (the termbase for term links) reads the fixture
          // site's: an editor's change to content/ cannot break a unit test. Tests that check the real
          // content as a whole read content/ by name.
          env: { CONTENT_DIR: 'tests/fixtures/base' },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser per file, two files at a time against the one served build. Files share nothing
          // mutable: each launches its own Chromium (fresh profile: storage, service workers, cache) and
          // a file that changes the build (offline) works on its own copy with its own server.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'visual',
          include: ['tests/visual/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
