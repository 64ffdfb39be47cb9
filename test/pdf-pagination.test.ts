import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hyphenateHtml } from '../src/render/hyphenate.js';
import { launchBrowser } from '../src/render/pdf/browser.js';
import { printWithContents, type Pagination } from '../src/render/pdf/contents.js';
import { openPrinter, type Printer } from '../src/render/pdf/printer.js';
import { tempDir } from './cli-helpers.js';
import { renderExample } from './helpers.js';
import { readPdf, textOf } from './pdf-reader.js';

/**
 * The page numbers of a table of contents are planned from a multi-column layout before the one print, and checked
 * against the PDF after it (src/render/pdf/contents.ts). The plan must hold on real notices, or every PDF is printed
 * twice; a wrong plan must never reach the PDF.
 */
const NOTICES = [
  'examples/groep-intro.yaml',
  'examples/lokaal-partnerschap-west-limburg.yaml',
  'examples/ocmw-leuven.yaml',
  'examples/protocol-opgroeien-ocmw-leopoldsburg.yaml',
  'examples/provincie-limburg-plot.yaml',
  'examples/huisstijl/jeugdhuis-de-kelder.yaml',
  'examples/thema/bibliotheek-voorbeeldrode.yaml',
  'test/notices/gemeente/notice.yaml',
  'test/notices/school/notice.yaml',
  'test/notices/sportclub/notice.yaml',
  'test/notices/webshop/notice.yaml',
  'test/fixtures/every-text-protocol.yaml',
];

let printer: { value: Printer; close: () => Promise<void> };
beforeAll(async () => {
  printer = await openPrinter(1);
}, 60_000);
afterAll(() => printer?.close());

test.each(NOTICES)('%s is printed once: the planned page numbers hold', async (path) => {
  const { model, html } = renderExample(path);
  const before = printer.value.prints;
  await printer.value.print(hyphenateHtml(html), model);
  expect(printer.value.prints - before).toBe(1);
});

test('a wrong plan never reaches the PDF: the document is printed again with the pages the headings are on', async () => {
  const { html } = renderExample('examples/ocmw-leuven.yaml');
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    let prints = 0;
    const print = (options: object) => {
      prints++;
      return page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' }, ...options });
    };
    // Every heading one page too far, in a document planned to have 99 pages.
    const wrong = async (): Promise<Pagination> => {
      const ids = await page.$$eval('nav.toc a[href^="#"]', (links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1))));
      return { pageCount: 99, pages: new Map(ids.map((id, index) => [id, index + 2])) };
    };
    const document = await printWithContents(page, print, wrong);
    expect(prints).toBe(3);
    const file = join(tempDir('privnote-wrong-plan-'), 'notice.pdf');
    writeFileSync(file, await document.save());
    const pages = await readPdf(file);
    const entries = pages[0]!.links.map((link) => ({ text: textOf(pages[0]!, link.rect), toPage: link.toPage }));
    expect(entries.length).toBeGreaterThan(10);
    for (const { text, toPage } of entries) expect(Number(/(\d+)$/.exec(text)?.[1]), text).toBe(toPage);
  } finally {
    await close();
  }
}, 60_000);
