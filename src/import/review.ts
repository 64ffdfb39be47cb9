import { compileDocument } from '../compile.js';
import { configFor } from '../config/config.js';
import { renderHtml } from '../render/html.js';
import type { Imported } from './import.js';
import { sideBySide } from './report.js';

/** The review page of an import written to `file`: the source beside the notice its YAML renders. */
export function reviewPage(file: string, { outline, yaml }: Imported): string {
  const compiled = compileDocument({ file, text: yaml }, { config: configFor(file).config });
  return sideBySide(outline, compiled.model ? renderHtml(compiled.model) : '');
}
