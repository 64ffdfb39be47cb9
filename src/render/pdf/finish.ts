import type { PDFDocument } from 'pdf-lib';
import type { NoticeModel } from '../../model/index.js';
import { markArtifacts } from './artifacts.js';
import { headingsOf, linkTexts } from './html-text.js';
import { describeLinks } from './links.js';
import { setMetadata, stableStructureIds } from './metadata.js';
import { titleBookmarks } from './outline.js';
import { fixStructureTree } from './structure-tree.js';

/**
 * What privnote adds to the PDF Chromium printed from `html`: the notice's metadata, and what PDF/UA-1 needs beyond
 * Chromium's tags (artifacts, XMP, a structure tree of standard types, described links, exact bookmark titles).
 * The same input gives the same bytes.
 */
export async function finishPdf(document: PDFDocument, model: NoticeModel, html: string): Promise<Uint8Array> {
  setMetadata(document, model);
  markArtifacts(document);
  fixStructureTree(document);
  describeLinks(document, linkTexts(html));
  titleBookmarks(document, headingsOf(html));
  // pdf-lib yields to the event loop every few objects while it writes (and parses: `loadPdf`), by default; a tagged
  // notice has thousands of objects, and in a build whose event loop also drives the browser each yield waits its turn.
  return stableStructureIds(await document.save({ useObjectStreams: false, objectsPerTick: Infinity }));
}
