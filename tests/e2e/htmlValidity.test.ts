/** Every built page passes html-validate with the project's configuration (.htmlvalidate.mjs). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtHtmlFiles } from './builtPages.ts';
import { distDir } from '../../src/deploy/config.ts';

const files = builtHtmlFiles();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity of the built site', () => {
  it('covers every page, both languages', () => {
    expect(files.filter((f) => f.startsWith('fr/')).length).toBe(files.filter((f) => f.startsWith('zh-cn/')).length);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  it.each(files)('%s is valid', async (file) => {
    const report = await validator.validateFile(join(distDir, file));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(messages).toEqual([]);
  });
});
