import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/** Where a link annotation leads: its URI, or `#name` for a named destination in the document. */
function targetOf(annotation: PDFDict): string | undefined {
  const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString);
  if (uri) return uri.decodeText();
  const destination = annotation.get(PDFName.of('Dest'));
  return destination instanceof PDFName ? `#${destination.decodeText()}` : undefined;
}

/**
 * PDF/UA-1 (7.18.5) wants every link annotation to describe itself in /Contents. Chromium writes none: each gets the
 * text of the document's link to the same target, or the target itself.
 */
export function describeLinks(document: PDFDocument, texts: Map<string, string>): void {
  for (const page of document.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annotation = document.context.lookup(ref, PDFDict);
      if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link') || annotation.has(PDFName.of('Contents'))) continue;
      const target = targetOf(annotation);
      const text = target && (texts.get(target) || target);
      if (text) annotation.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  }
}
