import type { Page, PDFOptions } from 'puppeteer';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** A PDF of this many pages or more gets page numbers in its table of contents. */
const NUMBERED_FROM = 3;

/** Where a document's headings land: its number of pages and the page (1-based) of each table-of-contents target. */
export interface Pagination {
  pageCount: number;
  pages: Map<string, number>;
}

/** The size of a page's text area, as CSS lengths (printer.ts): the multi-column layout of `planContents` uses it. */
export interface TextArea {
  width: string;
  height: string;
}

/** Parses a PDF Chromium printed, for reading its destinations and for `finishPdf`. */
export const loadPdf = (pdf: Uint8Array) => PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

/**
 * Chromium writes a named destination (`/Dests`) for every element a link in the document points to: the table of
 * contents points to each heading, so its destinations say on which page each heading landed.
 */
function destinationsOf(document: PDFDocument): Pagination {
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
  /** Writes each entry's page number into the room kept for it, or takes the table out again for a short document. */
  apply(pagination: Pagination): Promise<void>;
}

/**
 * Readies the table of contents of the document in `page` for printing: one the HTML hides (a document that asked
 * for none on screen) is shown, as every PDF of three pages or more gets one, and each entry gets an empty slot of a
 * fixed width (templates/html/style.css, `.toc-page`) so that filling in a number cannot move anything. A document
 * under three pages keeps its table without numbers, or has none if it asked for none on screen.
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
    apply: ({ pageCount, pages }) =>
      page.evaluate(
        (numbers: [string, number][] | undefined) => {
          const nav = document.querySelector<HTMLElement>('nav.toc')!;
          nav.hidden = !numbers && nav.dataset.printHidden === 'true';
          const of = new Map(numbers);
          for (const slot of nav.querySelectorAll('.toc-page')) {
            const anchor = decodeURIComponent(slot.parentElement!.getAttribute('href')!.slice(1));
            slot.textContent = String(of.get(anchor) ?? '');
          }
        },
        pageCount >= NUMBERED_FROM ? [...pages] : undefined,
      ),
  };
}

/**
 * Where the headings of the document in `page` will land, without printing: the body laid out as columns of one
 * page's text area each. Chromium breaks columns with the same fragmentation engine as pages (the same break
 * avoidance, orphans and widows), so column n holds what page n will; an element's column is where its first box's
 * centre lies. This is a plan, not a fact: `printWithContents` checks it against the PDF.
 */
export async function planContents(page: Page, area: TextArea): Promise<Pagination> {
  const [pageCount, pages] = await page.evaluate(({ width, height }) => {
    const columns = document.createElement('style');
    columns.textContent = `html { width: ${width} !important; }
      body { columns: ${width} !important; column-gap: 0 !important; column-fill: auto !important; height: ${height} !important; box-sizing: border-box !important; }`;
    document.head.append(columns);
    const { left } = document.body.getBoundingClientRect();
    const pageWidth = document.body.clientWidth;
    const columnOf = (box: DOMRect) => Math.floor((box.left + box.width / 2 - left) / pageWidth) + 1;
    const pages: [string, number][] = [];
    for (const link of document.querySelectorAll('nav.toc a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      const box = document.getElementById(id)?.getClientRects()[0];
      if (box) pages.push([id, columnOf(box)]);
    }
    let pageCount = 1;
    for (const element of document.body.querySelectorAll('*')) {
      const boxes = element.getClientRects();
      if (boxes.length > 0) pageCount = Math.max(pageCount, columnOf(boxes[boxes.length - 1]!));
    }
    columns.remove();
    return [pageCount, pages] as const;
  }, area);
  return { pageCount, pages: new Map(pages) };
}

/** Whether the PDF printed has the page numbers (or the absence of numbers) that the table of contents shows. */
function agrees(shown: Pagination, printed: Pagination): boolean {
  if (shown.pageCount >= NUMBERED_FROM !== printed.pageCount >= NUMBERED_FROM) return false;
  if (printed.pageCount < NUMBERED_FROM) return true;
  return [...shown.pages].every(([anchor, page]) => printed.pages.get(anchor) === page);
}

/** A table of contents shown with its slots empty, as it is laid out before its numbers are known. */
const EMPTY_SLOTS: Pagination = { pageCount: NUMBERED_FROM, pages: new Map() };

/** Hides every box without moving one (visibility does not take part in layout): the first print paints nothing. */
const UNPAINTED = 'html { visibility: hidden !important; } html * { visibility: inherit !important; }';

/** The options of the PDF that is published: tagged, with bookmarks. */
const FINAL: PDFOptions = { printBackground: true, tagged: true, outline: true };

/**
 * Prints the document in `page`, with page numbers in its table of contents when it has one and runs to three pages
 * or more. The numbers are planned (`plan`, by default `planContents`), filled into slots whose width the layout
 * already keeps free, and printed; the PDF's own destinations then say whether every number is right. When one is
 * not, a print that only has to be read (untagged, without outline, nothing painted) says where each heading lands,
 * and the document is printed again with those numbers: what is published is always checked against itself.
 */
export async function printWithContents(
  page: Page,
  print: (options: PDFOptions) => Promise<Uint8Array>,
  plan: () => Promise<Pagination>,
): Promise<PDFDocument> {
  const contents = await prepareContents(page);
  if (!contents) return loadPdf(await print(FINAL));
  const planned = await plan();
  await contents.apply(planned);
  const document = await loadPdf(await print(FINAL));
  if (agrees(planned, destinationsOf(document))) return document;
  await contents.apply(EMPTY_SLOTS);
  const unpainted = await page.addStyleTag({ content: UNPAINTED });
  const sketch = await print({ printBackground: false, tagged: false, outline: false });
  await unpainted.evaluate((style) => style.remove());
  await contents.apply(destinationsOf(await loadPdf(sketch)));
  return loadPdf(await print(FINAL));
}
