import { PDFDict, PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';

/** The bookmarks, depth first: the order of the headings Chromium made them from. */
function items(document: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  const visit = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      found.push(item);
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return found;
}

/**
 * Chromium titles each bookmark with its heading's laid-out lines, joined without a space where the heading wraps
 * ("het LokaalPartnerschap"). Each gets the heading's own text instead, number included; its destination stays.
 * The bookmarks are left alone when they do not match the headings one to one.
 */
export function titleBookmarks(document: PDFDocument, headings: string[]): void {
  const bookmarks = items(document);
  if (bookmarks.length !== headings.length) return;
  bookmarks.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[i]!)));
}
