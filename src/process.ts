import { compileDocument } from './compile.js';
import type { Config } from './config/config.js';
import type { Diagnostic, ItemStatus } from './diagnostics.js';
import type { NoticeModel } from './model/index.js';
import { rendererOf, type Format, type Render } from './render/renderers.js';
import { RenderError } from './render/templates.js';
import { cellText } from './report/completeness.js';
import { MessageError } from './errors.js';
import { optionsDigest } from './trace.js';
import { msg, said } from './messages/message.js';
import { writeAtomic, writeFailure } from './write/write.js';

export interface DocumentTask {
  file: string;
  text: string;
  config: Config;
  review: boolean;
  /** Refuse drafts (`build --final`) instead of marking them. */
  final: boolean;
  /** The text formats to render (those made from another format are rendered later, from these). */
  formats: Format[];
  /** Return the model too (for the PDF); it is large, and a worker sends back only what is needed. */
  keepModel: boolean;
  /** The config's key (config.ts `LoadedConfig.key`): with the options, the digest the PDF records (src/trace.ts). */
  configKey: string;
  /**
   * Where each text output goes: written by the thread that rendered it, so a large batch never holds its outputs.
   * Without targets (`build --check`) the outputs come back to be compared.
   */
  targets?: Partial<Record<Format, string>>;
}

export interface DocumentResult {
  file: string;
  diagnostics: Diagnostic[];
  items: ItemStatus[];
  /** False when the document has errors: nothing of it is written. */
  ok: boolean;
  model?: NoticeModel;
  /** The outputs not written (no targets), or all of them when a later format is made from one (the PDF from HTML). */
  outputs: Partial<Record<Format, string>>;
  /** The formats written to their targets. */
  written: Format[];
  /** Why an output could not be written: the document's errors, which its cached findings do not keep. */
  writeFailures: Diagnostic[];
}

const loaded = new Map<Format, Promise<Render>>();

/** The render functions of the given formats, each imported once per thread. */
export async function loadRenders(formats: readonly Format[]): Promise<Map<Format, Render>> {
  for (const format of formats) if (!loaded.has(format)) loaded.set(format, rendererOf(format)!.load());
  return new Map(await Promise.all(formats.map(async (format) => [format, await loaded.get(format)!] as const)));
}

/** A failure while rendering, as a diagnostic of the document (the build goes on with the others). */
export function renderFailure(file: string, format: string, error: unknown): Diagnostic {
  const cause = error instanceof RenderError ? error.cause : error;
  // A cause privnote words itself is a message; the template engine's own is quoted as it is (it names the template's code).
  const reason = cause instanceof MessageError ? cause.said : String((cause as Error)?.message ?? cause).split('\n')[0]!;
  const message = error instanceof RenderError
    ? msg('render.failed-in', { format: format.toUpperCase(), template: error.template, reason })
    : msg('render.failed', { format: format.toUpperCase(), reason });
  return { file, line: 0, column: 0, severity: 'error', ruleId: 'render-error', ...said(message) };
}

/** A document on which privnote itself failed: reported for that document, never as a stack trace. */
export function internalFailure(file: string, error: unknown): DocumentResult {
  const message = msg('internal.document', { reason: String((error as Error)?.message ?? error).split('\n')[0]! });
  return { file, diagnostics: [{ file, line: 0, column: 0, severity: 'error', ruleId: 'internal', ...said(message) }], items: [], ...nothingMade() };
}

/** What a document that failed leaves: no outputs. */
const nothingMade = (): Pick<DocumentResult, 'ok' | 'outputs' | 'written' | 'writeFailures'> => ({ ok: false, outputs: {}, written: [], writeFailures: [] });

/** One document from YAML text to its text outputs, written to their targets: self-contained, so a worker can run it. */
export function processDocument(task: DocumentTask, renders: Map<Format, Render>): DocumentResult {
  const { file, text, config, review, final, formats, keepModel, targets } = task;
  const { diagnostics, items, model } = compileDocument({ file, text }, { config, final });
  if (!model) return { file, diagnostics, items, ...nothingMade() };
  if (review) model.review = items.map((item) => ({ ...item, cell: cellText(item) }));
  const epoch = model.date ? undefined : process.env.SOURCE_DATE_EPOCH;
  model.trace = { ...model.trace!, options: optionsDigest(task.configKey, { review, final, epoch }) };
  const outputs: DocumentResult['outputs'] = {};
  for (const format of formats) {
    try {
      outputs[format] = renders.get(format)!(model, { templates: config.templates }) as string;
    } catch (error) {
      return { file, diagnostics: [...diagnostics, renderFailure(file, format, error)], items, ...nothingMade() };
    }
  }
  // Written only once every format rendered: a document that fails in one format writes none.
  const written: Format[] = [];
  const writeFailures: Diagnostic[] = [];
  for (const format of formats) {
    const path = targets?.[format];
    if (path === undefined) continue;
    try {
      writeAtomic(path, outputs[format]!);
      written.push(format);
    } catch (error) {
      writeFailures.push(writeFailure(file, path, error));
    }
  }
  return { file, diagnostics, items, ok: true, model: keepModel ? model : undefined, outputs: keepModel || !targets ? outputs : {}, written, writeFailures };
}
