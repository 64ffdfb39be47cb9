import type { PDFDocument } from 'pdf-lib';
import type { Browser, Page, PDFOptions } from 'puppeteer';
import type { NoticeModel } from '../../model/index.js';
import { hyphenateHtml } from '../hyphenate.js';
import type { Render } from '../renderers.js';
import { launchBrowser } from './browser.js';
import { planContents, printWithContents } from './contents.js';
import { finishPdf } from './finish.js';
import { runningCss } from './running.js';
import { keepUsedSoftHyphens } from './soft-hyphens.js';

/** 210 − 2 × 18 mm and 297 − 20 − 22 mm, at 96 CSS pixels an inch. */
const A4_TEXT_WIDTH_PX = 658;
const A4_TEXT_HEIGHT_PX = 964;

/** What every print of a document shares: the paper and its margins (page margin boxes hold header and footer). */
const MARGIN = { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' };
const PRINT: PDFOptions = { format: 'A4', margin: MARGIN };
/** The text area exactly (puppeteer's A4 is 8.27 × 11.7 in), for measuring where lines and pages break. */
const TEXT_AREA = {
  width: `calc(8.27in - ${MARGIN.left} - ${MARGIN.right})`,
  height: `calc(11.7in - ${MARGIN.top} - ${MARGIN.bottom})`,
};

/**
 * A page that blocks every request (the HTML is self-contained, and rendering must stay offline), laid out for print
 * from the start: with print media and a viewport as wide as an A4 page between its margins, entering print mode
 * changes little: the two prints of a document took 12 % less time so (measured on the examples).
 */
async function offlinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.emulateMediaType('print');
  await page.setViewport({ width: A4_TEXT_WIDTH_PX, height: A4_TEXT_HEIGHT_PX });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** The time a document may take to print, without its size: PRIVNOTE_PDF_TIMEOUT_MS, else 30 s. */
function baseTimeout(): number {
  const value = Number(process.env.PRIVNOTE_PDF_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : 30_000;
}

/**
 * A notice prints in well under a second; a large one gets more time (50 ms a kilobyte of HTML with the default
 * base of 30 s), so only a stuck page times out. A lower base (PRIVNOTE_PDF_TIMEOUT_MS, a knob for tests and slow
 * CI machines) scales both.
 */
export const printTimeout = (html: string, base = baseTimeout()): number => base + Math.ceil((Math.ceil(html.length / 1000) * base) / 600);

class PrintTimeoutError extends Error {}

/** A browser that cannot open a page in this time is stuck. */
const NEW_PAGE_TIMEOUT = 30_000;

/** `promise`, or a PrintTimeoutError after `ms`: puppeteer's own timeouts do not cover every step (a hung browser). */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeoutError(`${what} duurde langer dan ${ms} ms (time-out)`)), ms);
  });
  promise.catch(() => {}); // a step that fails after its time-out is no longer anyone's concern
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The HTML with the running header and footer in its head: laid out once, with no round trip to add them. */
const withRunningHead = (html: string, model: NoticeModel) => html.replace('</head>', () => `<style>${runningCss(model)}</style></head>`);

export interface Printer {
  print(html: string, model: NoticeModel): Promise<Uint8Array>;
  /** How often Chromium printed so far: once a document, unless the planned page numbers were wrong. */
  readonly prints: number;
}

/**
 * One browser for the whole build, with up to `jobs` pages, each reused for the next document. Each document has a
 * deadline (`printTimeout`) for loading and printing together; a page that fails or misses it is closed and replaced.
 */
export async function openPrinter(jobs: number): Promise<{ value: Printer; close: () => Promise<void> }> {
  const { browser, close } = await launchBrowser();
  const idle: Page[] = [];
  const waiting: { resolve: (page: Page) => void; reject: (error: unknown) => void }[] = [];
  let open = 0;
  let prints = 0;
  const acquire = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (open >= jobs) return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    open++;
    return within(offlinePage(browser), NEW_PAGE_TIMEOUT, 'een nieuwe pagina openen').catch((error: unknown) => {
      open--;
      throw error;
    });
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next.resolve(page);
    else idle.push(page);
  };
  /** A page that failed or timed out may be stuck: it is closed, and a waiting job gets a new one. */
  const discard = (page: Page) => {
    void page.close().catch(() => {});
    open--;
    const next = waiting.shift();
    if (next) acquire().then(next.resolve, next.reject);
  };

  const print = async (html: string, model: NoticeModel): Promise<Uint8Array> => {
    const page = await acquire();
    const timeout = printTimeout(html);
    const started = Date.now();
    const left = () => Math.max(1, timeout - (Date.now() - started));
    let pdf: PDFDocument;
    try {
      pdf = await within(
        (async () => {
          await page.setContent(withRunningHead(html, model), { waitUntil: 'load', timeout: left() });
          await keepUsedSoftHyphens(page, TEXT_AREA.width);
          const print = (options: PDFOptions) => {
            prints++;
            return page.pdf({ ...PRINT, ...options, timeout: left() });
          };
          return printWithContents(page, print, () => planContents(page, TEXT_AREA));
        })(),
        timeout,
        'het afdrukken',
      );
    } catch (error) {
      discard(page);
      throw error;
    }
    release(page);
    return finishPdf(pdf, model, html);
  };
  return {
    value: {
      print,
      get prints() {
        return prints;
      },
    },
    close,
  };
}

/**
 * The PDF renderer: prints a document's HTML with the build's one browser, hyphenated for print (the published HTML
 * has no soft hyphens: a browser that knows Dutch hyphenates by itself, and copied text stays clean).
 */
export const printPdf: Render = async (model, input) => {
  const session = input!.session!;
  const printer = await session.use('browser', () => openPrinter(session.options.jobs));
  return printer.print(hyphenateHtml(input!.from!), model);
};
