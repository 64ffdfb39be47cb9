import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of text as a reader sees it: runs of text on one baseline, not parted by a wide gap (a table cell, a label column). */
export interface Line {
  page: number;
  /** Distance of the baseline from the bottom of the page, in points. */
  y: number;
  text: string;
}

/** Runs of text closer than this (points) belong to one line: a space is ~3 pt, a cell's padding or a column gap more. */
const SAME_LINE_GAP = 4;

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
}

function linesOfRuns(page: number, runs: Run[]): Line[] {
  const byBaseline = new Map<number, Run[]>();
  for (const run of runs) {
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
        lines.push({ page, y, text: text.trim() });
        text = '';
      }
      // A space may be drawn as a gap rather than as a character.
      if (text && run.x - end > 1 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      end = run.x + run.width;
    }
    if (text.trim()) lines.push({ page, y, text: text.trim() });
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** The pages of a PDF (size in points) and the lines of text on each, top to bottom, read back with pdfjs-dist. */
export async function pdfLines(file: string): Promise<{ height: number; lines: Line[] }[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const runs = (await page.getTextContent()).items
      .filter((item) => 'str' in item && item.str !== '')
      .map((item) => {
        const { str, transform, width } = item as { str: string; transform: number[]; width: number };
        return { str, x: transform[4]!, y: transform[5]!, width };
      })
      // pdfjs-dist fills the gap between two columns with a wide space: that is a gap, not a space.
      .filter((run) => run.str.trim() !== '' || run.width <= SAME_LINE_GAP);
    pages.push({ height: page.view[3]!, lines: linesOfRuns(number, runs) });
  }
  await document.destroy();
  return pages;
}
