import type { Diagnostic } from '../diagnostics.js';

export interface ReportOptions {
  /** Source text per file, for code frames (terminal only). */
  sources?: Map<string, string>;
  color?: boolean;
}

const paint = (on: boolean, code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** `file:line:col  severity  rule-id  message`, one per line, with an optional code frame under each. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const red = paint(color, 31);
  const yellow = paint(color, 33);
  const dim = paint(color, 2);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const severity = d.severity === 'error' ? red('error') : yellow('warning');
    lines.push(`${d.file}:${d.line}:${d.column}  ${severity}  ${dim(d.ruleId)}  ${d.message}`);
    const source = options.sources?.get(d.file);
    if (source) lines.push(codeFrame(source, d.line, d.column, dim));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Two lines of context above the finding, a caret under its column. */
export function codeFrame(source: string, line: number, column: number, dim: (s: string) => string = (s) => s): string {
  const all = source.split('\n');
  const first = Math.max(1, line - 2);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= Math.min(line, all.length); n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${dim(String(n).padStart(width))} | ${all[n - 1]}`);
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  return out.join('\n');
}

export function summary(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}\n`;
}
