import { isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { msg, text, type Lang, type Message } from '../messages/message.js';
import { relativeInside } from './inside.js';
import { printable } from './printable.js';

export interface ReportOptions {
  /** Source text per file, for code frames (terminal only). */
  sources?: Map<string, string>;
  color?: boolean;
  /** The working directory: a rule page inside it is shown relative to it, as the files are. */
  cwd?: string;
  /** The language of the footer's heading; the diagnostics come in the language they are to be printed in. */
  lang?: Lang;
  /** Print where each rule's page is under the findings (default); a report written in parts prints it once, at the end. */
  footer?: boolean;
}

const paint = (on: boolean, code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** `file:line:col`, or only the file for a finding about the whole file (it cannot be read or written). */
const where = (d: Diagnostic): string => (d.line > 0 ? `${printable(d.file)}:${d.line}:${d.column}` : printable(d.file));

/**
 * `file:line:col  severity  rule-id  message`, one per line, with an optional code frame under each. Everything taken
 * from the input is printed through `printable`: a key holding a newline or an escape sequence cannot forge a line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const shown = { error: paint(color, 31)('error'), warning: paint(color, 33)('warning'), info: paint(color, 36)('info') };
  const dim = paint(color, 2);
  const lines: string[] = [];
  // Each source is split into lines once, however many findings it has.
  const sourceLines = new Map<string, string[]>();
  for (const d of diagnostics) {
    const severity = shown[d.severity];
    lines.push(`${where(d)}  ${severity}  ${dim(printable(d.ruleId))}  ${printable(d.message)}`);
    const source = d.line > 0 ? options.sources?.get(d.file) : undefined;
    if (source === undefined) continue;
    if (!sourceLines.has(d.file)) sourceLines.set(d.file, source.split('\n'));
    lines.push(codeFrame(sourceLines.get(d.file)!, d.line, d.column, dim));
  }
  if (options.footer !== false) lines.push(...docsFooter(diagnostics, options, dim));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The footer of a report written in parts: `firsts` holds the first finding of each rule, in the order they came. */
export function formatRulePages(firsts: readonly Diagnostic[], options: ReportOptions = {}): string {
  const lines = docsFooter(firsts, options, paint(options.color ?? false, 2));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Under the findings, once per rule id in the order they first appear: where its page is. Apart from the findings, so
 * each finding stays one `file:line:col` line that editors and problem matchers parse.
 */
function docsFooter(diagnostics: readonly Diagnostic[], { cwd, lang }: ReportOptions, dim: (s: string) => string): string[] {
  const pages = new Map<string, string>();
  for (const d of diagnostics) if (d.url && !pages.has(d.ruleId)) pages.set(d.ruleId, d.url);
  if (pages.size === 0) return [];
  const width = Math.max(...[...pages.keys()].map((id) => printable(id).length));
  return ['', text(msg('summary.rule-pages'), lang), ...[...pages].map(([id, url]) => `  ${dim(printable(id).padEnd(width))}  ${printable(shownPath(url, cwd))}`)];
}

/** A page under the working directory relative to it (`docs/rules/kbo-number.md`); any other path or URL as it is. */
const shownPath = (url: string, cwd: string | undefined): string =>
  (cwd && isAbsolute(url) && relativeInside(cwd, url)) || url;

/** Two lines of context above the finding, a caret under its column (a source's text, or its lines). */
export function codeFrame(source: string | readonly string[], line: number, column: number, dim: (s: string) => string = (s) => s): string {
  const all = typeof source === 'string' ? source.split('\n') : source;
  const first = Math.max(1, line - 2);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= Math.min(line, all.length); n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${dim(String(n).padStart(width))} | ${printable(all[n - 1]!)}`);
  }
  // The caret stands under the character even when escapes before it take more room than the characters did.
  const text = all[line - 1] ?? '';
  const before = printable(text.slice(0, column - 1)).length + Math.max(0, column - 1 - text.length);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(before)}^`);
  return out.join('\n');
}

export const count = (diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  diagnostics.filter((d) => d.severity === severity).length;

/** "2 fouten, 1 waarschuwing in 3 bestanden", to be printed in the run's language. */
export const summary = (totals: Record<Diagnostic['severity'], number>, files: number): Message =>
  msg('summary.problems', { errors: totals.error, warnings: totals.warning, infos: totals.info, files });
