/**
 * html-validate for the built pages (tests/e2e/htmlValidity.test.ts, or
 * `npx html-validate dist` after a build). The recommended rules apply
 * unchanged; one more rule of our own asks for `lang` on Chinese text in a
 * French page. The single exception to a recommended rule is written where it
 * applies: the search form (src/components/search/SearchDialog.astro) has no submit
 * button (wcag/h32) because results update as the reader types and Enter
 * opens the first result, so there is nothing to submit.
 */
import { langPlugin } from './tests/html/hanNeedsLang.ts';

export default {
  plugins: [langPlugin],
  extends: ['html-validate:recommended'],
  rules: {
    'dingdian/han-needs-lang': 'error',
  },
};
