import { readFile } from 'node:fs/promises';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { load } from './load/load.js';
import { locate } from './load/source-map.js';
import { buildModel, type Document, type NoticeModel } from './model/index.js';
import { validate } from './validate/validate.js';

export interface Compiled {
  file: string;
  diagnostics: Diagnostic[];
  /** Present only when the document has no errors. */
  model?: NoticeModel;
}

/** load → validate → model for one file. Bad input never throws: it becomes diagnostics. */
export async function compileFile(file: string): Promise<Compiled> {
  const text = await readFile(file, 'utf8');
  return compileText(text, file);
}

export function compileText(text: string, file: string): Compiled {
  const loaded = load(text, file);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.data) return { file, diagnostics };
  diagnostics.push(...validate(loaded.data, loaded.sourceMap, file));
  if (hasErrors(diagnostics)) return { file, diagnostics };
  const model = buildModel(loaded.data as unknown as Document, ({ path = [], severity = 'error', ...finding }) =>
    diagnostics.push({ file, ...locate(loaded.sourceMap, path), severity, path, ...finding }),
  );
  return hasErrors(diagnostics) ? { file, diagnostics } : { file, diagnostics, model };
}
