import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import type { NoticeModel } from '../../model/index.js';

type Trace = NonNullable<NoticeModel['trace']>;

/** The keys of the PDF's Info dictionary that record where it came from. */
const KEYS = { PrivnoteVersion: 'privnote', PrivnoteSource: 'source', PrivnoteOptions: 'options' } as const satisfies Record<string, keyof Trace>;

/** The Info entries a PDF of a model with this trace records (an option digest only when it was built with one). */
export function recordedTrace(trace: Trace): Record<string, string> {
  return Object.fromEntries(Object.entries(KEYS).flatMap(([key, field]) => (trace[field] === undefined ? [] : [[key, trace[field]]])));
}

/** The trace a PDF records, or undefined when it is no PDF pdf-lib can read or records no trace of privnote. */
async function readTrace(pdf: Uint8Array): Promise<Record<string, string> | undefined> {
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true });
    const info = document.context.lookupMaybe(document.context.trailerInfo.Info, PDFDict);
    if (!info) return undefined;
    const entries = Object.keys(KEYS).flatMap((key) => {
      const value = info.lookupMaybe(PDFName.of(key), PDFString, PDFHexString);
      return value ? [[key, value.decodeText()]] : [];
    });
    return Object.fromEntries(entries);
  } catch {
    return undefined;
  }
}

/**
 * Whether a PDF on disk is current for a model: it records the same privnote version, source hash and digest of
 * config and options. Its bytes are not compared: another Chromium or font build prints the same notice differently.
 * A PDF whose metadata is missing or unreadable is not current.
 */
export async function recordsModel(pdf: Uint8Array, model: NoticeModel): Promise<boolean> {
  const expected = model.trace && recordedTrace(model.trace);
  if (!expected || Object.keys(expected).length !== Object.keys(KEYS).length) return false;
  const recorded = await readTrace(pdf);
  return recorded !== undefined && Object.entries(expected).every(([key, value]) => recorded[key] === value);
}
