import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page, as pdfjs gives it: where its baseline starts (PDF points, y upwards) and its width. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** A link on a page to a place in the same document: its rectangle and the page (1-based) it leads to. */
export interface InternalLink {
  rect: [number, number, number, number];
  toPage: number;
}

export interface PdfPage {
  runs: TextRun[];
  links: InternalLink[];
}

/** The text of a page, or of the runs that start within `rect`, top to bottom and left to right, whitespace collapsed. */
export function textOf(page: PdfPage, rect?: InternalLink['rect']): string {
  const inside = (run: TextRun) => !rect || (run.x >= rect[0] - 1 && run.x <= rect[2] && run.y >= rect[1] - 1 && run.y <= rect[3] + 1);
  return page.runs
    .filter(inside)
    .sort((a, b) => Math.round(b.y) - Math.round(a.y) || a.x - b.x)
    .map((run) => run.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a PDF back with pdfjs-dist: each page's text runs and internal links. */
export async function readPdf(file: string): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const runs = (await page.getTextContent()).items.flatMap((item) =>
      // Horizontal text only: a watermark set across the page (ONTWERP) belongs to no line.
      'str' in item && item.str.trim() && item.transform[1] === 0 ? [{ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width }] : [],
    );
    const links: InternalLink[] = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link' || !annotation.dest) continue;
      const dest = typeof annotation.dest === 'string' ? await pdf.getDestination(annotation.dest) : annotation.dest;
      if (dest) links.push({ rect: annotation.rect, toPage: (await pdf.getPageIndex(dest[0])) + 1 });
    }
    pages.push({ runs, links });
  }
  await pdf.destroy();
  return pages;
}
