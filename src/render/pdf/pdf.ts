import type { Browser, Page } from 'puppeteer';
import Handlebars from 'handlebars';
import { texts } from '../../model/texts.js';

export interface PdfJob {
  html: string;
  title: string;
}

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

async function printPdf(page: Page, job: PdfJob): Promise<Uint8Array> {
  await page.setContent(job.html, { waitUntil: 'load' });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(job.title),
    margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
  });
}

/**
 * Prints every job with one browser: `concurrency` pages, each reused for the next document.
 * Results arrive through `onPdf` as soon as each is ready, so the caller can write them without holding all.
 */
export async function printAll(
  browser: Browser,
  jobs: PdfJob[],
  concurrency: number,
  onPdf: (index: number, pdf: Uint8Array | Error) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    const page = await offlinePage(browser);
    try {
      while (next < jobs.length) {
        const index = next++;
        const result = await printPdf(page, jobs[index]!).catch((error: Error) => error);
        await onPdf(index, result);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
}
