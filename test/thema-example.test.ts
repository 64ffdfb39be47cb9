import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildResult } from '../src/build.js';
import { tempDir } from './cli-helpers.js';
import { readPdf, textOf, type PdfPage } from './pdf-reader.js';

/** The example project examples/thema: a theme (logo, accent colour, font) in its privnote.config.yaml. */
describe('the example project examples/thema', () => {
  const out = tempDir('privnote-thema-');
  const pdfFile = join(out, 'bibliotheek-voorbeeldrode.pdf');
  let result: BuildResult;
  let pages: PdfPage[];
  beforeAll(async () => {
    result = await build(['examples/thema'], { outDir: out, cache: false });
    pages = await readPdf(pdfFile);
  }, 120_000);

  test('builds without findings, its logo embedded in the HTML', () => {
    expect(result.diagnostics).toEqual([]);
    const html = readFileSync(join(out, 'bibliotheek-voorbeeldrode.html'), 'utf8');
    expect(html).toContain('<img class="logo" src="data:image/svg+xml;base64,');
    expect(html).toContain(':root { --font: "DejaVu Serif"; }\n@media print, not (prefers-color-scheme: dark) { :root { --accent: #0b5d3b; } }');
  });

  test('page 1 has the title block (organisation, title, version and date) and no running header or footer', () => {
    const first = textOf(pages[0]!);
    expect(first).toMatch(/^Gemeente Voorbeeldrode Privacyverklaring van Bibliotheek Voorbeeldrode Versie 2\.1 – 1 maart 2025 Inhoud /);
    expect(first).not.toMatch(/Pagina/);
  });

  test('every other page has the organisation and title above, the version and "Pagina x van y" below', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.slice(1).forEach((page, index) => {
      const text = textOf(page);
      expect(text).toMatch(/^Gemeente Voorbeeldrode Privacyverklaring van Bibliotheek Voorbeeldrode /);
      expect(text).toMatch(new RegExp(`Versie 2\\.1 – 1 maart 2025 Pagina ${index + 2} van ${pages.length}$`));
    });
  });

  test('the PDF is set in the theme\'s font, embedded', () => {
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif\S* +\S+.* yes +yes +yes /);
  });
});
