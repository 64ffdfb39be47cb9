import type { Page, PDFOptions } from 'puppeteer';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** A PDF of this many pages or more gets page numbers in its table of contents. */
const NUMBERED_FROM = 3;

/** The page (1-based) each named destination of a PDF leads to, and its number of pages. */
interface Destinations {
  pageCount: number;
  pages: Map<string, number>;
}

/**
 * Chromium writes a named destination (`/Dests`) for every element a link in the document points to: the table of
 * contents points to each heading, so its destinations say on which page each heading landed.
 */
async function destinationsOf(pdf: Uint8Array): Promise<Destinations> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = document.context.lookupMaybe(value, PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (page !== undefined) pages.set(name.decodeText(), page);
  }
  return { pageCount: pageIndex.size, pages };
}

/** A table of contents of the page being printed, once `prepareContents` has readied it. */
interface PrintedContents {
  /** Writes each entry's page number into the room kept for it. */
  number(pages: Map<string, number>): Promise<void>;
  /** Takes a table of contents the HTML hides (`style.toc: false`) out of the print again. */
  withdraw(): Promise<void>;
}

/**
 * Readies the table of contents of the document in `page` for printing: one the HTML hides (a document that asked
 * for none on screen) is shown, as every PDF of three pages or more gets one, and each entry gets an empty slot of a
 * fixed width (templates/html/style.css, `.toc-page`) so that filling in a number cannot move anything.
 */
async function prepareContents(page: Page): Promise<PrintedContents | undefined> {
  const found = await page.evaluate(() => {
    const nav = document.querySelector<HTMLElement>('nav.toc');
    if (!nav) return false;
    nav.dataset.printHidden = String(nav.hidden);
    nav.hidden = false;
    for (const link of nav.querySelectorAll('a[href^="#"]')) {
      const slot = document.createElement('span');
      slot.className = 'toc-page';
      link.append(slot);
    }
    return true;
  });
  if (!found) return undefined;
  return {
    number: (pages) =>
      page.evaluate((numbers: [string, number][]) => {
        const of = new Map(numbers);
        for (const slot of document.querySelectorAll('nav.toc .toc-page')) {
          const anchor = decodeURIComponent(slot.parentElement!.getAttribute('href')!.slice(1));
          slot.textContent = String(of.get(anchor) ?? '');
        }
      }, [...pages]),
    withdraw: () =>
      page.evaluate(() => {
        const nav = document.querySelector<HTMLElement>('nav.toc')!;
        nav.hidden = nav.dataset.printHidden === 'true';
      }),
  };
}

/** Hides every box without moving one (visibility does not take part in layout): the first print paints nothing. */
const UNPAINTED = 'html { visibility: hidden !important; } html * { visibility: inherit !important; }';

/**
 * Fills in the page numbers of the table of contents of the document in `page`, when it has one and runs to three
 * pages or more. A first print, which only has to be read, says where each heading lands: untagged, without outline
 * and with nothing painted (a PDF of a few kilobytes; its destinations are those of the real one, as the layout is).
 * Each number then goes into a slot whose width that print already kept free, so the final print (`print`) lays the
 * document out exactly as the first did. A shorter document keeps its table without numbers, or has none if it asked
 * for none on screen.
 */
export async function numberContents(page: Page, print: (options: PDFOptions) => Promise<Uint8Array>): Promise<void> {
  const contents = await prepareContents(page);
  if (!contents) return;
  const unpainted = await page.addStyleTag({ content: UNPAINTED });
  const sketch = await print({ printBackground: false, tagged: false, outline: false });
  await unpainted.evaluate((style) => style.remove());
  const { pageCount, pages } = await destinationsOf(sketch);
  if (pageCount >= NUMBERED_FROM) await contents.number(pages);
  else await contents.withdraw();
}
