import type { Browser, Page } from 'puppeteer';
import Handlebars from 'handlebars';
import type { NoticeModel } from '../../model/index.js';
import { texts } from '../../model/texts.js';
import type { Render } from '../renderers.js';
import { launchBrowser } from './browser.js';
import { setMetadata } from './metadata.js';

/** The footer is rendered in its own context: it needs its own font and size. */
function footer(title: string): string {
  const { labels } = texts();
  const escaped = Handlebars.escapeExpression(title);
  return `<div style="font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #555;
    width: 100%; box-sizing: border-box; padding: 0 18mm; display: flex; justify-content: space-between; gap: 8mm;">
    <span style="flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">${escaped}</span>
    <span style="white-space: nowrap;">${labels.page} <span class="pageNumber"></span> ${labels.of} <span class="totalPages"></span></span></div>`;
}

/** Blocks every request: the HTML is self-contained, and rendering must stay offline. */
async function offlinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** A notice prints in well under a second; a large one gets more time, so only a stuck page times out. */
export const printTimeout = (html: string): number => 30_000 + Math.ceil(html.length / 1000) * 50;

export interface Printer {
  print(html: string, model: NoticeModel): Promise<Uint8Array>;
}

/** One browser for the whole build, with up to `jobs` pages, each reused for the next document. */
export async function openPrinter(jobs: number): Promise<{ value: Printer; close: () => Promise<void> }> {
  const { browser, close } = await launchBrowser();
  const idle: Page[] = [];
  const waiting: { resolve: (page: Page) => void; reject: (error: unknown) => void }[] = [];
  let open = 0;
  const acquire = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (open >= jobs) return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    open++;
    return offlinePage(browser).catch((error: unknown) => {
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
    let pdf: Uint8Array;
    try {
      await page.setContent(html, { waitUntil: 'load', timeout });
      pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(model.title),
        margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
        timeout,
      });
    } catch (error) {
      discard(page);
      throw error;
    }
    release(page);
    return setMetadata(pdf, model);
  };
  return { value: { print }, close };
}

/** The PDF renderer: prints a document's HTML with the build's one browser. */
export const printPdf: Render = async (model, input) => {
  const { from, session } = input!;
  const printer = await session.use('browser', () => openPrinter(session.options.jobs));
  return printer.print(from!, model);
};
