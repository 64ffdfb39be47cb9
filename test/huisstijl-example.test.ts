import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { check } from '../src/check.js';
import { runCli, tempDir } from './cli-helpers.js';
import { htmlText } from './helpers.js';

describe('the example project examples/huisstijl', () => {
  const NOTICE = 'examples/huisstijl/jeugdhuis-de-kelder.yaml';

  test('builds with its own partial, style sheet, headings and labels; a switched-off label is not printed', async () => {
    const out = tempDir('privnote-huisstijl-out-');
    const result = await build(['examples/huisstijl'], { outDir: out, cache: false });
    expect(result.diagnostics).toEqual([]);
    const html = readFileSync(join(out, 'jeugdhuis-de-kelder.html'), 'utf8');
    const markdown = readFileSync(join(out, 'jeugdhuis-de-kelder.md'), 'utf8');
    // The PDF's text with its lines joined: headings wrap at the measure, and words hyphenated at a line's end join again.
    const pdf = execFileSync('pdftotext', [join(out, 'jeugdhuis-de-kelder.pdf'), '-'], { encoding: 'utf8' })
      .replace(/\u00AD\u2010\n/g, '')
      .replace(/\s+/g, ' ');
    for (const text of [htmlText(html), markdown, pdf]) {
      expect(text).toContain('Spring binnen aan de toog'); // the project's version partial
      expect(text).toContain('Welke rechten heb je?'); // the project's heading, {je|u} resolved
      expect(text).toContain('Jouw gegevens inkijken'); // the project's right label
      expect(text).toContain('Grondslag'); // the project's label
      expect(text).toContain('Niet tevreden over hoe we met je gegevens omgaan?'); // the document's own heading
      expect(text).toContain('Mailverzender');
      expect(text).not.toContain('verwerkersovereenkomst'); // switched off
      expect(text).not.toContain('Rechtsgrond');
    }
    expect(html).toContain('.kelder-balk { background: #f6e9f1;');
    // The agreement is still a fact of the document: the rules see it (no processor-agreement finding).
    expect((await check([NOTICE])).diagnostics).toEqual([]);
  });

  test('privnote render uses the project\'s templates and texts', async () => {
    const { code, stdout } = await runCli(['render', NOTICE]);
    expect(code).toBe(0);
    expect(stdout).toContain('Spring binnen aan de toog');
    expect(stdout).toContain('## Welke rechten heb je?');
  });

  test('the examples\' own build does not read the project folder', async () => {
    const out = tempDir('privnote-examples-');
    const result = await build(['examples'], { outDir: out, formats: ['html', 'md'], cache: false });
    expect(result.files.every((file) => dirname(file) === 'examples')).toBe(true);
    expect(readdirSync(out).sort()).toHaveLength(10);
    expect(readdirSync(out).some((name) => name.startsWith('jeugdhuis'))).toBe(false);
    expect(readFileSync(join(out, 'ocmw-leuven.html'), 'utf8')).not.toContain('kelder');
  });
});
