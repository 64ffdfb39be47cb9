import { PDFDocument } from 'pdf-lib';
import type { NoticeModel } from '../../model/index.js';

/**
 * Chromium writes only the title and itself as creator; a published notice also names its author (the controllers),
 * subject and language, and carries the document's own date instead of the build time.
 */
export async function setMetadata(pdf: Uint8Array, model: NoticeModel): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(model.title, { showInWindowTitleBar: true });
  document.setAuthor(model.author);
  document.setSubject(model.kind === 'protocol' ? 'Protocol voor de elektronische mededeling van persoonsgegevens' : 'Privacyverklaring');
  document.setKeywords(['privacy', 'AVG', 'GDPR', 'persoonsgegevens']);
  document.setCreator('privnote');
  document.setProducer('privnote (Chromium, pdf-lib)');
  document.setLanguage(model.lang);
  if (model.date) {
    const date = new Date(`${model.date.iso}T00:00:00Z`);
    document.setCreationDate(date);
    document.setModificationDate(date);
  }
  return document.save({ useObjectStreams: false });
}
