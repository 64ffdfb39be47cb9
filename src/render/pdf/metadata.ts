import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import type { NoticeModel } from '../../model/index.js';
import { recordedTrace } from './trace.js';
import { setXmp } from './xmp.js';

/** The date a reproducible PDF carries: the document's version date, else SOURCE_DATE_EPOCH, else none. */
export function pdfDate(model: NoticeModel, env: NodeJS.ProcessEnv = process.env): Date | undefined {
  if (model.date) return new Date(`${model.date.iso}T00:00:00Z`);
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

/**
 * Chromium writes only the title and itself as creator, and the build time. A published notice names its author
 * (the controllers), subject and language, can be traced to its YAML (privnote version, source hash, the digest of
 * its config and options: what `build --check` compares, trace.ts), and is the
 * same byte for byte when rebuilt: dates come from the document or SOURCE_DATE_EPOCH, the /ID from the source.
 * The XMP packet repeats the same values and declares PDF/UA-1.
 */
export function setMetadata(document: PDFDocument, model: NoticeModel): void {
  const fields = {
    title: model.title,
    author: model.author,
    subject: model.kind === 'protocol' ? 'Protocol voor de elektronische mededeling van persoonsgegevens' : 'Privacyverklaring',
    keywords: ['privacy', 'AVG', 'GDPR', 'persoonsgegevens'],
    language: model.lang,
    creatorTool: `privnote ${model.trace?.privnote ?? ''}`.trim(),
    producer: 'privnote (Chromium, pdf-lib)',
    date: pdfDate(model),
  };
  document.setTitle(fields.title, { showInWindowTitleBar: true });
  document.setAuthor(fields.author);
  document.setSubject(fields.subject);
  document.setKeywords(fields.keywords);
  document.setCreator(fields.creatorTool);
  document.setProducer(fields.producer);
  document.setLanguage(fields.language);
  const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
  if (fields.date) {
    document.setCreationDate(fields.date);
    document.setModificationDate(fields.date);
  } else {
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  if (model.trace) {
    for (const [key, value] of Object.entries(recordedTrace(model.trace))) info.set(PDFName.of(key), PDFString.of(value));
    const id = PDFHexString.of(model.trace.source.replace('sha256:', '').padEnd(32, '0'));
    document.context.trailerInfo.ID = document.context.obj([id, id]);
  }
  setXmp(document, { ...fields, keywords: fields.keywords.join(' ') });
}

/**
 * Chromium names the elements of the tag tree after DOM node numbers (`/ID (node00002492)`), which count on from
 * every page the browser rendered before, and in between (a page printed twice, for its table of contents, shares
 * the counter with the pages printed meanwhile): the same notice would differ with what was printed around it.
 * Numbering them 1, 2, 3 … in their order keeps that order and their width (so no byte offset moves) and makes the
 * PDF depend on the notice alone.
 */
export function stableStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  if (ids.length === 0) return pdf;
  const rank = new Map(ids.map((id, index) => [id, index + 1]));
  const renumbered = text.replace(/\(node(\d{8})\)/g, (_, n: string) => `(node${String(rank.get(Number(n))).padStart(8, '0')})`);
  return Buffer.from(renumbered, 'latin1');
}
