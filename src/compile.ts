import { readFile } from 'node:fs/promises';
import { defaultConfig, type Config } from './config/config.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { sha256 } from './hash.js';
import { load } from './load/load.js';
import { locate } from './load/source-map.js';
import { buildModel, type Document, type NoticeModel } from './model/index.js';
import { privnoteVersion } from './paths.js';
import { runRules, type ItemStatus } from './rules/run.js';
import { validate } from './validate/validate.js';

export interface Compiled {
  file: string;
  diagnostics: Diagnostic[];
  /** How the document fares on each art. 13/14 item; empty when it could not be checked. */
  items: ItemStatus[];
  /** Present only when the document has no errors. */
  model?: NoticeModel;
}

/** load → validate → rules → model for one file. Bad input never throws: it becomes diagnostics. */
export async function compileFile(file: string, config: Config = defaultConfig): Promise<Compiled> {
  return compileText(await readFile(file, 'utf8'), file, config);
}

/** load → validate: the document when it is valid YAML that fits the schema, with the problems found. */
export function readDocument(text: string, file: string) {
  const loaded = load(text, file);
  const diagnostics = [...loaded.diagnostics];
  if (loaded.data) diagnostics.push(...validate(loaded.data, loaded.sourceMap, file));
  const document = loaded.data && !hasErrors(diagnostics) ? (loaded.data as unknown as Document) : undefined;
  return { document, diagnostics, sourceMap: loaded.sourceMap };
}

export function compileText(text: string, file: string, config: Config = defaultConfig): Compiled {
  const { document, diagnostics, sourceMap } = readDocument(text, file);
  const failed = (items: ItemStatus[] = []): Compiled => ({ file, diagnostics, items });
  if (!document) return failed();
  const { diagnostics: findings, items } = runRules(document, sourceMap, file, config);
  diagnostics.push(...findings);
  const model = buildModel(document, ({ path = [], severity = 'error', ...finding }) =>
    diagnostics.push({ file, ...locate(sourceMap, path), severity, path, ...finding }),
  );
  if (hasErrors(diagnostics)) return failed(items);
  model.trace = { privnote: privnoteVersion, source: `sha256:${sha256(text).slice(0, 12)}` };
  return { file, diagnostics, items, model };
}
