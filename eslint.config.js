// @ts-check
/**
 * Lint: ESLint's and typescript-eslint's recommended rules, typed (they read
 * the TypeScript program) for every .ts file, and the Astro plugin's for
 * components. `npm run lint` fails on any warning.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist',
      '.dist-builds/',
      '.astro/',
      'node_modules/',
      'bench-results/',
      'portable/',
      'tests/.tmp/',
      'content/',
      'public/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  astro.configs.recommended,
  // Components and plain JavaScript config files are linted without type information.
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
