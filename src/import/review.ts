import { compileDocument } from '../compile.js';
import { configFor } from '../config/config.js';
import { renderHtml } from '../render/html.js';
import type { Imported } from './import.js';
import { sideBySide } from './report.js';

/**
 * The review page of an import written to `file`: the source beside the notice its YAML renders. Rendered without
 * the legal rules: the gaps of the original (which check reports) must not hide what the import made of it.
 */
export function reviewPage(file: string, { outline, yaml }: Imported): string {
  const compiled = compileDocument({ file, text: yaml }, { config: configFor(file).config, rules: false });
  return sideBySide(outline, compiled.model ? renderHtml(compiled.model) : '');
}
