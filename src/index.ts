import { join } from 'node:path';
import { compileFile, type Compiled } from './compile.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { expandInputs, outputNames } from './inputs.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { writeAtomic } from './write/write.js';

export type Format = 'html' | 'md' | 'pdf';
export const FORMATS: readonly Format[] = ['html', 'md', 'pdf'];

export interface BuildOptions {
  /** Where outputs go (default `out`). */
  outDir?: string;
  /** Which outputs (default all three). */
  formats?: readonly Format[];
  /** PDF pages rendered in parallel in the one browser (default 2). */
  jobs?: number;
}

export interface Result {
  /** The YAML files that were read. */
  files: string[];
  /** Every problem of every file, sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface BuildResult extends Result {
  /** Paths written, in the order they were finished. */
  written: string[];
  /** Files that produced no output because of errors. */
  skipped: string[];
}

/** Validates documents without writing anything. */
export async function check(inputs: string[]): Promise<Result> {
  const files = await expandInputs(inputs);
  const compiled = await Promise.all(files.map(compileFile));
  return { files, diagnostics: sortDiagnostics(compiled.flatMap((c) => c.diagnostics)) };
}

/**
 * Compiles documents to HTML, Markdown and/or PDF. A document with errors writes nothing (its earlier outputs stay
 * as they were); the other documents are still built.
 */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { outDir = 'out', formats = FORMATS, jobs = 2 } = options;
  const files = await expandInputs(inputs);
  const names = outputNames(files);
  const compiled = await Promise.all(files.map(compileFile));
  const good = compiled.filter((c): c is Required<Compiled> => c.model !== undefined);
  const written: string[] = [];
  const target = (c: Compiled, format: Format) => join(outDir, `${names.get(c.file)}.${format}`);
  const write = async (path: string, data: string | Uint8Array) => {
    await writeAtomic(path, data);
    written.push(path);
  };

  const htmls = new Map<Compiled, string>();
  for (const c of good) {
    const html = renderHtml(c.model);
    htmls.set(c, html);
    if (formats.includes('html')) await write(target(c, 'html'), html);
    if (formats.includes('md')) await write(target(c, 'md'), renderMarkdown(c.model));
  }

  if (formats.includes('pdf') && good.length > 0) {
    // Only PDF output pays for puppeteer's import and a browser start.
    const { renderPdfs } = await import('./render/pdf/index.js');
    await renderPdfs(
      good.map((c) => ({ html: htmls.get(c)!, model: c.model, path: target(c, 'pdf') })),
      jobs,
      write,
    );
  }

  return {
    files,
    diagnostics: sortDiagnostics(compiled.flatMap((c) => c.diagnostics)),
    written,
    skipped: compiled.filter((c) => !c.model).map((c) => c.file),
  };
}

export { compileText } from './compile.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { UsageError } from './inputs.js';
export { BrowserNotFoundError } from './render/pdf/browser.js';
export { RenderError } from './render/templates.js';
