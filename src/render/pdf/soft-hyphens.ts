import type { Page } from 'puppeteer';

/**
 * Chromium writes every soft hyphen into the PDF's text, used or not, and poppler and PDFium (evince, Chrome) then
 * copy and search "per\u00ADsoons\u00ADge\u00ADge\u00ADvens". Once the page is laid out, this removes the soft
 * hyphens where no line breaks, so the text keeps one only where a word is really hyphenated. A soft hyphen also
 * splits a kerning pair, so without it a line can get a little shorter and its breaks move: the removal is repeated
 * until every soft hyphen left ends a line. Each pass measures everything first, then changes: a change would lay the
 * page out again. Lines are measured as they will print: the page is in print media (printer.ts), and the root
 * element gets the text's exact width (`width`, a CSS length) while measuring.
 */
export async function keepUsedSoftHyphens(page: Page, width: string): Promise<void> {
  await page.evaluate((width) => {
    const SOFT_HYPHEN = '\u00AD';
    const printWidth = document.createElement('style');
    printWidth.textContent = `html { width: ${width} !important; }`;
    document.head.append(printWidth);
    const range = document.createRange();
    // The box of one character; a range that starts on one line and ends on the next spans both, so the bottoms are
    // what tell whether the text after a soft hyphen went to the next line.
    const box = (node: Text, index: number) => {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const endsLine = (node: Text, index: number) => {
      if (index === 0 || index === node.data.length - 1) return true;
      const before = box(node, index - 1);
      return box(node, index + 1).bottom - before.bottom >= before.height / 2;
    };
    const removeUnused = (): number => {
      const changes: [Text, string][] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!node.data.includes(SOFT_HYPHEN)) continue;
        const text = node;
        const kept = text.data
          .split('')
          .filter((char, index) => char !== SOFT_HYPHEN || endsLine(text, index))
          .join('');
        if (kept !== text.data) changes.push([text, kept]);
      }
      for (const [node, text] of changes) node.data = text;
      return changes.length;
    };
    for (let pass = 0; pass < 10 && removeUnused() > 0; pass++);
    printWidth.remove();
  }, width);
}
