import type { Page } from 'puppeteer';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** A PDF of this many pages or more gets page numbers in its table of contents. */
export const NUMBERED_FROM = 3;

/** The page (1-based) each named destination of a PDF leads to, and its number of pages. */
export interface Destinations {
  pageCount: number;
  pages: Map<string, number>;
}

/**
 * Chromium writes a named destination (`/Dests`) for every element a link in the document points to: the table of
 * contents points to each heading, so its destinations say on which page each heading landed.
 */
export async function destinationsOf(pdf: Uint8Array): Promise<Destinations> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
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

/** The table of contents of the page being printed, if the document has one; see `prepareContents`. */
export interface PrintedContents {
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
export async function prepareContents(page: Page): Promise<PrintedContents | undefined> {
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
