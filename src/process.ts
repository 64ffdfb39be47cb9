import { compileText } from './compile.js';
import type { Config } from './config/config.js';
import type { Diagnostic } from './diagnostics.js';
import type { NoticeModel } from './model/index.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { cellText } from './report/completeness.js';
import type { ItemStatus } from './rules/run.js';

export interface DocumentTask {
  file: string;
  text: string;
  config: Config;
  review: boolean;
  markdown: boolean;
  /** Return the model too (for the PDF); it is large, and a worker sends back only what is needed. */
  keepModel: boolean;
}

export interface DocumentResult {
  file: string;
  diagnostics: Diagnostic[];
  items: ItemStatus[];
  /** False when the document has errors. */
  ok: boolean;
  model?: NoticeModel;
  html?: string;
  markdown?: string;
}

/** One document from YAML text to HTML (always: PDF is printed from it) and Markdown: pure, so a worker can run it. */
export function processDocument({ file, text, config, review, markdown, keepModel }: DocumentTask): DocumentResult {
  const { diagnostics, items, model } = compileText(text, file, config);
  if (!model) return { file, diagnostics, items, ok: false };
  if (review) model.review = items.map((item) => ({ ...item, cell: cellText(item) }));
  return {
    file, diagnostics, items, ok: true,
    model: keepModel ? model : undefined,
    html: renderHtml(model),
    markdown: markdown ? renderMarkdown(model) : undefined,
  };
}
