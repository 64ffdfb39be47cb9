import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileFile, type Compiled } from './compile.js';
import { configFor, type Config } from './config/config.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { expandInputs, outputNames, UsageError } from './inputs.js';
import { renderHtml } from './render/html.js';
import { cellText } from './report/completeness.js';
import { renderMarkdown } from './render/markdown.js';
import type { ItemStatus } from './rules/run.js';
import { writeAtomic } from './write/write.js';

export type Format = 'html' | 'md' | 'pdf';
export const FORMATS: readonly Format[] = ['html', 'md', 'pdf'];

export interface CheckOptions {
  /** A privnote.config.yaml for every input; by default the nearest one above each input file. */
  config?: string;
}

export interface BuildOptions extends CheckOptions {
  /** Where outputs go (default `out`). */
  outDir?: string;
  /** Which outputs (default all three). */
  formats?: readonly Format[];
  /** PDF pages rendered in parallel in the one browser (default 2). */
  jobs?: number;
  /** Append the completeness table (AVG art. 13/14) to each notice, for review copies. */
  review?: boolean;
}

export interface Result {
  /** The YAML files that were read. */
  files: string[];
  /** Every problem of every file (and of the config files), sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Per file: how it fares on each art. 13/14 item. */
  completeness: { file: string; items: ItemStatus[] }[];
}

export interface BuildResult extends Result {
  /** Paths written, in the order they were finished. */
  written: string[];
  /** Files that produced no output because of errors. */
  skipped: string[];
}

/** Compiles every input with its config; each config file's own problems are reported once. */
async function compileAll(inputs: string[], options: CheckOptions) {
  if (options.config && !existsSync(options.config)) throw new UsageError(`config file not found: ${options.config}`);
  const files = await expandInputs(inputs);
  const configs = new Map<string, { config: Config; diagnostics: Diagnostic[] }>();
  const compiled = await Promise.all(
    files.map((file) => {
      const loaded = configFor(file, options.config);
      const key = loaded.config.path ?? '';
      if (!configs.has(key)) configs.set(key, loaded);
      return compileFile(file, configs.get(key)!.config);
    }),
  );
  const diagnostics = sortDiagnostics([...[...configs.values()].flatMap((c) => c.diagnostics), ...compiled.flatMap((c) => c.diagnostics)]);
  return { files, compiled, diagnostics, completeness: compiled.map(({ file, items }) => ({ file, items })) };
}

/** Validates documents and runs the rules, without writing anything. */
export async function check(inputs: string[], options: CheckOptions = {}): Promise<Result> {
  const { files, diagnostics, completeness } = await compileAll(inputs, options);
  return { files, diagnostics, completeness };
}

/**
 * Compiles documents to HTML, Markdown and/or PDF. A document with errors writes nothing (its earlier outputs stay
 * as they were); the other documents are still built.
 */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { outDir = 'out', formats = FORMATS, jobs = 2, review = false } = options;
  const { files, compiled, diagnostics, completeness } = await compileAll(inputs, options);
  const names = outputNames(files);
  const good = compiled.filter((c): c is Required<Compiled> => c.model !== undefined);
  if (review) for (const c of good) c.model.review = c.items.map((item) => ({ ...item, cell: cellText(item) }));
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

  return { files, diagnostics, completeness, written, skipped: compiled.filter((c) => !c.model).map((c) => c.file) };
}

export { compileText } from './compile.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { UsageError } from './inputs.js';
export { BrowserNotFoundError } from './render/pdf/browser.js';
export { RenderError } from './render/templates.js';
export { rules } from './rules/index.js';
export type { ItemStatus } from './rules/run.js';
