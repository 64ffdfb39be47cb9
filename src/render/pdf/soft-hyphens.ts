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
    const select = (node: Text, start: number, end: number) => {
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    };
    /**
     * Whether the line breaks at the soft hyphen at `index`: the text around it lies on two lines, and the character
     * after it lies below the one before (a range that starts where a line breaks also holds the end of that line).
     */
    const endsLine = (node: Text, index: number) => {
      if (select(node, index - 1, index + 2).getClientRects().length < 2) return false;
      const before = select(node, index - 1, index).getBoundingClientRect();
      return select(node, index + 1, index + 2).getBoundingClientRect().bottom - before.bottom >= before.height / 2;
    };
    // A text on one line has no soft hyphen that ends one, and only a longer text is measured around each of them.
    // One at either end of a text stays: the line may break there.
    const kept = (node: Text): string => {
      const text = node.data;
      const oneLine = select(node, 0, text.length).getClientRects().length < 2;
      let result = '';
      for (let index = 0; index < text.length; index++) {
        const char = text[index]!;
        const atEdge = index === 0 || index === text.length - 1;
        if (char !== SOFT_HYPHEN || atEdge || (!oneLine && endsLine(node, index))) result += char;
      }
      return result;
    };
    const removeUnused = (): number => {
      const changes: [Text, string][] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!node.data.includes(SOFT_HYPHEN)) continue;
        const text = kept(node);
        if (text !== node.data) changes.push([node, text]);
      }
      for (const [node, text] of changes) node.data = text;
      return changes.length;
    };
    for (let pass = 0; pass < 10 && removeUnused() > 0; pass++);
    printWidth.remove();
  }, width);
}
