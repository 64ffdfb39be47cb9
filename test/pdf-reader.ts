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
  /** The page's height in points. */
  height: number;
  runs: TextRun[];
  links: InternalLink[];
}

/** A line of text as a reader sees it: runs of text on one baseline, not parted by a wide gap (a table cell, a label column). */
export interface Line {
  page: number;
  /** Distance of the baseline from the bottom of the page, in points. */
  y: number;
  text: string;
}

/** Runs of text closer than this (points) belong to one line: a space is ~3 pt, a cell's padding or a column gap more. */
const SAME_LINE_GAP = 4;

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

/** The lines of text on a page (`number`, 1-based), top to bottom. */
export function linesOf(page: PdfPage, number: number): Line[] {
  const byBaseline = new Map<number, TextRun[]>();
  for (const run of page.runs) {
    const y = Math.round(run.y);
    byBaseline.set(y, [...(byBaseline.get(y) ?? []), run]);
  }
  const lines: Line[] = [];
  for (const [y, onBaseline] of byBaseline) {
    onBaseline.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of onBaseline) {
      if (text && run.x - end > SAME_LINE_GAP) {
        lines.push({ page: number, y, text: text.trim() });
        text = '';
      }
      // A space may be drawn as a gap rather than as a character.
      if (text && run.x - end > 1 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
      text += run.text;
      end = run.x + run.width;
    }
    if (text.trim()) lines.push({ page: number, y, text: text.trim() });
  }
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * Reads a PDF back with pdfjs-dist: each page's size, text runs and internal links. Horizontal text only: a watermark
 * set across the page (ONTWERP) belongs to no line. pdfjs-dist fills the gap between two columns with a wide space:
 * that is a gap, not a space, and is left out.
 */
export async function readPdf(file: string): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const runs = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str !== '' && item.transform[1] === 0 && (item.str.trim() !== '' || item.width <= SAME_LINE_GAP)
        ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }]
        : [],
    );
    const links: InternalLink[] = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link' || !annotation.dest) continue;
      const dest = typeof annotation.dest === 'string' ? await pdf.getDestination(annotation.dest) : annotation.dest;
      if (dest) links.push({ rect: annotation.rect, toPage: (await pdf.getPageIndex(dest[0])) + 1 });
    }
    pages.push({ height: page.view[3]!, runs, links });
  }
  await pdf.destroy();
  return pages;
}
