import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { BuildCache } from './cache/cache.js';
import { configFor, findConfig, type LoadedConfig } from './config/config.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { expandInputs, outputNames, UsageError } from './inputs.js';
import type { PdfTarget } from './render/pdf/index.js';
import type { DocumentResult, DocumentTask } from './process.js';
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
  /** PDF pages rendered in parallel in the one browser (default: the number of cores). */
  jobs?: number;
  /** Append the completeness table (AVG art. 13/14) to each notice, for review copies. */
  review?: boolean;
  /** Write nothing: compare every output with the file on disk and list those missing or different. */
  check?: boolean;
  /** The build cache folder, or false to rebuild everything (default `.privnote-cache`; never used by `check`). */
  cache?: string | false;
  /** Called after each document and each PDF, for progress display. */
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
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
  /** Files whose outputs were current already (build cache). */
  cached: string[];
  /** With `check`: outputs that are missing or differ from what the sources give. */
  stale: string[];
}

/**
 * The config of each input file (`--config`, or the nearest one above it), each config file read once; its own
 * problems are listed once in `diagnostics`.
 */
function configResolver(explicit: string | undefined) {
  if (explicit && !existsSync(explicit)) throw new UsageError(`config file not found: ${explicit}`);
  const configs = new Map<string, LoadedConfig>();
  const resolve = async (file: string) => {
    const key = explicit ?? findConfig(dirname(file)) ?? '';
    if (!configs.has(key)) configs.set(key, configFor(file, explicit));
    return configs.get(key)!;
  };
  return { resolve, diagnostics: () => [...configs.values()].flatMap((c) => c.diagnostics) };
}

async function compileAll(inputs: string[], options: CheckOptions) {
  const { compileFile } = await import('./compile.js');
  const configs = configResolver(options.config);
  const files = await expandInputs(inputs);
  const compiled = await Promise.all(files.map(async (file) => compileFile(file, (await configs.resolve(file)).config)));
  const diagnostics = sortDiagnostics([...configs.diagnostics(), ...compiled.flatMap((c) => c.diagnostics)]);
  return { files, compiled, diagnostics, completeness: compiled.map(({ file, items }) => ({ file, items })) };
}

/** Validates documents and runs the rules, without writing anything. */
export async function check(inputs: string[], options: CheckOptions = {}): Promise<Result> {
  const { files, diagnostics, completeness } = await compileAll(inputs, options);
  return { files, diagnostics, completeness };
}

/**
 * Compiles documents to HTML, Markdown and/or PDF. A document with errors writes nothing (its earlier outputs stay
 * as they were); the other documents are still built. Documents whose outputs are current are skipped (cache);
 * with `check`, nothing is written and stale outputs are listed instead.
 */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { outDir = 'out', formats = FORMATS, jobs = availableParallelism(), review = false, check = false } = options;
  const configs = configResolver(options.config);
  const files = await expandInputs(inputs);
  const names = outputNames(files);
  const cache = check || options.cache === false ? undefined : new BuildCache(options.cache);
  const target = (file: string, format: Format) => join(outDir, `${names.get(file)}.${format}`);
  const result: BuildResult = { files, diagnostics: [], completeness: [], written: [], skipped: [], cached: [], stale: [] };
  const pdfs: PdfTarget[] = [];
  const keys = new Map<string, string>();
  let done = 0;
  const total = files.length + (formats.includes('pdf') ? files.length : 0);
  const progress = (file: string) => options.onProgress?.({ done: ++done, total, file });

  /** Writes an output, or in check mode compares it with the file on disk. */
  const emit = async (source: string, path: string, data: string | Uint8Array) => {
    if (check) {
      const onDisk = await readFile(path).catch(() => undefined);
      if (!onDisk || !onDisk.equals(Buffer.from(data))) result.stale.push(path);
      return;
    }
    await writeAtomic(path, data);
    cache?.record(path, keys.get(source)!);
    result.written.push(path);
  };

  const tasks: DocumentTask[] = [];
  for (const file of files) {
    const { config, text: configText } = await configs.resolve(file);
    const text = readFileSync(file, 'utf8');
    // The key (a hash over the source, config and privnote's own files) is only worth computing with a cache.
    const key = cache ? BuildCache.key(text, configText, review ? 'review' : '') : '';
    keys.set(file, key);
    const current = cache?.current(key, formats.map((format) => target(file, format)));
    if (current) {
      result.cached.push(file);
      result.diagnostics.push(...current.diagnostics);
      result.completeness.push({ file, items: current.items });
      done += formats.includes('pdf') ? 2 : 1;
      continue;
    }
    tasks.push({ file, text, config, review, markdown: formats.includes('md'), keepModel: formats.includes('pdf') });
  }

  /** Outputs of one processed document are written as soon as it is ready, so a large batch is never all in memory. */
  const finish = async (processed: DocumentResult) => {
    const { file, diagnostics, items, ok, model, html, markdown } = processed;
    result.diagnostics.push(...diagnostics);
    result.completeness.push({ file, items });
    if (!ok) {
      result.skipped.push(file);
      done += formats.includes('pdf') ? 1 : 0;
    } else {
      if (formats.includes('html')) await emit(file, target(file, 'html'), html!);
      if (markdown !== undefined) await emit(file, target(file, 'md'), markdown);
      if (model) pdfs.push({ html: html!, model, path: target(file, 'pdf'), source: file });
      cache?.remember(keys.get(file)!, { diagnostics, items });
    }
    progress(file);
  };
  // Compiling and rendering is loaded only when a document needs it: a rebuild from the cache starts faster.
  const { processDocument } = tasks.length > 0 ? await import('./process.js') : { processDocument: undefined };
  const { WORKER_THRESHOLD, workerPool } = await import('./worker/pool.js');
  // A large batch uses every core: this thread and cores − 1 workers compile and render; this thread also writes.
  const cores = availableParallelism();
  if (tasks.length >= WORKER_THRESHOLD && cores > 1) {
    const pool = workerPool(cores - 1);
    try {
      // Two documents in flight per worker keep it busy; fewer keep memory flat.
      let next = 0;
      const remote = async () => {
        while (next < tasks.length) await finish(await pool.run(tasks[next++]!));
      };
      const local = async () => {
        while (next < tasks.length) {
          await finish(processDocument!(tasks[next++]!));
          await new Promise((resolve) => setImmediate(resolve)); // let worker results in
        }
      };
      await Promise.all([local(), ...Array.from({ length: (cores - 1) * 2 }, remote)]);
    } finally {
      await pool.close();
    }
  } else {
    for (const task of tasks) await finish(processDocument!(task));
  }
  const order = new Map(files.map((file, index) => [file, index]));
  result.completeness.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  result.skipped.sort((a, b) => order.get(a)! - order.get(b)!);

  if (pdfs.length > 0) {
    // Only PDF output pays for puppeteer's import and a browser start.
    const { renderPdfs } = await import('./render/pdf/index.js');
    await renderPdfs(pdfs, jobs, async (pdf, data) => {
      await emit(pdf.source, pdf.path, data);
      progress(pdf.source);
    });
  }
  cache?.save();
  result.diagnostics = sortDiagnostics([...configs.diagnostics(), ...result.diagnostics]);
  return result;
}

export { compileText } from './compile.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { UsageError } from './inputs.js';
export { BrowserNotFoundError } from './render/pdf/browser.js';
export { RenderError } from './render/templates.js';
export { rules } from './rules/index.js';
export type { ItemStatus } from './rules/run.js';
