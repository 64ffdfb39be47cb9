import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BuildCache, cacheFile } from './cache/cache.js';
import { configResolver } from './config/config.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { withDocsLinks } from './docs/links.js';
import { UsageError } from './errors.js';
import { expandInputs, outputNames } from './inputs.js';
import { inShard, type Shard } from './shard.js';
import { InOrder } from './report/in-order.js';
import { readRegularFile, readSource, type Read } from './load/read.js';
import type { NoticeModel } from './model/index.js';
import type { DocumentResult, DocumentTask } from './process.js';
import { FORMATS, neededFormats, rendererOf, RenderSession, type Format } from './render/renderers.js';
import { refreshResources } from './resources.js';
import type { ItemStatus } from './diagnostics.js';
import { writeAtomic, writeFailure, writeReason } from './write/write.js';
import { msg, said, type Message } from './messages/message.js';

export interface CheckOptions {
  /** A privnote.config.yaml for every input; by default the nearest one above each input file. */
  config?: string;
}

export interface BuildOptions extends CheckOptions {
  /** Where outputs go (default `out`). */
  outDir?: string;
  /** Which outputs (default all). */
  formats?: readonly Format[];
  /**
   * How much runs in parallel (default: the number of cores): the worker threads of a large batch, and the PDF pages
   * in the one browser. With one, this thread compiles every document itself.
   */
  jobs?: number;
  /** Append the completeness table (AVG art. 13/14) to each notice, for review copies. */
  review?: boolean;
  /** Refuse to build a draft (placeholders or a missing date, see draft.ts) instead of marking it as one. */
  final?: boolean;
  /**
   * Write nothing: compare every output with the file on disk and list those missing or different (HTML and Markdown
   * by their bytes, a PDF by the trace it records: src/render/pdf/trace.ts; no PDF is printed).
   */
  check?: boolean;
  /**
   * The build cache's folder, or false to rebuild everything. Default: `node_modules/.cache/privnote/` of the nearest
   * project above the output folder, else the user's cache folder. Never used by `check`.
   */
  cache?: string | false;
  /** Called after each document and each PDF, for progress display. */
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
  /** Build only this part of the inputs (src/shard.ts): a CI matrix splits a large collection over its runners. */
  shard?: Shard;
  /**
   * Receives the findings in report order (sorted, with their pages) as soon as the documents before them are done,
   * instead of the result: a batch of any size then keeps no document's findings (nor its completeness). Only for text
   * formats; with PDF the findings come in the result.
   */
  onFindings?: (diagnostics: Diagnostic[]) => void;
}

export interface Result {
  /** The YAML files that were read. */
  files: string[];
  /** Every problem of every file (and of the config files), sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Per file: how it fares on each art. 13/14 item. */
  completeness: { file: string; items: ItemStatus[] }[];
  /** The config files read and the template folders they name (`watch` watches them too). */
  projectFiles?: { configs: string[]; templates: string[] };
}

export interface BuildResult extends Result {
  /** Paths written, in the order they were finished. */
  written: string[];
  /** Files that produced no output, or not every output, because of errors. */
  skipped: string[];
  /** Files whose outputs were current already (build cache). */
  cached: string[];
  /** With `check`: outputs that are missing or differ from what the sources give. */
  stale: string[];
}

/** A document waiting for the formats made from another one (its PDF). */
interface Derived {
  file: string;
  model: NoticeModel;
  outputs: Partial<Record<Format, string>>;
}

const fileProblem = (file: string, ruleId: string, message: Message): Diagnostic =>
  ({ file, line: 0, column: 0, severity: 'error', ruleId, ...said(message) });

/**
 * Compiles documents to the requested formats. Every failure belongs to one document and is a diagnostic of it: a
 * document with errors writes nothing (its earlier outputs stay as they were), and the other documents are still
 * built. Documents whose outputs are current are skipped (cache); with `check`, nothing is written and stale outputs
 * are listed instead.
 */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { outDir = 'out', formats = FORMATS, jobs = availableParallelism(), review = false, final = false, check = false } = options;
  refreshResources();
  const configs = configResolver(options.config);
  const all = expandInputs(inputs);
  // Output names are chosen among all inputs, so a notice has the same output name whichever shard builds it.
  const { names, diagnostics: nameProblems } = outputNames(all.files);
  const mine = (file: string) => !options.shard || inShard(file, options.shard);
  const files = all.files.filter(mine);
  const cache = check || options.cache === false ? undefined : new BuildCache(cacheFile(outDir, options.cache));
  const target = (file: string, format: Format) => join(outDir, `${names.get(file)}.${rendererOf(format)!.extension}`);
  const needed = neededFormats(formats);
  const derivedFormats = needed.filter((format) => rendererOf(format)!.from);
  const result: BuildResult = { files, diagnostics: [...all.diagnostics, ...nameProblems].filter((d) => mine(d.file)), completeness: [], written: [], skipped: [], cached: [], stale: [] };
  const docsFor = (file: string) => configs.forFile(file).config.docs;
  // Every config is read before the first document, so its findings are in place when the documents' come.
  for (const file of files) configs.forFile(file);
  const inOrder = options.onFindings && derivedFormats.length === 0
    ? new InOrder(files, [...configs.diagnostics(), ...result.diagnostics.splice(0)], (found) => options.onFindings!(withDocsLinks(found, docsFor)))
    : undefined;
  /** A document is done: its findings go on, or into the result. */
  const settled = (file: string, diagnostics: Diagnostic[], items: ItemStatus[]) => {
    if (inOrder) return inOrder.done(file, diagnostics);
    result.diagnostics.push(...diagnostics);
    result.completeness.push({ file, items });
  };
  const keys = new Map<string, string>();
  const incomplete = new Set<string>();
  let done = 0;
  const total = files.length * (1 + derivedFormats.length);
  const progress = (file: string, steps = 1) => {
    done += steps;
    options.onProgress?.({ done, total, file });
  };

  /** Writes an output (or in check mode compares it with the file on disk); a failure is the document's diagnostic. */
  const emit = (file: string, format: Format, data: string | Uint8Array) => {
    const path = target(file, format);
    if (check) {
      const onDisk = readIfFile(path);
      if (!onDisk || !onDisk.equals(Buffer.from(data))) result.stale.push(path);
      return;
    }
    try {
      writeAtomic(path, data);
    } catch (error) {
      result.diagnostics.push(writeFailure(file, path, error));
      incomplete.add(file);
      return;
    }
    written(file, path);
  };
  const written = (file: string, path: string) => {
    cache?.record(path, keys.get(file)!);
    result.written.push(path);
  };

  const textFormats = needed.filter((format) => !rendererOf(format)!.from);
  /**
   * The documents to compile, each read only when a thread is ready for it: a large batch never holds its sources.
   * Those that cannot be read, or whose outputs are current (cache), are settled here.
   */
  let position = 0;
  function* tasks(): Generator<DocumentTask> {
    for (const file of files) {
      position++;
      const { config, key: configKey } = configs.forFile(file);
      const read: Read = names.has(file) ? readSource(file) : { diagnostics: [] }; // an output-name conflict is reported already
      if (read.text === undefined) {
        settled(file, read.diagnostics, []);
        result.skipped.push(file);
        progress(file, 1 + derivedFormats.length);
        continue;
      }
      // The key (a hash over the source, config, the project's templates and privnote's own files) is only worth computing with a cache.
      const key = cache ? BuildCache.key(file, read.text, configKey, [review && 'review', final && 'final'].filter(Boolean).join(',')) : '';
      keys.set(file, key);
      const current = cache?.current(key, file, formats.map((format) => target(file, format)));
      if (current) {
        result.cached.push(file);
        settled(file, current.diagnostics, current.items);
        progress(file, 1 + derivedFormats.length);
        continue;
      }
      const targets = check ? undefined : Object.fromEntries(textFormats.filter((format) => formats.includes(format)).map((format) => [format, target(file, format)]));
      yield { file, text: read.text, config, review, final, formats: textFormats, keepModel: derivedFormats.length > 0, configKey, targets };
    }
  }

  const derived: Derived[] = [];
  /** What a compiled document left to do: its outputs compared (`--check`), its findings kept, its PDF queued. */
  const finish = ({ file, diagnostics, items, ok, model, outputs, written: done, writeFailures }: DocumentResult) => {
    settled(file, [...diagnostics, ...writeFailures], items);
    if (!ok) {
      result.skipped.push(file);
      progress(file, 1 + derivedFormats.length);
      return;
    }
    if (writeFailures.length > 0) incomplete.add(file);
    for (const format of formats) {
      if (done.includes(format)) written(file, target(file, format));
      else if (outputs[format] !== undefined) emit(file, format, outputs[format]);
    }
    if (model && derivedFormats.length > 0) derived.push({ file, model, outputs });
    cache?.remember(keys.get(file)!, { diagnostics, items });
    progress(file);
  };

  const session = new RenderSession({ jobs });
  try {
    if (files.length > 0) await processAll(tasks(), () => files.length - position, jobs, finish);
    // A check judges what it can by what the output on disk records (the PDF), without making it again.
    const judged = !check ? [] : await judgeRecorded(derived, derivedFormats, target, (file, path, current) => {
      if (!current) result.stale.push(path);
      progress(file);
    });
    await renderDerived(derived, derivedFormats.filter((format) => !judged.includes(format)), session, jobs, (file, format, data) => {
      if (data instanceof Uint8Array) emit(file, format, data);
      else {
        result.diagnostics.push(data);
        incomplete.add(file);
      }
      progress(file);
    });
  } finally {
    await session.close();
    try {
      cache?.save();
    } catch (error) {
      result.diagnostics.push({ ...fileProblem(cache!.path, 'cache', msg('write.cache-not-saved', { reason: writeReason(error) })), severity: 'warning' });
    }
  }

  const order = new Map(files.map((file, index) => [file, index]));
  result.completeness.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  result.skipped = [...new Set([...result.skipped, ...incomplete])].sort((a, b) => order.get(a)! - order.get(b)!);
  if (inOrder) inOrder.end(result.diagnostics.splice(0));
  else result.diagnostics = withDocsLinks(sortDiagnostics([...configs.diagnostics(), ...result.diagnostics]), docsFor);
  result.projectFiles = configs.projectFiles();
  return result;
}

/** An output larger than this is not one privnote made: it is stale, and not read whole. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** An output on disk, if it is a regular file (a FIFO at its path does not block the check). */
function readIfFile(path: string): Buffer | undefined {
  try {
    return readRegularFile(path, { maxBytes: MAX_OUTPUT_BYTES });
  } catch {
    return undefined;
  }
}

/**
 * With `check`: the formats made from another that are judged by what the output on disk records (the PDF by its
 * trace, src/render/pdf/trace.ts), not made again; `done` says of each output whether it is current.
 */
async function judgeRecorded(
  documents: Derived[],
  formats: Format[],
  target: (file: string, format: Format) => string,
  done: (file: string, path: string, current: boolean) => void,
): Promise<Format[]> {
  const judged: Format[] = [];
  for (const format of formats) {
    const isCurrent = await rendererOf(format)!.loadIsCurrent?.();
    if (!isCurrent) continue;
    judged.push(format);
    for (const { file, model } of documents) {
      const path = target(file, format);
      const onDisk = readIfFile(path);
      done(file, path, onDisk !== undefined && (await isCurrent(onDisk, model)));
    }
  }
  return judged;
}

/**
 * Compiles, renders and writes every task. A large batch runs in `jobs` worker threads; this thread reads the
 * sources, hands them out and keeps the findings, and compiles a document itself only when it is too large for a
 * worker's heap or a worker could not finish it (it crashed, or ran out of memory).
 */
async function processAll(tasks: Iterator<DocumentTask>, remaining: () => number, jobs: number, finish: (result: DocumentResult) => void): Promise<void> {
  const local = async (task: DocumentTask) => {
    // Compiling and rendering is loaded only when this thread compiles: a rebuild from the cache starts faster, and
    // a batch that the workers compile keeps this thread small.
    const { processDocument, loadRenders, internalFailure } = await import('./process.js');
    try {
      return processDocument(task, await loadRenders(task.formats));
    } catch (error) {
      return internalFailure(task.file, error);
    }
  };
  const first = tasks.next();
  if (first.done) return; // every output current: no worker is started for nothing
  const { WORKER_THRESHOLD, WORKER_MAX_TEXT, workerPool } = await import('./worker/pool.js');
  const pool = 1 + remaining() >= WORKER_THRESHOLD && jobs >= 2 ? workerPool(jobs) : undefined;
  const run = async (task: DocumentTask) =>
    finish(!pool || task.text.length > WORKER_MAX_TEXT ? await local(task) : await pool.run(task).catch(() => local(task)));
  const lane = async () => {
    for (let next = tasks.next(); !next.done; next = tasks.next()) await run(next.value);
  };
  try {
    // Two documents in flight per worker keep it busy; more would only hold more sources in memory.
    await Promise.all([run(first.value).then(lane), ...Array.from({ length: pool ? jobs * 2 - 1 : 0 }, lane)]);
  } finally {
    await pool?.close();
  }
}

/**
 * Renders the formats made from another one (PDF from HTML), `jobs` at a time. A document that fails gets a diagnostic
 * and the others go on; a problem of the machine (no browser) stops the build with a usage error.
 */
async function renderDerived(
  documents: Derived[],
  formats: Format[],
  session: RenderSession,
  jobs: number,
  done: (file: string, format: Format, data: Uint8Array | Diagnostic) => void,
): Promise<void> {
  const work = documents.flatMap((document) => formats.map((format) => ({ document, format })));
  if (work.length === 0) return;
  const { renderFailure, loadRenders } = await import('./process.js');
  const renders = await loadRenders(formats);
  let next = 0;
  let stop: UsageError | undefined;
  const worker = async () => {
    while (next < work.length && !stop) {
      const { document, format } = work[next++]!;
      const from = document.outputs[rendererOf(format)!.from as Format];
      try {
        done(document.file, format, (await renders.get(format)!(document.model, { from, session })) as Uint8Array);
      } catch (error) {
        if (error instanceof UsageError) stop ??= error;
        else done(document.file, format, renderFailure(document.file, format, error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, work.length)) }, worker));
  if (stop) throw stop;
}
