import { defineConfig } from 'vitest/config';
import { basePath } from './src/deploy/config.ts';

export default defineConfig({
  define: { __SITE_BASE__: JSON.stringify(basePath()) },
  test: {
    // A stray `.only` must not silently skip the rest of the suite in CI.
    allowOnly: !process.env.CI,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
          // One browser per file; files run one after another on this 2-core machine.
          fileParallelism: false,
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
